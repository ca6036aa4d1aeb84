import { describe, expect, it } from 'vitest';
import { chartedRows, hasCharts, usesComputedFigures, yearDigest } from '../../src/lib/digest/year-page.ts';
import { fixtureDigest } from './fixture-digest.ts';

describe('year digest on the fixtures', () => {
  const digest = fixtureDigest();

  it('ranks 2019 total revenue: Bắc Giang (287 tỷ) above Quảng Ngãi (205 tỷ)', () => {
    const revenue = yearDigest(digest, 2019).rankings.find((r) => r.metric === 'total_revenue')!;
    expect(revenue.rows.map((r) => [r.row.province, r.rank])).toEqual([
      ['bac-giang', 1],
      ['quang-ngai', 2],
    ]);
  });

  it('keeps the unidentified 2020 article out of the ranking but in the table', () => {
    const revenue = yearDigest(digest, 2020).rankings.find((r) => r.metric === 'total_revenue')!;
    // Bắc Kạn (114 tỷ) is ranked; the province-less 233 tỷ follows without a rank; Đồng Tháp is a draft.
    expect(revenue.rows.map((r) => [r.row.province, r.rank])).toEqual([
      ['bac-kan', 1],
      [null, null],
    ]);
    expect(revenue.rankedCount).toBe(1);
  });

  it('lists Vĩnh Long’s six-month figures apart from the 2022 rankings', () => {
    const y = yearDigest(digest, 2022);
    const revenue = y.rankings.find((r) => r.metric === 'total_revenue')!;
    expect(revenue.rows).toHaveLength(0);
    expect(revenue.partial.map((r) => r.province)).toEqual(['vinh-long']);
  });

  it('links to the neighbouring years that have data', () => {
    const y = yearDigest(digest, 2019);
    expect(y.previousYear).toBe(2015);
    expect(y.nextYear).toBe(2020);
  });
});

describe('year page notes', () => {
  const digest = fixtureDigest();

  it('charts a metric only where two provinces are ranked with a value', () => {
    const revenue2024 = yearDigest(digest, 2024).rankings.find((r) => r.metric === 'total_revenue')!;
    expect(chartedRows(revenue2024).length).toBeGreaterThanOrEqual(2);
    expect(hasCharts(yearDigest(digest, 2024))).toBe(true);
    expect(hasCharts(yearDigest(digest, 2022))).toBe(false);
  });

  it('needs the "computed" footnote only where a change or plan share was computed', () => {
    // 2024: Lạng Sơn's plan share is computed from the 2024 target; 2023 states everything it shows.
    expect(usesComputedFigures(yearDigest(digest, 2024))).toBe(true);
    expect(usesComputedFigures(yearDigest(digest, 2023))).toBe(false);
  });
});
