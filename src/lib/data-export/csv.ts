/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold
 * a comma, quote or line break, quotes doubled. A UTF-8 byte order mark comes first: without it Excel
 * opens the file as Windows-1252 and "Sơn La" turns into "SÆ¡n La".
 */

export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** One field, quoted only when it must be. Numbers are written plainly (101000000000, 8.8), never localised. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  // A leading = + @ makes spreadsheets evaluate the cell as a formula; quoting alone does not stop that.
  // ("-" is left alone: Vietnamese text often opens with a dash, and numbers are never strings here.)
  const safe = typeof value === 'string' && /^[=+@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvColumn<T> {
  name: string;
  value: (row: T) => CsvValue;
}

/** The whole file: BOM, header line, one line per row, CRLF after every line. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => csvField(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
