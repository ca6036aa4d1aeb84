import { describe, expect, it } from 'vitest';
import { newestDay } from '../../src/lib/newest-day.ts';

describe('newestDay', () => {
  it('gives the newest day, from days and from dates with a time', () => {
    expect(newestDay(['2023-12-27', '2024-01-02T08:00:00+07:00', '2023-12-31'])).toBe('2024-01-02');
    expect(newestDay(['2025-02-03', '2025-02-03T23:59'])).toBe('2025-02-03');
  });
  it('skips what is not a date, and gives null when nothing is left', () => {
    expect(newestDay([null, undefined, '', 'ngày 27/12/2023', 20231227, '2023-12-27'])).toBe('2023-12-27');
    expect(newestDay([null, 'x'])).toBeNull();
    expect(newestDay([])).toBeNull();
  });
});
