/** Entries with a province and figures, parsed with the real schema, for the map's joins and classes. */
import { toDigestEntry } from '../../src/lib/digest/entries.ts';
import { entrySchema, type EntryInput } from '../../src/lib/schema/entry.ts';
import type { FigureInput } from '../../src/lib/schema/figure.ts';

export const revenue = (year: number, value: number | null, extra: Partial<FigureInput> = {}): FigureInput => ({
  metric: 'total_revenue',
  value,
  unit: 'VND',
  year,
  quote: 'doanh thu',
  ...(value === null ? { planPercent: 100 } : {}),
  ...extra,
});

export function entry(id: string, data: Partial<EntryInput> & Pick<EntryInput, 'province' | 'reportYear'>) {
  const parsed = entrySchema.parse({ title: `Hội nghị ${id}`, review: { status: 'unreviewed' }, ...data });
  return toDigestEntry(id, parsed);
}
