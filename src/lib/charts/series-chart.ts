/**
 * A province's metric across years: bars for what was achieved (one colour per territory when a slug
 * named two, like Bắc Ninh before and after 2025), a dashed line for the targets, and lighter bars for
 * the combined figures of the provinces a new unit absorbed. An estimated figure's bar is hatched, and
 * the legend says what hatching means.
 */
import { LOCALE_TAG, type Lang } from '../lang.ts';
import type { MetricSeries } from '../digest/province-page.ts';
import { displayScaleFor } from '../format/number.ts';
import { PALETTE, type ChartSpec, type DatasetSpec } from './types.ts';

export interface SeriesChartLabels {
  /** Dataset label for a territory's results (`territoryKey` → "Thực hiện", "Bắc Ninh (trước 1/7/2025)"). */
  actual: (territoryKey: string) => string;
  target: (territoryKey: string) => string;
  combined: string;
  /** The legend's name for the hatched swatch of estimates. */
  estimated: string;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

export function seriesChart(series: MetricSeries, lang: Lang, labels: SeriesChartLabels): ChartSpec {
  const values: number[] = [];
  for (const p of series.points) {
    if (p.actual?.value != null) values.push(p.actual.value);
    if (p.target?.value != null) values.push(p.target.value);
  }
  for (const c of series.combined) if (c.rollUp.total !== null) values.push(c.rollUp.total);
  const scale = displayScaleFor(values, series.unit, lang, series.metric);
  const years = chartYears([
    ...series.points.filter((p) => p.actual?.value != null || p.target?.value != null).map((p) => p.year),
    ...series.combined.filter((c) => c.rollUp.total !== null).map((c) => c.year),
  ]);
  const scaled = (v: number | null | undefined): number | null => (v == null ? null : round(v / scale.divisor));
  const pointAt = (territory: string, year: number) =>
    series.points.find((p) => p.year === year && p.territoryKey === territory);
  const at = (territory: string, pick: 'actual' | 'target') => (year: number) =>
    scaled(pointAt(territory, year)?.[pick]?.value);
  const anyEstimate: boolean[] = [];
  const marked = (flags: boolean[]) => {
    anyEstimate.push(...flags);
    return flags.some(Boolean) ? { estimated: flags } : {};
  };

  const datasets: DatasetSpec[] = [];
  const combined = years.map((y) => scaled(series.combined.find((c) => c.year === y)?.rollUp.total));
  if (combined.some((v) => v !== null)) {
    const estimated = years.map(
      (y, i) => combined[i] !== null && series.combined.find((c) => c.year === y)?.rollUp.estimated === true,
    );
    datasets.push({
      type: 'bar',
      label: labels.combined,
      data: combined,
      backgroundColor: PALETTE.combined,
      borderColor: PALETTE.combined,
      order: 3,
      ...marked(estimated),
    });
  }
  series.territories.forEach((t, i) => {
    const colour = PALETTE.actual[i % PALETTE.actual.length]!;
    const actual = years.map(at(t.key, 'actual'));
    if (actual.some((v) => v !== null)) {
      const estimated = years.map((y, j) => actual[j] !== null && pointAt(t.key, y)?.actual?.figure.estimated === true);
      datasets.push({
        type: 'bar',
        label: labels.actual(t.key),
        data: actual,
        backgroundColor: colour,
        borderColor: colour,
        order: 2,
        ...marked(estimated),
      });
    }
    const target = years.map(at(t.key, 'target'));
    if (target.some((v) => v !== null)) {
      datasets.push({
        type: 'line',
        label: labels.target(t.key),
        data: target,
        backgroundColor: PALETTE.target,
        borderColor: PALETTE.target,
        borderWidth: 2,
        borderDash: [6, 4],
        pointRadius: 5,
        pointStyle: 'rectRot',
        spanGaps: true,
        order: 1,
      });
    }
  });
  return {
    type: 'bar',
    data: { labels: years.map(String), datasets },
    options: {
      indexAxis: 'x',
      valueAxisTitle: scale.label,
      ...(anyEstimate.some(Boolean) ? { estimatedLabel: labels.estimated } : {}),
    },
    format: { locale: LOCALE_TAG[lang], unitLabel: scale.label },
  };
}

/**
 * The x axis: every year from the first to the last drawn value, so 2015 and 2023 do not stand side by
 * side as if consecutive (years without data are empty slots).
 */
export function chartYears(withData: readonly number[]): number[] {
  if (withData.length === 0) return [];
  const first = Math.min(...withData);
  const last = Math.max(...withData);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
