/**
 * Is there a printed yearbook to link? The build reads `public/downloads/digest-<year>-<lang>.json`
 * (written by `npm run digest:pdf` beside the PDF) and links the PDF only when it was printed from the
 * data being built. A PDF left behind by older data is not linked, and the build says what to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../lang.ts';
import { DOWNLOADS_DIR, parsePdfFacts, pdfIsCurrent, pdfName, sidecarName, type PdfFacts } from './files.ts';

const warned = new Set<string>();

export interface LinkedPdf extends PdfFacts {
  /** Relative to the site's base: `downloads/digest-2023-vi.pdf`. */
  path: string;
}

export function publishedPdf(year: number, lang: Lang, fingerprint: string, publicDir = 'public'): LinkedPdf | null {
  const dir = path.join(publicDir, DOWNLOADS_DIR);
  const pdf = path.join(dir, pdfName(year, lang));
  if (!existsSync(pdf)) return null;
  let facts: PdfFacts | null = null;
  try {
    facts = parsePdfFacts(JSON.parse(readFileSync(path.join(dir, sidecarName(year, lang)), 'utf8')));
  } catch {
    facts = null;
  }
  if (pdfIsCurrent(facts, year, lang, fingerprint))
    return { ...facts!, path: `${DOWNLOADS_DIR}/${pdfName(year, lang)}` };
  if (!warned.has(pdf)) {
    warned.add(pdf);
    console.warn(
      `[digest:pdf] ${pdf} không khớp số liệu hiện tại nên trang năm ${year} không dẫn tới nó; chạy npm run build, npm run digest:pdf -- --year ${year}, rồi dựng lại. / ${pdf} was printed from other data, so the ${year} page does not link it; run npm run build, npm run digest:pdf -- --year ${year}, then build again.`,
    );
  }
  return null;
}
