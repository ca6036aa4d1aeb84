/**
 * Figures flattened out of entries, converted to one unit per metric, and de-duplicated: when two
 * articles give the same territory's figure for the same metric, year and period, one is chosen.
 */
import { METRICS, metricById, type Unit } from '../metrics.ts';
import type { Figure } from '../schema/index.ts';
import type { DigestEntry, FigureKind, FigureRow } from './types.ts';

/** A value in the metric's own unit: per-month and per-year wages are the only pair that converts. */
export function toMetricUnit(value: number | null, from: Unit, to: Unit): { value: number | null; converted: boolean } {
  if (value === null || from === to) return { value, converted: false };
  if (from === 'VND/person/month' && to === 'VND/person/year') return { value: value * 12, converted: true };
  if (from === 'VND/person/year' && to === 'VND/person/month') return { value: value / 12, converted: true };
  return { value, converted: false };
}

function toRow(entry: DigestEntry, figure: Figure, kind: FigureKind, index: number): FigureRow {
  const metric = metricById(figure.metric);
  const unit = metric?.unit ?? figure.unit;
  const { value, converted } = toMetricUnit(figure.value, figure.unit, unit);
  return {
    entryId: entry.id,
    kind,
    index,
    figure,
    province: entry.province,
    unitKey: entry.unitKey,
    territoryKey: entry.territoryKey,
    metric: figure.metric,
    year: figure.year,
    period: figure.period,
    value,
    unit: converted ? unit : figure.unit,
    converted,
    eventDate: entry.eventDate,
    sortKey: entry.sortKey,
  };
}

/** Every result and target of an entry, in the order the entry lists them. */
export function flattenFigures(entry: DigestEntry): FigureRow[] {
  return [
    ...entry.kpis.map((f, i) => toRow(entry, f, 'result', i)),
    ...entry.targets.map((f, i) => toRow(entry, f, 'target', i)),
  ];
}

/**
 * Which of two figures for the same thing to show: one with a value beats one without, a final figure
 * beats an estimate, and otherwise the later report wins (it usually corrects the earlier).
 */
export function preferFigure(a: FigureRow, b: FigureRow): FigureRow {
  if ((a.value === null) !== (b.value === null)) return a.value === null ? b : a;
  if (a.figure.estimated !== b.figure.estimated) return a.figure.estimated ? b : a;
  if (a.sortKey !== b.sortKey) return a.sortKey > b.sortKey ? a : b;
  return a.entryId <= b.entryId ? a : b;
}

/** Figures of an unidentified province are never merged with anything: each stays its entry's own. */
export const figureKey = (r: FigureRow): string =>
  `${r.territoryKey ?? `entry:${r.entryId}`}|${r.metric}|${r.year}|${r.period}|${r.kind}`;

/** One figure per territory, metric, year, period and kind. */
export function bestFigures(rows: readonly FigureRow[]): FigureRow[] {
  const best = new Map<string, FigureRow>();
  for (const row of rows) {
    const key = figureKey(row);
    const current = best.get(key);
    best.set(key, current ? preferFigure(current, row) : row);
  }
  return [...best.values()];
}

const METRIC_POSITION = new Map(METRICS.map((m, i) => [m.id, i]));

/** Catalogue order (headline figures first): how every page lists metrics. */
export const metricOrder = (id: string): number => METRIC_POSITION.get(id) ?? METRICS.length;
