/**
 * Dates as pages write them, to the ingest's `published:` form: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` in
 * Vietnam's time (UTC+7 all year), which is what the article's own "ngày 9-1" is counted in.
 *
 * - machine dates (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`):
 *   "2018-01-09T16:27:00+07:00", "2018-01-09T09:27:00Z" (moved to UTC+7), "2018-01-09";
 * - a dated byline as printed: "Cập nhật lúc 16:27, Thứ Ba, 09/01/2018 (GMT+7)", "14:14:38 04/01/2017",
 *   "09/01/2018 - 16:27", "Thứ Ba, ngày 9 tháng 1 năm 2018".
 */
import { toIso } from '../vi-date.ts';

const VIETNAM_OFFSET_MINUTES = 7 * 60;
const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO 8601 date or date-time; with a zone it is moved to Vietnam's time. */
export function isoPageDate(value: string): string | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu.exec(
      value.trim(),
    );
  if (!m) return null;
  const date = toIso({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  if (!date) return null;
  if (m[4] === undefined) return date;
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  if (hours > 23 || minutes > 59) return null;
  if (m[7] === undefined) return `${date}T${m[4]}:${m[5]}`;
  const zone = /^([+-])(\d{2}):?(\d{2})?$/u.exec(m[7]);
  const offsetMinutes = zone ? (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3] ?? 0)) : 0;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hours, minutes) - offsetMinutes * 60_000;
  const local = new Date(utc + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/**
 * A date printed on the page (a byline or a date line): day first, as Vietnamese writes it, with the
 * time when one is next to it. Only a short text is read: a sentence of prose is not a date line.
 */
export function printedPageDate(text: string): string | null {
  const s = text.replace(/\s+/gu, ' ').trim();
  if (s.length === 0 || s.length > 120) return null;
  const iso = isoPageDate(s);
  if (iso) return iso;
  // "09/01/2018", "9-1-2018", "09.01.2018"; a digit may touch it ("14:14:3804/01/2017": time, then date).
  const numeric = /(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/u.exec(s);
  const words = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)\s*(\d{4})(?!\d)/iu.exec(s);
  let date: string | null = null;
  let at = -1;
  let length = 0;
  if (numeric) {
    date = toIso({ day: Number(numeric[1]), month: Number(numeric[3]), year: Number(numeric[4]) });
    at = numeric.index;
    length = numeric[0].length;
  } else if (words) {
    date = toIso({ day: Number(words[1]), month: Number(words[2]), year: Number(words[3]) });
    at = words.index;
    length = words[0].length;
  }
  if (!date) return null;
  // A time before or after the date ("16:27", "16h27", "14:14:38"), not one inside it.
  const rest = `${s.slice(0, at)} ${s.slice(at + length)}`;
  const time = /(?<![\d:])([01]?\d|2[0-3])\s*[:hg]\s*([0-5]\d)(?::[0-5]\d)?/iu.exec(rest);
  return time ? `${date}T${pad(Number(time[1]))}:${time[2]}` : date;
}
