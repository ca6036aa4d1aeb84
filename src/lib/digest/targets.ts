/**
 * The targets set for a year: full-year plans, one per province and metric (the digest's best figure),
 * grouped by province in alphabetical order and by the catalogue's order of metrics within a province.
 */
import { unitByKey } from '../provinces.ts';
import type { Digest } from './digest.ts';
import { metricOrder } from './figures.ts';
import type { FigureRow } from './types.ts';

const collator = new Intl.Collator('vi');
const nameOf = (row: FigureRow): string => (row.unitKey ? unitByKey(row.unitKey)?.name : undefined) ?? '\uffff';

export function targetsOfYear(digest: Pick<Digest, 'figures'>, year: number): FigureRow[] {
  return digest.figures
    .filter((r) => r.kind === 'target' && r.period === 'year' && r.year === year)
    .sort(
      (a, b) =>
        collator.compare(nameOf(a), nameOf(b)) ||
        metricOrder(a.metric) - metricOrder(b.metric) ||
        a.entryId.localeCompare(b.entryId),
    );
}

/** The provinces that set targets for the year (slugs, in the order of `targetsOfYear`). */
export const provincesWithTargets = (rows: readonly FigureRow[]): string[] => [
  ...new Set(rows.map((r) => r.province).filter((p): p is string => p !== null)),
];
