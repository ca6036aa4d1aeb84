/**
 * From a collection entry's frontmatter to a DigestEntry: the unit and territory its province named on
 * the day, and a sort key. Bodies never come here: index pages must not carry article text.
 */
import { dateSortKey } from '../format/date.ts';
import type { Entry, Figure } from '../schema/index.ts';
import { territoryKey, unitForEntry } from './lineage.ts';
import type { DigestEntry } from './types.ts';

export function toDigestEntry(id: string, data: Entry, filePath?: string): DigestEntry {
  const { ingest: _ingest, ...rest } = data;
  const unit = data.province ? unitForEntry(data.province, data.eventDate, data.reportYear, data.eventKind) : undefined;
  return {
    ...rest,
    id,
    ...(filePath ? { filePath } : {}),
    unitKey: unit?.key ?? null,
    territoryKey: unit ? territoryKey(unit) : null,
    sortKey: dateSortKey(data.eventDate, data.reportYear),
  };
}

/** Newest first; same date → by id, so the order never depends on the file system. */
export function compareNewestFirst(a: { sortKey: string; id?: string; entryId?: string }, b: typeof a): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? 1 : -1;
  const ia = a.id ?? a.entryId ?? '';
  const ib = b.id ?? b.entryId ?? '';
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/**
 * The figure a list of conferences shows under a headline: the entry's full-year total revenue with a
 * value, if it gives one. `estimated` is the mark of the first total revenue the entry lists, which is
 * that same figure unless a part-year or percentage-only total revenue comes before it.
 */
export function headlineRevenue(entry: Pick<DigestEntry, 'kpis'>): { figure: Figure; estimated: boolean } | null {
  const figure = entry.kpis.find((k) => k.metric === 'total_revenue' && k.period === 'year' && k.value !== null);
  if (!figure) return null;
  return { figure, estimated: entry.kpis.find((k) => k.metric === 'total_revenue')?.estimated ?? false };
}
