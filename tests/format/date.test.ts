import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format/date.ts';
import { ui } from '../../src/i18n/ui.ts';

describe('formatDate', () => {
  it('writes day first in both languages, the month in words in English', () => {
    expect(formatDate('2025-01-10', 'vi')).toBe('10/01/2025');
    expect(formatDate('2025-01-10', 'en')).toBe('10 January 2025');
    expect(formatDate('2023-12-27', 'en')).toBe('27 December 2023');
  });

  it('shows a publication date-time as its day', () => {
    expect(formatDate('2024-12-27T08:30', 'vi')).toBe('27/12/2024');
    expect(formatDate('2024-12-27T08:30', 'en')).toBe('27 December 2024');
  });

  it('does not shift the day with the time zone', () => {
    // A date parsed as local midnight would print 31/12 in a zone west of UTC.
    expect(formatDate('2024-01-01', 'vi')).toBe('01/01/2024');
  });

  it('leaves what is no date as it is', () => {
    expect(formatDate('cuối năm', 'vi')).toBe('cuối năm');
  });
});

describe('dates in sentences', () => {
  it('say who checked an entry and when, the date as the page writes dates', () => {
    expect(ui('vi').review.reviewed('Biên tập viên', '2024-03-02')).toBe(
      'Đã được kiểm tra bởi Biên tập viên ngày 02/03/2024.',
    );
    expect(ui('en').review.reviewed('Biên tập viên', '2024-03-02')).toBe('Checked by Biên tập viên on 2 March 2024.');
  });
});
