/**
 * A count never stands bare ("gần 80.000" — dossiers? visits?): wherever a page shows a count figure,
 * on its article page and in its year's ranking, the number is followed by what the metric catalogue
 * says it counts, in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { metricById } from '../../src/lib/metrics.ts';
import { openPage, site } from './support/browser.ts';
import { publishedEntries } from './support/content.ts';
import { inLang, type Lang } from './support/page-types.ts';

interface CountFigure {
  entryId: string;
  kind: 'kpis' | 'targets';
  index: number;
  metric: string;
  year: number;
  value: number;
  ranked: boolean;
}

function countFigures(): CountFigure[] {
  const out: CountFigure[] = [];
  for (const e of publishedEntries())
    for (const kind of ['kpis', 'targets'] as const)
      e.data[kind].forEach((f, index) => {
        if (f.unit !== 'count' || f.value === null) return;
        const ranked = kind === 'kpis' && f.period === 'year' && e.data.province !== null;
        out.push({ entryId: e.id, kind, index, metric: f.metric, year: f.year, value: f.value, ranked });
      });
  return out;
}

/** The noun the catalogue gives, English singular for one. */
function noun(metric: string, lang: Lang, value: number): string {
  const names = metricById(metric)?.countUnit;
  if (!names) throw new Error(`the catalogue names no unit for the count metric ${metric}`);
  return lang === 'vi' ? names.vi : value === 1 ? names.en.one : names.en.other;
}

const endsWithNoun = (text: string, word: string) => /\d/.test(text) && text.trim().endsWith(` ${word}`);

describe.each(['vi', 'en'] as Lang[])('counts (%s)', (lang) => {
  const figures = countFigures();

  it('show their unit on the article page and in the year’s ranking', async () => {
    expect(figures.length, 'the corpus has count figures').toBeGreaterThan(0);
    const { page, close } = await openPage(inLang(lang, ''));
    const wrong: string[] = [];
    try {
      for (const f of figures) {
        const word = noun(f.metric, lang, f.value);
        await page.goto(new URL(inLang(lang, `articles/${f.entryId}/`), site().url).href);
        const shown = await page.locator(`#fig-${f.kind}-${f.index} .fig-value`).innerText();
        if (!endsWithNoun(shown, word)) wrong.push(`articles/${f.entryId}/ ${f.kind}[${f.index}]: “${shown}”`);
      }
      for (const key of new Set(figures.filter((f) => f.ranked).map((f) => `${f.year}|${f.metric}`))) {
        const [year, metric] = key.split('|') as [string, string];
        await page.goto(new URL(inLang(lang, `years/${year}/`), site().url).href);
        const cells = await page
          .locator(`section[aria-labelledby="rank-${metric}-heading"] table .fig-value`)
          .allInnerTexts();
        if (cells.length === 0) wrong.push(`years/${year}/: no ranking of ${metric}`);
        for (const text of cells) {
          const value = Number(text.replace(/[^\d]/g, ''));
          if (!endsWithNoun(text, noun(metric, lang, value))) wrong.push(`years/${year}/ ${metric}: “${text}”`);
        }
      }
      expect(wrong).toEqual([]);
    } finally {
      await close();
    }
  });
});
