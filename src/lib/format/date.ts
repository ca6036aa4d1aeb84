/**
 * Dates as readers of each language write them. Entries store calendar dates (YYYY-MM-DD) with no time
 * zone, so every format runs in UTC: a build in any zone prints the same day.
 */
import type { Lang } from '../lang.ts';

const FORMATS: Record<Lang, Record<'short' | 'long', Intl.DateTimeFormat>> = {
  vi: {
    short: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  },
  en: {
    // British order (27 December 2023) reads naturally next to Vietnamese day-first dates.
    short: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  },
};

/** "27/12/2023" / "27 Dec 2023"; long: "27 tháng 12, 2023" / "27 December 2023". */
export function formatDate(iso: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return FORMATS[lang][style].format(date);
}

/** A sortable key for an entry's date; entries without a date sort at the end of their report year. */
export function dateSortKey(eventDate: string | null, reportYear: number): string {
  return eventDate ?? `${reportYear}-12-31~`;
}
