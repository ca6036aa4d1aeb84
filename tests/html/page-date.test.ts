import { describe, expect, it } from 'vitest';
import { isoPageDate, printedPageDate } from '../../src/lib/html/page-date.ts';

describe('dates of pages', () => {
  it('reads machine dates, moving a zone to Vietnam time (UTC+7)', () => {
    expect(isoPageDate('2018-01-09T16:27:00+07:00')).toBe('2018-01-09T16:27');
    expect(isoPageDate('2026-01-20T10:05:00.000Z')).toBe('2026-01-20T17:05');
    expect(isoPageDate('2023-12-31T20:30:00Z')).toBe('2024-01-01T03:30');
    expect(isoPageDate('2022-01-07T16:35:00+0700')).toBe('2022-01-07T16:35');
    expect(isoPageDate('2022-01-07 08:00')).toBe('2022-01-07T08:00');
    expect(isoPageDate('2022-01-07')).toBe('2022-01-07');
    expect(isoPageDate('2022-02-30')).toBeNull();
    expect(isoPageDate('07/01/2022')).toBeNull();
  });

  it('reads dated bylines as Vietnamese pages print them, day first', () => {
    expect(printedPageDate('Cập nhật lúc 16:27, Thứ Ba, 09/01/2018 (GMT+7)')).toBe('2018-01-09T16:27');
    expect(printedPageDate('Thứ Hai, 06/01/2020 - 09:12')).toBe('2020-01-06T09:12');
    expect(printedPageDate('14:14:3804/01/2017')).toBe('2017-01-04T14:14');
    expect(printedPageDate('09-01-2018 16h27')).toBe('2018-01-09T16:27');
    expect(printedPageDate('Thứ Ba, ngày 9 tháng 1 năm 2018')).toBe('2018-01-09');
    expect(printedPageDate('Ngày đăng: 20/01/2026')).toBe('2026-01-20');
  });

  it('reads no date from prose or from a date that does not exist', () => {
    expect(printedPageDate('Năm 2017, tổng doanh thu đạt 107 tỷ đồng')).toBeNull();
    expect(printedPageDate('31/02/2018')).toBeNull();
    expect(printedPageDate(`Ngày 27/12/2023, ${'Bưu điện tỉnh tổ chức hội nghị tổng kết năm. '.repeat(4)}`)).toBeNull();
  });
});
