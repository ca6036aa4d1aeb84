/**
 * A received value as a message shows it, and a day as YAML hands it over (a string, or the Date an unquoted
 * date becomes).
 */

/** A received value as the editor typed it, shortened; `(trống)` when there is none. */
export function shown(v: unknown): string {
  if (v === undefined) return '(trống)';
  if (v instanceof Date) return isoDay(v) ?? String(v);
  if (typeof v === 'string') return `"${v.length > 60 ? `${v.slice(0, 57)}…` : v}"`;
  if (Array.isArray(v)) return '[…]';
  if (v !== null && typeof v === 'object') return '{…}';
  return String(v);
}

/** The same for the English line: `(empty)` when there is none. */
export const shownEn = (v: unknown): string => (v === undefined ? '(empty)' : shown(v));

/**
 * A day as YYYY-MM-DD, from a string so written or from the Date that YAML makes of an unquoted
 * date; null for anything else.
 */
export function isoDay(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}
