/**
 * Which entries a feed carries and the date each goes under: the conference date, else the day the
 * article was published (its own source, then any other outlet's). An entry with no date at all is
 * left out: a feed is read in date order, and there is no honest place for it. Newest first.
 */
import type { DigestEntry } from './types.ts';

/** The best date known for an entry (YYYY-MM-DD), or null. */
export function bestDate(entry: Pick<DigestEntry, 'eventDate' | 'source' | 'sources'>): string | null {
  const published = [entry.source, ...(entry.sources ?? [])].map((s) => s.publishedAt).find(Boolean);
  return entry.eventDate ?? published?.slice(0, 10) ?? null;
}

export function feedItems(entries: readonly DigestEntry[], max: number): { entry: DigestEntry; date: string }[] {
  return entries
    .map((entry) => ({ entry, date: bestDate(entry) }))
    .filter((x): x is { entry: DigestEntry; date: string } => x.date !== null)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.entry.id < b.entry.id ? -1 : 1))
    .slice(0, max);
}
