/**
 * What a province's table for one metric shows: one row per year (per territory when a slug named two),
 * and only the columns that say something. A metric with only targets gets no empty "actual", "change"
 * and "% of plan" columns, and the "combined before the merger" column appears only when some year's
 * sum is complete: a sum with a missing part would only repeat the one figure it has.
 */
import type { RollUp } from './lineage.ts';
import type { MetricSeries, SeriesPoint } from './province-page.ts';

export interface SeriesColumns {
  territory: boolean;
  actual: boolean;
  target: boolean;
  change: boolean;
  plan: boolean;
  combined: boolean;
}

export interface SeriesTableRow {
  year: number;
  /** Undefined for a year that has only a combined figure. */
  point: SeriesPoint | undefined;
  /** The combined figure of the year, when the combined column is shown. */
  rollUp: RollUp | undefined;
}

export function seriesColumns(series: MetricSeries): SeriesColumns {
  const { points } = series;
  return {
    territory: series.territories.length > 1,
    actual: points.some((p) => p.actual !== undefined),
    target: points.some((p) => p.target !== undefined),
    change: points.some((p) => p.change !== null),
    plan: points.some((p) => p.plan !== null),
    combined: series.combined.some((c) => c.rollUp.total !== null),
  };
}

/** Rows oldest first; a year with only an incomplete combined figure and nothing else is left out. */
export function seriesTableRows(
  series: MetricSeries,
  columns: SeriesColumns = seriesColumns(series),
): SeriesTableRow[] {
  const combinedByYear = new Map(columns.combined ? series.combined.map((c) => [c.year, c.rollUp]) : []);
  const years = [...new Set([...series.points.map((p) => p.year), ...combinedByYear.keys()])].sort((a, b) => a - b);
  return years.flatMap((year): SeriesTableRow[] => {
    const points = series.points.filter((p) => p.year === year);
    const rollUp = combinedByYear.get(year);
    if (points.length === 0) return rollUp && rollUp.total !== null ? [{ year, point: undefined, rollUp }] : [];
    return points.map((point) => ({ year, point, rollUp }));
  });
}

/** The names the combined column adds up, or none when the column is not shown. */
export function combinedParts(series: MetricSeries): string[] {
  if (!seriesColumns(series).combined) return [];
  return series.combined[0]?.rollUp.parts.map((p) => p.unit.name) ?? [];
}

/** The names of the parts of a combined figure that reported nothing for the year. */
export const missingParts = (rollUp: RollUp): string[] =>
  rollUp.parts.filter((part) => part.value === undefined).map((part) => part.unit.name);

/** A series that gets a table: a full-year figure, or a complete combined one. */
export const hasTable = (series: MetricSeries): boolean => seriesTableRows(series).length > 0;

/**
 * What to say once above a province's tables when some of them come without a chart: that the
 * province has figures for one year only (every table), or that a metric with one year gets a table.
 */
export type OverTimeNote = { kind: 'single-year'; year: number } | { kind: 'tables-only' } | null;

export function overTimeNote(series: readonly MetricSeries[]): OverTimeNote {
  const tabled = series.filter(hasTable);
  const withoutChart = tabled.filter((s) => !s.chartable);
  if (withoutChart.length === 0) return null;
  const years = new Set(tabled.flatMap((s) => seriesTableRows(s).map((r) => r.year)));
  if (withoutChart.length === tabled.length && years.size === 1) return { kind: 'single-year', year: [...years][0]! };
  return { kind: 'tables-only' };
}
