/**
 * The printed yearbook (`npm run digest:pdf`), made from the site under test: for the year with the
 * newest written digest (else the newest year), in both languages. Its text holds every full-year
 * figure of the year as the site writes it, diacritics and all; its fonts are embedded; it has a cover
 * and a contents page whose page numbers are where the sections fell; a running header and page
 * numbers; no page more than half empty but the cover, the last of the contents and the last page;
 * and no more pages than its content fills.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameAtTime } from '../../src/i18n/names.ts';
import { formatQualifiedAmount } from '../../src/lib/format/number.ts';
import { metricById } from '../../src/lib/metrics.ts';
import { unitForEntry } from '../../src/lib/digest/lineage.ts';
import { destinations, fillOfPage, pageCount, parsePgm } from '../../src/lib/yearbook/pdf-facts.ts';
import { printYearbook } from '../../src/lib/yearbook/print-pdf-fs.ts';
import type { PdfFacts } from '../../src/lib/yearbook/files.ts';
import { browser, site } from './support/browser.ts';
import { fullYearResults, publishedEntries, writtenDigestYears } from './support/content.ts';

/** yearbook.css's top and bottom page margins (18 mm of 297). */
const MARGIN = 18 / 297;
const LANGS = ['vi', 'en'] as const;
const year = writtenDigestYears()[0] ?? Math.max(...publishedEntries().map((e) => e.data.reportYear));

const work = mkdtempSync(path.join(tmpdir(), 'yearbook-test-'));
const printed = new Map<string, { file: string; facts: PdfFacts }>();
const text = (file: string, first?: number, last = first) =>
  execFileSync('pdftotext', [...(first ? ['-f', String(first), '-l', String(last)] : []), '-layout', file, '-'], {
    encoding: 'utf8',
  });
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  const chromium = await browser();
  for (const lang of LANGS) {
    const file = path.join(work, `digest-${year}-${lang}.pdf`);
    const page = `${lang === 'en' ? 'en/' : ''}years/${year}/print/`;
    const facts = await printYearbook(chromium, { year, lang, url: new URL(page, site().url).href, pdf: file });
    printed.set(lang, { file, facts });
  }
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(LANGS)('the %s yearbook PDF', (lang) => {
  const get = () => printed.get(lang)!;

  it('holds every full-year figure of the year, with the province’s name, as the site writes them', () => {
    const all = oneLine(text(get().file));
    const figures = fullYearResults().filter((r) => r.year === year);
    expect(figures.length).toBeGreaterThan(0);
    const missing = figures.flatMap((r) => {
      const unit = metricById(r.metric)?.unit ?? 'VND';
      const words = formatQualifiedAmount(r.value, unit, r.qualifier, lang);
      const e = r.entry.data;
      const place = nameAtTime(
        unitForEntry(e.province!, e.eventDate, e.reportYear, e.eventKind)?.key ?? null,
        e.province,
      );
      return [words, place]
        .filter((w): w is string => !!w && !all.includes(oneLine(w)))
        .map((w) => `${r.metric}: ${w}`);
    });
    expect(missing).toEqual([]);
    if (lang === 'vi') expect(all).toMatch(/Số liệu đến ngày|Xếp hạng theo chỉ tiêu/);
  });

  it('embeds its fonts, Noto Sans among them', () => {
    const lines = execFileSync('pdffonts', [get().file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.split(/\s+/).at(-5), line).toBe('yes');
    expect(lines.some((l) => l.includes('NotoSans'))).toBe(true);
  });

  it('opens with a cover, then the contents, whose page numbers are where each section starts', () => {
    const cover = oneLine(text(get().file, 1));
    expect(cover).toContain(String(year));
    expect(cover).not.toMatch(/Trang \d|Page \d/);
    const contents = text(get().file, 2);
    expect(contents).toContain(lang === 'vi' ? 'Mục lục' : 'Contents');
    const dests = destinations(execFileSync('pdfinfo', ['-dests', get().file], { encoding: 'utf8' }));
    const sections = [...dests].filter(([id]) => id.startsWith('yb-') && id !== 'yb-contents');
    expect(sections.length).toBeGreaterThanOrEqual(3);
    // The lines after the heading, up to the page number at the foot: "Xếp hạng theo chỉ tiêu ..... 6".
    const lines = contents.split('\n');
    const from = lines.findIndex((l) => /Mục lục|Contents/.test(l)) + 1;
    const numbers = lines
      .slice(from)
      .filter((l) => !/Trang \d|Page \d/.test(l))
      .flatMap((l) => /\S.*\s(\d+)\s*$/.exec(l)?.[1] ?? [])
      .map(Number);
    expect(numbers).toEqual(sections.map(([, page]) => page).sort((a, b) => a - b));
    expect(numbers.length).toBe(sections.length);
  });

  it('has a running header and “page n / N” on every page but the cover', () => {
    const pages = get().facts.pages;
    for (let n = 2; n <= pages; n += 1) {
      const page = oneLine(text(get().file, n));
      expect(page).toContain(lang === 'vi' ? `Trang ${n} / ${pages}` : `Page ${n} / ${pages}`);
      expect(page).toContain(String(year));
    }
  });

  it('leaves no page more than half empty but the cover, the last of the contents and the last, and no page to spare', () => {
    const { file, facts } = get();
    const dir = mkdtempSync(path.join(work, `pages-${lang}-`));
    execFileSync('pdftoppm', ['-r', '24', '-gray', file, path.join(dir, 'p')]);
    const fills = readdirSync(dir)
      .sort()
      .map((name) => fillOfPage(parsePgm(new Uint8Array(readFileSync(path.join(dir, name)))), MARGIN, MARGIN));
    expect(fills.length).toBe(facts.pages);
    const dests = destinations(execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' }));
    const bodyStart = Math.min(
      ...[...dests].filter(([id]) => id.startsWith('yb-') && id !== 'yb-contents').map(([, p]) => p),
    );
    const allowed = new Set([1, bodyStart - 1, facts.pages]);
    const thin = fills
      .map((fill, i) => ({ page: i + 1, fill }))
      .filter(({ page, fill }) => !allowed.has(page) && fill < 0.5)
      .map(({ page, fill }) => `page ${page}: ${Math.round(fill * 100)}% full`);
    expect(thin).toEqual([]);
    // The body (from its first section to the end) takes at most one page more than its ink fills.
    const body = fills.slice(bodyStart - 1);
    const needed = Math.ceil(body.reduce((sum, f) => sum + f, 0));
    expect(body.length).toBeLessThanOrEqual(needed + 1);
    expect(facts.pages).toBe(pageCount(execFileSync('pdfinfo', [file], { encoding: 'utf8' })));
  });
});
