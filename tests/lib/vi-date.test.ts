import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findDateMentions,
  firstDateMention,
  inferYear,
  isPageDateLine,
  parseHeaderDate,
  parsePublicationStamp,
} from '../../src/lib/vi-date.ts';

describe('findDateMentions', () => {
  it.each([
    ['Ngày 27/12/2023, Bưu điện tỉnh', { day: 27, month: 12, year: 2023 }],
    ['Chiều 28/12, Bưu điện tỉnh', { day: 28, month: 12 }],
    ['Sáng ngày 22/12, tại Hội trường', { day: 22, month: 12 }],
    ['Chiều 19.1, Bưu điện Quảng Nam', { day: 19, month: 1 }],
    ['Sáng 8/1, Bưu điện tỉnh Gia Lai', { day: 8, month: 1 }],
    ['Ngày 9-1, hội nghị', { day: 9, month: 1 }],
    ['LSO-Ngày 20/1/2016, Bưu điện tỉnh', { day: 20, month: 1, year: 2016 }],
    ['ngày 20 tháng 1 năm 2016', { day: 20, month: 1, year: 2016 }],
    ['Sáng ngày 20/01/2026, Bưu điện', { day: 20, month: 1, year: 2026 }],
  ])('finds "%s"', (text, expected) => {
    expect(findDateMentions(text)[0]).toMatchObject(expected);
  });
  it('needs a day word: fractions and percentages are not dates', () => {
    expect(findDateMentions('tăng 1.5 lần, 2/3 số xã, đạt 19.1%')).toEqual([]);
  });
  it('rejects impossible days and months', () => {
    expect(findDateMentions('Ngày 32/12')).toEqual([]);
    expect(findDateMentions('Ngày 12/13')).toEqual([]);
  });
  it('firstDateMention is the first of them, past an impossible one', () => {
    expect(firstDateMention('Ngày 32/12, rồi chiều 28/12 và ngày 29/12')).toMatchObject({ day: 28, month: 12 });
    expect(firstDateMention('tăng 1.5 lần')).toBeUndefined();
    const piece = fc.constantFrom(
      'Ngày ',
      'chiều ',
      'sáng ngày ',
      '32',
      '28',
      '1',
      '/',
      '.',
      '-',
      '12',
      '13',
      ' tháng ',
      ' năm 2023',
      '2023',
      ', ',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(firstDateMention(text)).toEqual(findDateMentions(text)[0]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('inferYear', () => {
  it('puts a December conference in the reported year and a January one in the plan year', () => {
    expect(inferYear({ day: 28, month: 12 }, { reportYear: 2023, planYear: 2024 })).toEqual({
      year: 2023,
      basis: 'report-year',
    });
    expect(inferYear({ day: 8, month: 1 }, { reportYear: 2018, planYear: 2019 })).toEqual({
      year: 2019,
      basis: 'plan-year',
    });
  });
  it('prefers the latest such date on or before the publication date', () => {
    expect(
      inferYear({ day: 22, month: 12 }, { reportYear: 2020, planYear: 2021, published: '2020-12-24T08:15' }),
    ).toEqual({ year: 2020, basis: 'published' });
    expect(inferYear({ day: 28, month: 12 }, { reportYear: 2023, planYear: 2024, published: '2024-01-03' })).toEqual({
      year: 2023,
      basis: 'published',
    });
  });
  it('keeps a mid-year review in its own year', () => {
    expect(inferYear({ day: 2, month: 7 }, { reportYear: 2022, planYear: null, midYear: true })).toEqual({
      year: 2022,
      basis: 'report-year',
    });
  });
  it('gives up without any year to go on', () => {
    expect(inferYear({ day: 2, month: 7 }, { reportYear: null, planYear: null })).toBeNull();
  });
});

describe('page dates and publication stamps', () => {
  it("recognises a site header of today's date", () => {
    expect(isPageDateLine('Thứ bảy, Ngày 16 Tháng 10 Năm 2021')).toBe(true);
    expect(isPageDateLine('Thứ hai,  17/05/2021')).toBe(true);
    expect(isPageDateLine('Chủ nhật, 12/1/2020')).toBe(true);
    expect(isPageDateLine('Ngày 27/12/2023, Bưu điện tỉnh')).toBe(false);
  });
  it('reads stamps with a time, and only stamps', () => {
    expect(parsePublicationStamp('24/12/2020 08:15')).toBe('2020-12-24T08:15');
    expect(parsePublicationStamp('Cập nhật: 19:34, 08/01/2021 (GMT+7)')).toBe('2021-01-08T19:34');
    expect(parsePublicationStamp('04/07/2022 - 09:15:11 - 81 lượt xem')).toBe('2022-07-04T09:15');
    expect(parsePublicationStamp('Ngày 27/12/2023 lúc 08:15, Bưu điện tỉnh tổ chức hội nghị')).toBeNull();
    expect(parsePublicationStamp('Thứ hai, 17/05/2021')).toBeNull();
    expect(parsePublicationStamp('31/02/2021 10:00')).toBeNull();
  });
  it('reads header dates', () => {
    expect(parseHeaderDate('2021-01-08')).toBe('2021-01-08');
    expect(parseHeaderDate('2021-01-08T19:34')).toBe('2021-01-08T19:34');
    expect(parseHeaderDate('08/01/2021')).toBe('2021-01-08');
    expect(parseHeaderDate('January 2021')).toBeNull();
  });
});
