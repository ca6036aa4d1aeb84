import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/lib/digest/digest.ts';
import {
  chartedRows,
  hasCharts,
  rankingBars,
  shownRankings,
  usesComputedFigures,
  yearDigest,
  yearSummaries,
  type MetricRanking,
  type YearDigestData,
} from '../../src/lib/digest/year-page.ts';
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

describe('shownRankings', () => {
  it('keeps a metric with a ranked row or a part-year figure, and drops one with neither', () => {
    const ranking = (metric: string, rows: number, partial: number) =>
      ({ metric, rows: Array(rows).fill({}), partial: Array(partial).fill({}) }) as MetricRanking;
    const data = { rankings: [ranking('a', 2, 0), ranking('b', 0, 0), ranking('c', 0, 1)] } as YearDigestData;
    expect(shownRankings(data).map((r) => r.metric)).toEqual(['a', 'c']);
  });
});

describe('yearSummaries', () => {
  it('counts each year’s conferences by the year they report on and its awards by the year they were given for', () => {
    const digest = {
      years: [2024, 2023, 2019],
      entries: [{ reportYear: 2024 }, { reportYear: 2024 }, { reportYear: 2023 }],
      awards: [{ award: { year: 2023 } }, { award: { year: 2019 } }],
    } as unknown as Digest;
    expect(yearSummaries(digest)).toEqual([
      { year: 2024, conferences: 2, awards: 0 },
      { year: 2023, conferences: 1, awards: 1 },
      { year: 2019, conferences: 0, awards: 1 },
    ]);
  });

  it('has one line per year of the digest, and adds up to its conferences and awards on the fixtures', () => {
    const digest = fixtureDigest();
    const lines = yearSummaries(digest);
    expect(lines.map((l) => l.year)).toEqual(digest.years);
    expect(lines.reduce((n, l) => n + l.conferences, 0)).toBe(digest.entries.length);
    // Every award's year is a year of the digest here, so none is left uncounted.
    expect(lines.reduce((n, l) => n + l.awards, 0)).toBe(digest.awards.length);
  });
});

describe('rankingBars', () => {
  it('draws the ranked rows with a value, labelled as asked, and marks the estimates', () => {
    // 2019 total revenue: Bắc Giang (over 287 tỷ) ranks above Quảng Ngãi (205 tỷ); neither is an estimate.
    const revenue = yearDigest(fixtureDigest(), 2019).rankings.find((r) => r.metric === 'total_revenue')!;
    expect(rankingBars(revenue, (row) => `${row.province}`)).toEqual([
      { label: 'bac-giang', value: 287e9, estimated: false },
      { label: 'quang-ngai', value: 205e9, estimated: false },
    ]);
  });

  it('leaves out unranked rows: the province-less 2020 figure is in the table, not in the chart', () => {
    const revenue = yearDigest(fixtureDigest(), 2020).rankings.find((r) => r.metric === 'total_revenue')!;
    expect(rankingBars(revenue, (row) => `${row.province}`).map((b) => b.label)).toEqual(['bac-kan']);
  });
});
