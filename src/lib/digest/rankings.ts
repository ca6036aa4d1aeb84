/**
 * Rankings of provinces for one metric and year. Only full-year results are ranked: a six-month figure
 * next to a year's would rank a province low for reporting early. Figures without a value and figures
 * whose province is unknown are listed after the ranked ones, without a rank.
 */
import type { FigureRow } from './types.ts';

export interface Ranked<T> {
  item: T;
  /** 1-based, shared by equal values (1, 2, 2, 4); null when the item is not ranked. */
  rank: number | null;
}

/**
 * Standard competition ranking: equal values share a rank and the next rank skips. `tieBreak` orders
 * equal values (by name, say) without changing their shared rank.
 */
export function rankBy<T>(
  items: readonly T[],
  valueOf: (item: T) => number | null,
  higherIsBetter: boolean,
  tieBreak: (a: T, b: T) => number = () => 0,
): Ranked<T>[] {
  const withValue = items.filter((i) => valueOf(i) !== null);
  const without = items.filter((i) => valueOf(i) === null);
  const sign = higherIsBetter ? -1 : 1;
  withValue.sort((a, b) => {
    const d = (valueOf(a)! - valueOf(b)!) * sign;
    return d !== 0 ? d : tieBreak(a, b);
  });
  const ranked: Ranked<T>[] = [];
  withValue.forEach((item, i) => {
    const prev = ranked[i - 1];
    const rank = prev && valueOf(prev.item) === valueOf(item) ? prev.rank : i + 1;
    ranked.push({ item, rank });
  });
  return [...ranked, ...[...without].sort(tieBreak).map((item) => ({ item, rank: null }))];
}

/**
 * Rank one metric's rows for a year: identified full-year results with a value are ranked; the same
 * rows without a value and rows of unidentified provinces follow, unranked.
 */
export function rankProvinces(
  rows: readonly FigureRow[],
  higherIsBetter: boolean,
  tieBreak: (a: FigureRow, b: FigureRow) => number = () => 0,
): Ranked<FigureRow>[] {
  const fullYear = rows.filter((r) => r.kind === 'result' && r.period === 'year');
  const identified = fullYear.filter((r) => r.province !== null);
  const unidentified = fullYear.filter((r) => r.province === null);
  return [
    ...rankBy(identified, (r) => r.value, higherIsBetter, tieBreak),
    ...unidentified.map((item) => ({ item, rank: null })),
  ];
}
