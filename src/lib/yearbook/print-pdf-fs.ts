/**
 * Print a yearbook page of a built site to an A4 PDF with Chromium (through playwright-core) and poppler.
 *
 * The page is laid out at the width of the A4 text area, its charts drawn (it asks for them at once)
 * and its fonts loaded; it is printed once to learn on which page each section fell (Chromium keeps
 * every anchor the contents link to as a named destination, which `pdfinfo -dests` lists), the
 * contents get those page numbers, and it is printed again, until the numbers stand (they are
 * right-aligned figures in a line of their own, so writing them moves nothing). The PDF is written
 * atomically, with its facts beside it (files.ts). Headers and footers are the page's own (CSS page
 * margin boxes): Chromium's are off.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Lang } from '../lang.ts';
import { destinations, pageCount } from './pdf-facts.ts';
import type { PdfFacts } from './files.ts';

/** A4's text area between yearbook.css's 16 mm side margins, in CSS pixels (96 per inch). */
const TEXT_WIDTH_PX = Math.floor(((210 - 32) / 25.4) * 96);

export interface PrintJob {
  year: number;
  lang: Lang;
  /** The print page's address on a server of the built site. */
  url: string;
  /** Where the PDF goes; the facts go beside it with `.json`. */
  pdf: string;
}

const run = (command: string, args: string[]): string => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        `${command} không có trên máy; cài gói poppler-utils (apt-get install -y poppler-utils). / ${command} is not installed; install poppler-utils (apt-get install -y poppler-utils).`,
      );
    throw error;
  }
};

export async function printYearbook(browser: Browser, job: PrintJob): Promise<PdfFacts> {
  const context = await browser.newContext({ viewport: { width: TEXT_WIDTH_PX, height: 1100 }, deviceScaleFactor: 2 });
  const work = mkdtempSync(path.join(tmpdir(), 'yearbook-'));
  try {
    const page = await context.newPage();
    const response = await page.goto(job.url, { waitUntil: 'load' });
    if (!response || response.status() !== 200)
      throw new Error(`${job.url}: ${response ? `HTTP ${response.status()}` : 'no response'}`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('digest-chart')].every((el) => el.hasAttribute('data-drawn')),
    );
    const fingerprint = await page.getAttribute('meta[name="yearbook-fingerprint"]', 'content');
    const dataAsOf = (await page.getAttribute('[data-as-of]', 'data-as-of')) ?? '';
    if (!fingerprint) throw new Error(`${job.url} is not a yearbook page (no yearbook-fingerprint)`);
    const draft = path.join(work, 'draft.pdf');
    let numbers = new Map<string, number>();
    for (let pass = 0; pass < 4; pass += 1) {
      writeFileSync(
        draft,
        await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: false,
          tagged: true,
          outline: true,
        }),
      );
      const found = destinations(run('pdfinfo', ['-dests', draft]));
      const wanted = await page.$$eval('.toc-page[data-page-of]', (els) =>
        els.map((el) => el.getAttribute('data-page-of')!),
      );
      const next = new Map(wanted.map((id) => [id, found.get(id) ?? 0]));
      const missing = wanted.filter((id) => !found.has(id));
      if (missing.length > 0) throw new Error(`${job.url}: no page found for ${missing.join(', ')}`);
      if (pass > 0 && [...next].every(([id, n]) => numbers.get(id) === n)) break;
      numbers = next;
      await page.$$eval(
        '.toc-page[data-page-of]',
        (els, pages) => {
          for (const el of els)
            el.textContent = String((pages as Record<string, number>)[el.getAttribute('data-page-of')!]);
        },
        Object.fromEntries(numbers),
      );
    }
    const pages = pageCount(run('pdfinfo', [draft]));
    const facts: PdfFacts = { year: job.year, lang: job.lang, fingerprint, pages, dataAsOf };
    // Beside the destination first, then renamed: a reader never finds half a PDF.
    const tmpPdf = `${job.pdf}.tmp-${process.pid}`;
    renameOrCopy(draft, tmpPdf);
    renameSync(tmpPdf, job.pdf);
    const json = job.pdf.replace(/\.pdf$/, '.json');
    writeFileSync(`${json}.tmp-${process.pid}`, `${JSON.stringify(facts, null, 2)}\n`);
    renameSync(`${json}.tmp-${process.pid}`, json);
    return facts;
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** A rename across file systems (the temporary folder may be elsewhere) is a copy. */
function renameOrCopy(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
