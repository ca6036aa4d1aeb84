/** A figure row of Lạng Sơn's total revenue for a year, to change as a test needs. */
import type { FigureRow } from '../../src/lib/digest/types.ts';

export function fig(
  year: number,
  value: number | null,
  extra: Partial<FigureRow['figure']> = {},
  row: Partial<FigureRow> = {},
): FigureRow {
  const figure = {
    metric: 'total_revenue',
    value,
    unit: 'VND' as const,
    qualifier: 'exact' as const,
    estimated: false,
    year,
    period: 'year' as const,
    quote: 'q',
    ...extra,
  };
  return {
    entryId: `e${year}`,
    kind: 'result',
    index: 0,
    figure,
    province: 'lang-son',
    unitKey: '63:20',
    territoryKey: '63:20',
    metric: 'total_revenue',
    year,
    period: figure.period,
    value,
    unit: 'VND',
    converted: false,
    eventDate: null,
    sortKey: `${year}`,
    ...row,
  };
}
