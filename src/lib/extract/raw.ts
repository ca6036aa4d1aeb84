/**
 * A raw article file: optional `key: value` header lines and a blank line, then the text as scraped.
 *
 *     source: https://baolangson.vn/…
 *     published: 2016-01-21
 *     retrieved-as: full
 *
 *     Thứ hai, 17/05/2021
 *     …
 */
import { removeControlCharacters } from '../text/controls.ts';
import { normalizeText } from '../text/fold.ts';

export interface RawArticle {
  header: Record<string, string>;
  /** The text after the header, line endings normalised to \n, control characters taken out. */
  text: string;
  /** Number of lines the header took (so line numbers can be reported against the file). */
  headerLines: number;
}

const HEADER_LINE = /^([a-z][a-z0-9-]{1,30}):[ \t]*(.*)$/i;
/** A header has at most this many lines. */
const MAX_HEADER_LINES = 12;
const KNOWN_KEYS = new Set(['source', 'url', 'published', 'publisher', 'retrieved-as', 'author', 'title', 'province']);

/**
 * Split the header from the text. A header is only taken when every line before the first blank line
 * is `key: value` and at least one key is known, so an article starting "Ngày 27/12/2023: …" is never
 * mistaken for one.
 */
export function parseRawArticle(input: string): RawArticle {
  const controlled = removeControlCharacters(normalizeText(input.replace(/^\uFEFF/, '')));
  const text = controlled.includes('\r') ? controlled.replace(/\r\n?/g, '\n') : controlled;
  // Only the first MAX_HEADER_LINES + 1 lines can hold the header and the blank line after it.
  const lines = text.split('\n', MAX_HEADER_LINES + 1);
  const blank = lines.findIndex((l) => l.trim() === '');
  if (blank > 0 && blank <= MAX_HEADER_LINES) {
    const head = lines.slice(0, blank);
    const parsed = head.map((l) => HEADER_LINE.exec(l.trim()));
    if (parsed.every(Boolean) && parsed.some((m) => KNOWN_KEYS.has(m![1]!.toLowerCase()))) {
      const header: Record<string, string> = {};
      for (const m of parsed) header[m![1]!.toLowerCase()] = m![2]!.trim();
      // The text starts after the blank line (which may hold spaces): past those lines and their breaks.
      const textStart = lines.slice(0, blank + 1).reduce((n, l) => n + l.length + 1, 0);
      return { header, text: text.slice(textStart), headerLines: blank + 1 };
    }
  }
  return { header: {}, text, headerLines: 0 };
}
