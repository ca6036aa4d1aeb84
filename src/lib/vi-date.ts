/**
 * Vietnamese dates in news text.
 *
 * A conference date is usually written without its year ("Chiều 28/12", "Sáng ngày 22/12", "Chiều
 * 19.1", "9-1"); the year comes from what the conference reviews and plans, or from the page's
 * publication stamp ("24/12/2020 08:15"). Page and crawl dates ("Thứ hai, 17/05/2021", a weekday with
 * no time, shown by news sites as today's date) say nothing about the event.
 */
import { isRealDate } from './schema/common.ts';
import { viRegExp } from './text/letters.ts';

export interface DayMonth {
  day: number;
  month: number;
  year?: number;
}

export interface DateMention extends DayMonth {
  /** Offset of the whole phrase ("Sáng ngày 22/12") in the text. */
  index: number;
  /** The phrase as written. */
  raw: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function toIso({ day, month, year }: Required<DayMonth>): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isRealDate(iso) ? iso : null;
}

/** "Thứ bảy, Ngày 16 Tháng 10 Năm 2021", "Thứ hai, 17/05/2021": a site's date-of-today header. */
export function isPageDateLine(line: string): boolean {
  return /^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\s*,?\s*(?:ngày\s*)?\d{1,2}\s*(?:\/|-|\.|\s+tháng\s+)\s*\d{1,2}\s*(?:\/|-|\.|\s+năm\s+)\s*\d{4}\s*$/iu.test(
    line.trim(),
  );
}

/**
 * A publication stamp: a short line with a full date and a time, possibly labelled ("Cập nhật:",
 * "Đăng lúc") or followed by a view count. Returns "YYYY-MM-DDTHH:MM" or null.
 */
export function parsePublicationStamp(line: string): string | null {
  const s = line.trim();
  if (s.length > 90 || isPageDateLine(s)) return null;
  const date = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(s);
  const time = /(?<!\d)([01]?\d|2[0-3])[:h]([0-5]\d)(?::[0-5]\d)?(?!\d)/.exec(s);
  if (!date || !time) return null;
  // Whatever else is on the line must be stamp furniture, not prose.
  const rest = s
    .replace(date[0], '')
    .replace(time[0], '')
    .replace(/\(?gmt\s*[+-]\s*\d+\)?/iu, '')
    .replace(/\d+\s+lượt\s+xem/iu, '')
    .replace(/(?:cập nhật|đăng lúc|đăng ngày|ngày đăng|xuất bản|thời gian|ngày|lúc)\s*:?/giu, '')
    .replace(/[\s,|:()\-–]+/g, '');
  if (rest.length > 0) return null;
  const iso = toIso({ day: Number(date[1]), month: Number(date[2]), year: Number(date[3]) });
  if (!iso) return null;
  return `${iso}T${pad(Number(time[1]))}:${time[2]}`;
}

/** A `published:` header value: "2021-01-08", "08/01/2021", "2021-01-08T19:34". */
export function parseHeaderDate(value: string): string | null {
  const s = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(s);
  if (m) {
    const iso = toIso({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    return iso ? (m[4] ? `${iso}T${m[4]}:${m[5]}` : iso) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
  if (m) return toIso({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) });
  return null;
}

/**
 * Dates that open a news lead: "Ngày 27/12/2023", "Chiều 28/12", "Sáng ngày 22/12", "Chiều 19.1",
 * "Sáng 8/1", "Ngày 9-1", "ngày 20 tháng 1 năm 2016", "Hôm nay (28/12)". The time-of-day word or
 * "ngày" is required so that "tăng 1.5" or "2/3 số xã" are not read as dates.
 */
export function findDateMentions(text: string): DateMention[] {
  return dateMentions(text, Infinity);
}

/** The first of `findDateMentions`, without reading on: a lead's date is its first. */
export function firstDateMention(text: string): DateMention | undefined {
  return dateMentions(text, 1)[0];
}

function dateMentions(text: string, limit: number): DateMention[] {
  const out: DateMention[] = [];
  const re = DATE_MENTION;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const day = Number(m[2]);
    const month = Number(m[4] ?? m[6]);
    const year = m[5] ?? m[7];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    out.push({
      day,
      month,
      ...(year ? { year: Number(year) } : {}),
      index: m.index,
      raw: m[0].replace(/\s*\(?\s*$/, ''),
    });
    if (out.length >= limit) break;
  }
  return out;
}

const DATE_MENTION = viRegExp(
  String.raw`(?<![\p{L}])((?:(?:sáng|chiều|trưa|tối|đêm)(?:\s+(?:hôm\s+)?(?:qua|nay))?(?:\s+ngày)?|ngày|hôm\s+(?:nay|qua))\s*\(?\s*)(\d{1,2})\s*(?:([/.-])\s*(\d{1,2})(?:\s*\3\s*(\d{4}))?|\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)(?![\d%])`,
  'giu',
);

export interface YearContext {
  reportYear: number | null;
  planYear: number | null;
  /** Publication date (YYYY-MM-DD…), when known. */
  published?: string | null;
  /** A mid-year review is held during the reported year. */
  midYear?: boolean;
}

/**
 * The year of a day and month written without one.
 * - With a publication date: the latest such date on or before it (an article reports a past event).
 * - A year-end conference: from September on it belongs to the reported year, before that to the plan
 *   year (conferences run from December to March).
 */
export function inferYear(
  dm: DayMonth,
  ctx: YearContext,
): { year: number; basis: 'published' | 'report-year' | 'plan-year' } | null {
  const published = ctx.published?.slice(0, 10);
  if (published) {
    const py = Number(published.slice(0, 4));
    const sameYear = `${py}-${pad(dm.month)}-${pad(dm.day)}`;
    return { year: sameYear <= published ? py : py - 1, basis: 'published' };
  }
  if (ctx.reportYear === null) return null;
  if (ctx.midYear) return { year: ctx.reportYear, basis: 'report-year' };
  if (dm.month >= 9) return { year: ctx.reportYear, basis: 'report-year' };
  return { year: ctx.planYear ?? ctx.reportYear + 1, basis: 'plan-year' };
}
