import { describe, expect, it } from 'vitest';
import { provincePage, type MetricSeries } from '../../src/lib/digest/province-page.ts';
import {
  combinedParts,
  hasTable,
  missingParts,
  overTimeNote,
  seriesColumns,
  seriesTableRows,
} from '../../src/lib/digest/series-table.ts';
import { rollUp } from '../../src/lib/digest/lineage.ts';
import { unitsWithSlug } from '../../src/lib/provinces.ts';
import { fixtureDigest } from './fixture-digest.ts';

const digest = fixtureDigest();
const series = (slug: string, metric: string): MetricSeries =>
  provincePage(digest, slug).series.find((s) => s.metric === metric)!;

describe('seriesColumns', () => {
  it('shows every column a metric has something for (Lạng Sơn revenue: actuals, targets, change, plan)', () => {
    expect(seriesColumns(series('lang-son', 'total_revenue'))).toEqual({
      territory: false,
      actual: true,
      target: true,
      change: true,
      plan: true,
      combined: false,
    });
  });

  it('shows only the target column for a metric with nothing but a target', () => {
    const cols = seriesColumns(series('lang-son', 'salary_revenue'));
    expect(cols).toMatchObject({ actual: false, target: true, change: false, plan: false });
  });

  it('leaves out the combined column when no year’s sum is complete (it would only repeat one part)', () => {
    const revenue = series('bac-ninh', 'total_revenue');
    // Bắc Giang reported 2019, the old Bắc Ninh did not: there is a roll-up, but no total.
    expect(revenue.combined.map((c) => c.rollUp.total)).toEqual([null]);
    expect(seriesColumns(revenue).combined).toBe(false);
    expect(combinedParts(revenue)).toEqual([]);
    expect(seriesTableRows(revenue).map((r) => r.year)).toEqual([2025]);
  });
});

describe('seriesTableRows', () => {
  it('lists the years oldest first, one row per year', () => {
    expect(seriesTableRows(series('lang-son', 'total_revenue')).map((r) => r.year)).toEqual([
      2015, 2016, 2023, 2024, 2025,
    ]);
  });

  it('keeps a year with a complete combined figure even without a figure of the unit itself', () => {
    const base = series('bac-ninh', 'total_revenue');
    const complete: MetricSeries = {
      ...base,
      combined: [
        {
          year: 2019,
          rollUp: {
            ...base.combined[0]!.rollUp,
            total: 500e9,
            parts: base.combined[0]!.rollUp.parts.map((p) => ({ ...p, value: 250e9 })),
          },
        },
      ],
    };
    expect(seriesColumns(complete).combined).toBe(true);
    expect(seriesTableRows(complete).map((r) => [r.year, r.point === undefined, r.rollUp?.total ?? null])).toEqual([
      [2019, true, 500e9],
      [2025, false, null],
    ]);
  });

  it('gives no row to a metric known only from part of a year (Vĩnh Long’s first half)', () => {
    const vinhLong = provincePage(digest, 'vinh-long').series;
    expect(vinhLong.length).toBeGreaterThan(0);
    expect(vinhLong.every((s) => !hasTable(s) && s.partial.length > 0)).toBe(true);
  });
});

describe('overTimeNote', () => {
  it('says once that a province has one year only', () => {
    expect(overTimeNote(provincePage(digest, 'bac-ninh').series)).toEqual({ kind: 'single-year', year: 2025 });
  });

  it('says once that one-year metrics get a table when others have charts', () => {
    expect(overTimeNote(provincePage(digest, 'lang-son').series)).toEqual({ kind: 'tables-only' });
  });

  it('says nothing when there is no table', () => {
    expect(overTimeNote(provincePage(digest, 'vinh-long').series)).toBeNull();
  });
});

describe('missingParts', () => {
  const [bacGiang] = unitsWithSlug('bac-giang');
  const [oldBacNinh] = unitsWithSlug('bac-ninh');

  it('names the parts that reported nothing for the year', () => {
    const sum = rollUp([
      { unit: bacGiang!, value: 287e9, qualifier: 'over', estimated: false },
      { unit: oldBacNinh!, value: undefined, qualifier: 'exact', estimated: false },
    ]);
    expect(missingParts(sum)).toEqual(['Bắc Ninh']);
  });

  it('names none when every part reported', () => {
    const sum = rollUp([
      { unit: bacGiang!, value: 287e9, qualifier: 'over', estimated: false },
      { unit: oldBacNinh!, value: 200e9, qualifier: 'exact', estimated: false },
    ]);
    expect(missingParts(sum)).toEqual([]);
  });

  it('names the old Bắc Ninh in Bắc Ninh’s 2019 revenue on the fixtures (only Bắc Giang reported)', () => {
    expect(missingParts(series('bac-ninh', 'total_revenue').combined[0]!.rollUp)).toEqual(['Bắc Ninh']);
  });
});
