/**
 * Dates as readers of each language write them, the one way every page shows a date: Vietnamese
 * "10/01/2025" (a sentence adds "ngày": "ngày 10/01/2025"), English "10 January 2025" (British order,
 * which reads naturally beside Vietnamese day-first dates, and a month no reader can take for a day).
 * Entries store calendar dates (YYYY-MM-DD, a publication may add THH:MM) with no time zone, so every
 * format runs in UTC: a build in any zone prints the same day.
 */
import type { Lang } from '../lang.ts';

const FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "10/01/2025" / "10 January 2025"; a date-time is shown as its day. Text that is no date is returned as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(date.getTime())) return iso;
  return FORMATS[lang].format(date);
}

/** A sortable key for an entry's date; entries without a date sort at the end of their report year. */
export function dateSortKey(eventDate: string | null, reportYear: number): string {
  return eventDate ?? `${reportYear}-12-31~`;
}
