import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format/date.ts';

describe('formatDate', () => {
  it('writes day first in both languages', () => {
    expect(formatDate('2023-12-27', 'vi')).toBe('27/12/2023');
    expect(formatDate('2023-12-27', 'en')).toBe('27 Dec 2023');
    expect(formatDate('2025-07-01', 'en', 'long')).toBe('1 July 2025');
  });

  it('does not shift the day with the time zone', () => {
    // A date parsed as local midnight would print 31/12 in a zone west of UTC.
    expect(formatDate('2024-01-01', 'vi')).toBe('01/01/2024');
  });
});
