import { describe, expect, it } from 'vitest';
import {
  awardFilters,
  provinceOptions,
  timelineFilters,
  yearOptions,
  type AwardFilterLabels,
} from '../../src/lib/digest/filters.ts';
import type { AwardRow, DigestEntry } from '../../src/lib/digest/types.ts';
import { fixtureDigest } from './fixture-digest.ts';

const names: Record<string, string> = {
  'son-la': 'Sơn La',
  'bac-giang': 'Bắc Giang',
  'dong-thap': 'Đồng Tháp',
  'gia-lai': 'Gia Lai',
};
const name = (slug: string) => names[slug]!;
const vi = new Intl.Collator('vi');

describe('yearOptions', () => {
  it('lists each year once, newest first', () => {
    expect(yearOptions([2019, 2023, 2019, 2021])).toEqual([
      ['2023', '2023'],
      ['2021', '2021'],
      ['2019', '2019'],
    ]);
    expect(yearOptions([])).toEqual([]);
  });
});

describe('provinceOptions', () => {
  it('sorts by name the Vietnamese way: Đ after D, before G (not after Z, as code points would)', () => {
    expect(provinceOptions(['son-la', 'gia-lai', 'dong-thap', 'son-la'], name, vi)).toEqual([
      ['dong-thap', 'Đồng Tháp'],
      ['gia-lai', 'Gia Lai'],
      ['son-la', 'Sơn La'],
    ]);
  });

  it('puts a missing province last as “none”, with the label given, and only when there is one', () => {
    expect(provinceOptions([null, 'son-la', null, 'bac-giang'], name, vi, 'chưa xác định')).toEqual([
      ['bac-giang', 'Bắc Giang'],
      ['son-la', 'Sơn La'],
      ['none', 'chưa xác định'],
    ]);
    expect(provinceOptions(['son-la'], name, vi, 'chưa xác định').map(([value]) => value)).toEqual(['son-la']);
  });
});

describe('awardFilters', () => {
  const award = (
    year: number,
    level: AwardRow['award']['level'],
    giver: string,
    recipientKind: AwardRow['award']['recipientKind'],
    province: string | null,
  ): AwardRow =>
    ({
      entryId: `${province}-${year}`,
      index: 0,
      award: { award: 'Bằng khen', level, giver, recipient: 'x', recipientKind, count: 1, year, quote: 'q' },
      province,
      unitKey: null,
      eventDate: null,
      sortKey: `${year}`,
    }) as AwardRow;
  const labels: AwardFilterLabels = {
    level: (l) => `level ${l}`,
    kind: (k) => `kind ${k}`,
    province: name,
    noProvince: 'no province',
  };
  const filters = awardFilters(
    [
      award(2023, 'ministry', 'Bộ Thông tin và Truyền thông', 'collective', 'son-la'),
      award(2024, 'state', 'Chủ tịch nước', 'individual', null),
      award(2023, 'ministry', 'Bộ Thông tin và Truyền thông', 'collective', 'bac-giang'),
    ],
    labels,
    vi,
  );

  it('offers each year, giver and province that occurs, once', () => {
    expect(filters.year).toEqual([
      ['2024', '2024'],
      ['2023', '2023'],
    ]);
    expect(filters.giver).toEqual([
      ['Bộ Thông tin và Truyền thông', 'Bộ Thông tin và Truyền thông'],
      ['Chủ tịch nước', 'Chủ tịch nước'],
    ]);
    expect(filters.province).toEqual([
      ['bac-giang', 'Bắc Giang'],
      ['son-la', 'Sơn La'],
      ['none', 'no province'],
    ]);
  });

  it('lists levels by rank (state before ministry) and recipient kinds from one person to both, those that occur', () => {
    expect(filters.level).toEqual([
      ['state', 'level state'],
      ['ministry', 'level ministry'],
    ]);
    expect(filters.kind).toEqual([
      ['individual', 'kind individual'],
      ['collective', 'kind collective'],
    ]);
  });

  it('offers nothing when there is no award', () => {
    expect(awardFilters([], labels, vi)).toEqual({ year: [], level: [], giver: [], province: [], kind: [] });
  });
});

describe('timelineFilters', () => {
  const entry = (province: string | null, reportYear: number) => ({ province, reportYear }) as DigestEntry;

  it('offers the provinces by name with the unassigned last, and the report years newest first', () => {
    const filters = timelineFilters(
      [entry('son-la', 2023), entry(null, 2020), entry('bac-giang', 2023)],
      { province: name, noProvince: 'unassigned' },
      vi,
    );
    expect(filters.province).toEqual([
      ['bac-giang', 'Bắc Giang'],
      ['son-la', 'Sơn La'],
      ['none', 'unassigned'],
    ]);
    expect(filters.year).toEqual([
      ['2023', '2023'],
      ['2020', '2020'],
    ]);
  });

  it('offers every province with a conference, and the unassigned one, on the fixtures', () => {
    const digest = fixtureDigest();
    const filters = timelineFilters(digest.entries, { province: (slug) => slug, noProvince: 'unassigned' }, vi);
    // One published fixture has no province: it is the last option.
    expect(filters.province.map(([value]) => value)).toEqual([
      ...[...digest.entriesBySlug.keys()].sort(vi.compare),
      'none',
    ]);
    expect(filters.year.map(([value]) => Number(value))).toEqual(
      [...new Set(digest.entries.map((e) => e.reportYear))].sort((a, b) => b - a),
    );
  });
});
