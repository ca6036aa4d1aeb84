/**
 * Year-over-year change. An article's own statement ("tăng 21% so với cùng kỳ") wins: it compares with
 * figures the digest may not have. Otherwise the change is computed from last year's figure of the same
 * territory and period, and only when both values are known.
 */
import type { Change, FigureRow } from './types.ts';

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function changeAgainst(current: FigureRow, previous: FigureRow | undefined): Change | null {
  const stated = current.figure.changePercent;
  if (stated !== undefined) {
    return {
      percent: stated,
      source: 'stated',
      ...(current.figure.changeQualifier ? { qualifier: current.figure.changeQualifier } : {}),
    };
  }
  if (!previous || current.value === null || previous.value === null || previous.value === 0) return null;
  if (previous.period !== current.period || previous.year !== current.year - 1 || previous.unit !== current.unit)
    return null;
  const percent = round1(((current.value - previous.value) / Math.abs(previous.value)) * 100);
  const hedged = current.figure.qualifier !== 'exact' || previous.figure.qualifier !== 'exact';
  return { percent, source: 'computed', previous, ...(hedged ? { qualifier: 'about' as const } : {}) };
}

/** Index figures by territory, metric, year, period and kind, for looking up last year's. */
export function figureIndex(rows: readonly FigureRow[]): Map<string, FigureRow> {
  const index = new Map<string, FigureRow>();
  for (const r of rows) if (r.territoryKey) index.set(indexKey(r.territoryKey, r.metric, r.year, r.period, r.kind), r);
  return index;
}

export const indexKey = (territory: string, metric: string, year: number, period: string, kind: string): string =>
  `${territory}|${metric}|${year}|${period}|${kind}`;

/** The same territory's figure one year earlier, if the digest has it. */
export function previousYear(index: Map<string, FigureRow>, row: FigureRow): FigureRow | undefined {
  if (!row.territoryKey) return undefined;
  return index.get(indexKey(row.territoryKey, row.metric, row.year - 1, row.period, row.kind));
}
