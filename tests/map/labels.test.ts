import { describe, expect, it } from 'vitest';
import { quantileBinning } from '../../src/lib/map/bins.ts';
import { areaTitle, binLabel, frameLabel } from '../../src/lib/map/labels.ts';
import { unitByKey } from '../../src/lib/provinces.ts';

describe('binLabel', () => {
  const { bins } = quantileBinning([101e9, 150e9, 320e9]);

  it('says "under" for the first class, a range in the middle and "and over" for the last', () => {
    expect(bins.map((b, i) => binLabel(b, i, bins.length, 'VND', 'vi'))).toEqual([
      'dưới 150 tỷ đồng',
      '150 tỷ đồng – dưới 300 tỷ đồng',
      'từ 300 tỷ đồng',
    ]);
    expect(bins.map((b, i) => binLabel(b, i, bins.length, 'VND', 'en'))).toEqual([
      'under VND 150 billion',
      'VND 150 billion to under VND 300 billion',
      'VND 300 billion and over',
    ]);
  });

  it('shows the one value, or the data range, when there is a single class', () => {
    const one = quantileBinning([5e9]).bins[0]!;
    expect(binLabel(one, 0, 1, 'VND', 'vi')).toBe('5 tỷ đồng');
    expect(binLabel({ lower: 1, upper: 3, last: true }, 0, 1, 'count', 'en')).toBe('1 – 3');
  });
});

describe('areaTitle', () => {
  const sonLa = unitByKey('63:14')!;
  const value = {
    key: '63:14',
    unit: sonLa,
    value: 101e9,
    articleTitle: 't',
    row: { unit: 'VND', figure: { qualifier: 'over', estimated: true } },
  } as unknown as Parameters<typeof areaTitle>[1];

  it('names the province and gives the hedged value, marking estimates', () => {
    expect(areaTitle('Sơn La', value, 'vi')).toBe('Sơn La: trên 101 tỷ đồng (ước tính)');
    expect(areaTitle('Sơn La', value, 'en')).toBe('Sơn La: over VND 101 billion (estimate)');
  });

  it('says there is no data', () => {
    expect(areaTitle('Hà Nội', undefined, 'vi')).toBe('Hà Nội: không có số liệu');
    expect(areaTitle('Hà Nội', undefined, 'en')).toBe('Hà Nội: no data');
  });
});

describe('frameLabel', () => {
  it('names the archipelago and the province it belongs to', () => {
    expect(frameLabel({ region: 'hoang-sa' }, unitByKey('34:48'), 'vi')).toEqual(['Quần đảo', 'Hoàng Sa', '(Đà Nẵng)']);
    expect(frameLabel({ region: 'truong-sa' }, unitByKey('63:56'), 'en')).toEqual([
      'Trường Sa',
      'archipelago',
      '(Khánh Hòa)',
    ]);
  });
});
