/**
 * The files of a printed yearbook: `downloads/digest-<year>-<lang>.pdf`, and beside it the facts the
 * build needs to link it (`.json`): what it was printed from, its pages, the date of its data.
 */
import type { Lang } from '../lang.ts';

export const DOWNLOADS_DIR = 'downloads';

export const pdfName = (year: number, lang: Lang): string => `digest-${year}-${lang}.pdf`;
export const sidecarName = (year: number, lang: Lang): string => `digest-${year}-${lang}.json`;

export interface PdfFacts {
  year: number;
  lang: Lang;
  /** yearbookFingerprint of the print page it was made from. */
  fingerprint: string;
  pages: number;
  /** The newest date of the year's data (YYYY-MM-DD), as on the cover. */
  dataAsOf: string;
}

export function parsePdfFacts(json: unknown): PdfFacts | null {
  const f = json as Partial<PdfFacts> | null;
  if (!f || typeof f !== 'object') return null;
  if (typeof f.year !== 'number' || (f.lang !== 'vi' && f.lang !== 'en')) return null;
  if (typeof f.fingerprint !== 'string' || typeof f.pages !== 'number' || typeof f.dataAsOf !== 'string') return null;
  return { year: f.year, lang: f.lang, fingerprint: f.fingerprint, pages: f.pages, dataAsOf: f.dataAsOf };
}

/** Whether a PDF may be linked from the year page: its facts are for this year and language and this data. */
export function pdfIsCurrent(facts: PdfFacts | null, year: number, lang: Lang, fingerprint: string): boolean {
  return facts !== null && facts.year === year && facts.lang === lang && facts.fingerprint === fingerprint;
}
