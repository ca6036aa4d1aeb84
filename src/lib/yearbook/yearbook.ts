/**
 * What the printed yearbook of a year holds beyond the year page: the date its data reach to (on the
 * cover), the articles its tables come from (the list of sources, with their addresses) and its
 * contents, in the order printed. Everything language-neutral; the view words it.
 */
import { otherSources } from '../digest/article-page.ts';
import type { Digest } from '../digest/digest.ts';
import type { FigureRow } from '../digest/types.ts';
import type { YearDigestData } from '../digest/year-page.ts';
import type { DigestEntry } from '../digest/types.ts';
import type { Source } from '../schema/index.ts';
import { newestDay } from '../newest-day.ts';

export interface YearbookSource {
  entryId: string;
  title: string;
  province: string | null;
  unitKey: string | null;
  /** The article's own source first, then other outlets that carried the report. */
  sources: Source[];
  eventDate: string | null;
  review: DigestEntry['review']['status'];
}

/** Every entry whose figure, target, award or conference the yearbook prints, newest first. */
export function yearbookSources(
  digest: Pick<Digest, 'entries'>,
  year: YearDigestData,
  targets: readonly FigureRow[],
): YearbookSource[] {
  const ids = new Set<string>(year.entries.map((e) => e.id));
  for (const r of year.rankings)
    for (const row of r.rows) {
      ids.add(row.row.entryId);
      if (row.change?.previous) ids.add(row.change.previous.entryId);
      if (row.plan?.target) ids.add(row.plan.target.entryId);
    }
  for (const r of year.rankings) for (const p of r.partial) ids.add(p.entryId);
  for (const t of targets) ids.add(t.entryId);
  for (const a of year.awards) ids.add(a.entryId);
  return digest.entries
    .filter((e) => ids.has(e.id))
    .map((e) => ({
      entryId: e.id,
      title: e.title,
      province: e.province,
      unitKey: e.unitKey,
      sources: [e.source, ...otherSources(e)],
      eventDate: e.eventDate,
      review: e.review.status,
    }));
}

/** The newest date the year's data carry (a conference's, else an article's publication), YYYY-MM-DD. */
export function dataAsOf(entries: readonly Pick<DigestEntry, 'eventDate' | 'source'>[]): string | null {
  return newestDay(entries.flatMap((e) => [e.eventDate, e.source.publishedAt]));
}

/** A section of the printed yearbook, as the contents list it; `id` is its heading's anchor. */
export interface YearbookSection {
  id: string;
  kind: 'written' | 'rankings' | 'targets' | 'awards' | 'conferences' | 'method' | 'sources';
}

export function yearbookSections(parts: {
  written: boolean;
  rankings: number;
  targets: number;
  awards: number;
  conferences: number;
}): YearbookSection[] {
  const all: [YearbookSection['kind'], boolean][] = [
    ['written', parts.written],
    ['rankings', parts.rankings > 0],
    ['targets', parts.targets > 0],
    ['awards', parts.awards > 0],
    ['conferences', parts.conferences > 0],
    ['method', true],
    ['sources', true],
  ];
  return all.filter(([, shown]) => shown).map(([kind]) => ({ id: `yb-${kind}`, kind }));
}
