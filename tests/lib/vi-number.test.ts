import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerKeepLength, parseViNumber, qualifierBefore, scanQuantities } from '../../src/lib/vi-number.ts';

describe('parseViNumber', () => {
  it('reads a decimal comma and keeps the thousands reading as the alternative', () => {
    expect(parseViNumber('133,643')).toEqual({ value: 133.643, alternative: 133643 });
    expect(parseViNumber('8,8')).toEqual({ value: 8.8 });
    expect(parseViNumber('103,7')).toEqual({ value: 103.7 });
  });
  it('reads a thousands dot, with the English decimal as the alternative', () => {
    expect(parseViNumber('2.200')).toEqual({ value: 2200, alternative: 2.2 });
    expect(parseViNumber('80.000')).toEqual({ value: 80000, alternative: 80 });
    expect(parseViNumber('1.234.567')).toEqual({ value: 1234567 });
  });
  it('reads both separators with the last one as the decimal mark', () => {
    expect(parseViNumber('1.234,5')).toEqual({ value: 1234.5 });
    expect(parseViNumber('1,234.5')).toEqual({ value: 1234.5, unconventional: true });
  });
  it('flags the English habits it can still read', () => {
    expect(parseViNumber('3.5')).toEqual({ value: 3.5, unconventional: true });
    expect(parseViNumber('1,234,567')).toEqual({ value: 1234567, unconventional: true });
  });
  it('drops leading zeros', () => {
    expect(parseViNumber('06')).toEqual({ value: 6 });
    expect(parseViNumber('01')).toEqual({ value: 1 });
  });
  it('refuses what is not a number', () => {
    for (const s of ['', '1..2', '1,', '.5', 'abc', '1.23.4', '12,345.67.8']) expect(parseViNumber(s)).toBeNull();
  });
});

describe('qualifierBefore', () => {
  it.each([
    ['đạt trên ', 'over'],
    ['thực hiện hơn ', 'over'],
    ['đạt gần ', 'nearly'],
    ['khoảng ', 'about'],
    ['xấp xỉ ', 'about'],
    ['trên dưới ', 'about'],
    ['chưa đến ', 'under'],
    ['dưới ', 'under'],
    ['đạt ', 'exact'],
    ['tổng doanh thu của Bưu điện tỉnh trong năm 2023 vừa qua đạt trên ', 'over'],
    ['tổng doanh thu của Bưu điện tỉnh trong năm 2023 vừa qua đạt ', 'exact'],
  ])('"%s" → %s', (before, q) => {
    expect(qualifierBefore(before).qualifier).toBe(q);
  });
  it('does not take the end of a longer word for a hedge', () => {
    expect(qualifierBefore('x'.repeat(30) + ' nhiều hơn ').qualifier).toBe('over');
    expect(qualifierBefore('abcdefghijklmnopqrstuvwxtrên ').qualifier).toBe('exact');
  });
});

describe('scanQuantities', () => {
  const one = (s: string) => {
    const list = scanQuantities(lowerKeepLength(s));
    expect(list).toHaveLength(1);
    return list[0]!;
  };
  it('reads money with its scale into VND', () => {
    expect(one('trên 101 tỷ đồng')).toMatchObject({ kind: 'money', value: 101e9 });
    expect(one('133,643 tỷ đồng')).toMatchObject({ kind: 'money', value: 133_643_000_000, alternative: 133_643e9 });
    expect(one('hơn 8 tỉ đồng')).toMatchObject({ kind: 'money', value: 8e9 });
    expect(one('1,5 nghìn tỷ đồng')).toMatchObject({ kind: 'money', value: 1.5e12 });
    expect(one('gần 100 triệu đồng')).toMatchObject({ kind: 'money', value: 100e6 });
    expect(one('500 nghìn đồng')).toMatchObject({ kind: 'money', value: 500e3 });
    expect(one('2.200 tỷ')).toMatchObject({ kind: 'money', value: 2200e9 });
  });
  it('reads a compound amount as one: "95 tỷ 600 triệu đồng" is 95.6 billion', () => {
    expect(one('đạt 95 tỷ 600 triệu đồng')).toMatchObject({ kind: 'money', value: 95_600_000_000 });
    expect(one('1 tỷ 250 triệu đồng')).toMatchObject({ value: 1_250_000_000 });
    expect(one('2 triệu 500 nghìn đồng/người/tháng')).toMatchObject({ value: 2_500_000, per: 'person/month' });
    // Two amounts side by side are not one.
    expect(scanQuantities(lowerKeepLength('95 tỷ đồng, 600 triệu đồng')).map((q) => q.value)).toEqual([95e9, 600e6]);
  });
  it('reads the short form "tr.đ" of triệu đồng', () => {
    expect(one('9,5 tr.đ/người/tháng')).toMatchObject({ kind: 'money', value: 9.5e6, per: 'person/month' });
    expect(one('150 trđ')).toMatchObject({ kind: 'money', value: 150e6 });
    expect(one('12 tr đồng')).toMatchObject({ kind: 'money', value: 12e6 });
    expect(scanQuantities(lowerKeepLength('có 150 trường học'))[0]).toMatchObject({ kind: 'plain', value: 150 });
  });
  it('marks a minus sign written before the digits, never a hyphen in a word, a range or a list marker', () => {
    expect(one('đạt -1,5 tỷ đồng')).toMatchObject({ kind: 'money', value: 1.5e9, negative: true });
    expect(one('tăng trưởng −5% so với cùng kỳ')).toMatchObject({ kind: 'percent', value: 5, negative: true });
    expect(scanQuantities('covid-19')).toEqual([]);
    expect(scanQuantities(lowerKeepLength('82-125 điểm')).some((q) => q.negative)).toBe(false);
    expect(one('- 150 tỷ đồng').negative).toBeUndefined();
    expect(one('-150 tỷ đồng').negative).toBeUndefined();
  });
  it('marks an amount in another currency, never reading it as đồng', () => {
    expect(one('đạt 3,5 tỷ USD')).toMatchObject({ kind: 'foreign-money', value: 3.5e9 });
    expect(one('thu về 120.000 đô la Mỹ')).toMatchObject({ kind: 'foreign-money', value: 120_000 });
    expect(one('khoảng 2 triệu euro')).toMatchObject({ kind: 'foreign-money', value: 2e6 });
    expect(one('đạt 3,5 tỷ đồng')).toMatchObject({ kind: 'money' });
  });
  it('reads money per person per month or year', () => {
    expect(one('8,8 triệu đồng/người/tháng')).toMatchObject({ kind: 'money', value: 8.8e6, per: 'person/month' });
    expect(one('169 triệu đồng/người/năm')).toMatchObject({ kind: 'money', value: 169e6, per: 'person/year' });
    expect(one('9,1 triệu đồng / người / tháng')).toMatchObject({ per: 'person/month' });
  });
  it('reads percentages, with a space before the sign too', () => {
    expect(one('đạt 102% kế hoạch')).toMatchObject({ kind: 'percent', value: 102 });
    expect(one('103,7 % kế hoạch')).toMatchObject({ kind: 'percent', value: 103.7 });
  });
  it('reads per-point ratios', () => {
    expect(one('3,47km/điểm')).toMatchObject({ kind: 'km-per-point', value: 3.47 });
    expect(one('5.353 người/điểm')).toMatchObject({ kind: 'people-per-point', value: 5353 });
  });
  it('leaves counts for the caller to name, with where the noun starts', () => {
    const q = one('hơn 41.500 hồ sơ');
    expect(q).toMatchObject({ kind: 'plain', value: 41500 });
    expect('hơn 41.500 hồ sơ'.slice(q.nounStart)).toBe('hồ sơ');
  });
  it('skips dates and times, and marks ranges', () => {
    expect(scanQuantities('ngày 27/12/2023 lúc 08:15')).toEqual([]);
    expect(scanQuantities('tháng 11/2020')).toEqual([]);
    // A per-day rate is no figure; the range's first end is marked as part of a range.
    expect(scanQuantities('82-125 điểm/ngày').every((q) => q.inRange)).toBe(true);
    const range = scanQuantities('từ 10-20 tỷ đồng');
    expect(range.every((q) => q.inRange)).toBe(true);
  });
  it('lower-cases without moving offsets', () => {
    const s = 'ĐỒNG Tổng DOANH thu 101 Tỷ';
    expect(lowerKeepLength(s)).toHaveLength(s.length);
    expect(lowerKeepLength(s)).toBe('đồng tổng doanh thu 101 tỷ');
  });
});

describe('units after a number', () => {
  const first = (s: string) => scanQuantities(lowerKeepLength(s))[0]!;
  it('reads per person with a noun between the currency and the person', () => {
    expect(first('434 triệu đồng doanh thu/người/năm')).toMatchObject({
      kind: 'money',
      value: 434e6,
      per: 'person/year',
    });
  });
  it('marks money per anything else as a rate', () => {
    expect(first('23 triệu đồng/điểm/tháng')).toMatchObject({ kind: 'money', per: 'other' });
    expect(first('8,8 triệu đồng/tháng')).toMatchObject({ kind: 'money', per: 'person/month' });
  });
  it('takes "động" for "đồng" only after a scale', () => {
    expect(first('150 tỷ động')).toMatchObject({ kind: 'money', value: 150e9 });
    expect(first('3 động lực')).toMatchObject({ kind: 'plain', value: 3 });
  });
  it('reads the eth "Ð" typed for "Đ" as đ', () => {
    expect(lowerKeepLength('150 tỷ ÐỒNG')).toBe('150 tỷ đồng');
    expect(first('150 tỷ ÐỒNG')).toMatchObject({ kind: 'money', value: 150e9 });
  });
});

describe('money written without "đồng"', () => {
  const first = (s: string) => scanQuantities(lowerKeepLength(s))[0]!;
  it('reads a scale followed by money’s own words or a verb as money', () => {
    expect(first('434 triệu doanh thu/người/năm')).toMatchObject({ kind: 'money', value: 434e6, per: 'person/year' });
    expect(first('95.855 triệu đạt 111,1% kế hoạch')).toMatchObject({ kind: 'money', value: 95855e6 });
    expect(first('12,4 triệu, tăng 8%')).toMatchObject({ kind: 'money', value: 12.4e6 });
    // The plan verb as well as "đạt" (found by the paraphrase property: "… 95.855 triệu hoàn thành 111,1% …").
    expect(first('18.240 triệu hoàn thành 104% kế hoạch năm')).toMatchObject({ kind: 'money', value: 18240e6 });
    expect(first('2,1 tỷ hoàn thành kế hoạch')).toMatchObject({ kind: 'money', value: 2.1e9 });
  });
  it('keeps millions of something as a count', () => {
    expect(first('2,5 triệu bưu gửi')).toMatchObject({ kind: 'plain', value: 2.5e6 });
    expect(first('1,2 triệu lượt người')).toMatchObject({ kind: 'plain', value: 1.2e6 });
  });
});

describe('parseViNumber on any string of digits and separators', () => {
  // Its shape: a digit first, then digits, dots and commas, no separator last or doubled.
  const shaped = (s: string): boolean => /^\d[\d.,]*$/.test(s) && !/[.,]$/.test(s) && !/[.,]{2}/.test(s);

  it('reads no string of another shape', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'0123456789.,., a-'.split('')), { maxLength: 14 }), (chars) => {
        const s = chars.join('');
        if (!shaped(s.trim())) expect(parseViNumber(s)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });
});
