/**
 * What the data page says about the downloads: when the data was last updated, read from the data
 * itself (the newest conference, publication or review date of a published entry), never from the build
 * clock, so rebuilding the same entries does not make them look newer; and how to cite them.
 */
import type { DigestEntry } from '../digest/types.ts';
import type { Lang } from '../lang.ts';
import { formatDate } from '../format/date.ts';
import { newestDay } from '../newest-day.ts';

type Dated = Pick<DigestEntry, 'eventDate' | 'source' | 'sources'> & {
  review: Pick<DigestEntry['review'], 'reviewedAt'>;
};

/** The newest date any entry records (YYYY-MM-DD), or null for no entry or no date. */
export function lastUpdated(entries: readonly Dated[]): string | null {
  return newestDay(
    entries.flatMap((e) => [
      e.eventDate,
      e.source.publishedAt,
      ...(e.sources ?? []).map((s) => s.publishedAt),
      e.review.reviewedAt,
    ]),
  );
}

/** The licence of the compiled data. */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * A citation of the compiled data: "<site>. <what> (<date>). <address>. CC BY 4.0.", the date as pages
 * write dates.
 */
export function citation(lang: Lang, siteName: string, address: string, updated: string | null): string {
  const what = lang === 'vi' ? 'Số liệu tổng hợp' : 'Compiled data';
  const when = updated ? ` (${lang === 'vi' ? 'cập nhật' : 'updated'} ${formatDate(updated, lang)})` : '';
  return `${siteName}. ${what}${when}. ${address}. ${DATA_LICENCE.name}.`;
}
