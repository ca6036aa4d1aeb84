/**
 * The newest day among dates as entries record them (YYYY-MM-DD, or a date and time starting so), as
 * YYYY-MM-DD; anything else (null, an empty or malformed value) is skipped. Null when no date is left.
 * The data page's "last updated" and the yearbook's "data as of" both read their date with it, each from
 * the dates it names.
 */
export function newestDay(dates: Iterable<unknown>): string | null {
  let newest: string | null = null;
  for (const d of dates) {
    const day = typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
    if (day && (newest === null || day > newest)) newest = day;
  }
  return newest;
}
