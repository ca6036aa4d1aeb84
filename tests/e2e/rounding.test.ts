/**
 * Cards round, the article page does not: a headline card on a province page or on the home page shows
 * an amount to three significant figures (never cutting its whole part), with the exact value as its
 * tooltip; the article page shows every amount as the article gave it, beside its quote.
 */
import { describe, expect, it } from 'vitest';
import { isMoney } from '../../src/lib/format/number.ts';
import { openPage, site } from './support/browser.ts';
import { entriesWithProvince, publishedEntries } from './support/content.ts';
import { inLang, type Lang } from './support/page-types.ts';

const SCALES: Record<string, number> = { tỷ: 1e9, triệu: 1e6, trillion: 1e12, billion: 1e9, million: 1e6 };

/** "trên 133,643 tỷ đồng" → its digits before and after the decimal mark, and the amount in VND. */
function readAmount(text: string, lang: Lang) {
  const [thousands, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const match = /-?\d[\d.,]*/.exec(text);
  if (!match) return null;
  const [whole, fraction = ''] = match[0].split(decimal) as [string, string?];
  const number = Number(`${whole.split(thousands).join('')}.${fraction || '0'}`);
  const word = Object.keys(SCALES).find((w) => new RegExp(`(^|\\s)${w}(\\s|/|$)`, 'u').test(text));
  const scale = word ? SCALES[word]! : 1;
  return {
    wholeDigits: whole.replace(/\D/g, '').length,
    fractionDigits: fraction.length,
    vnd: number * scale,
    /** The value of one unit in the last digit shown. */
    step: scale * 10 ** -fraction.length,
  };
}

describe.each(['vi', 'en'] as Lang[])('amounts (%s)', (lang) => {
  it('on cards have at most three significant figures, the exact value in the tooltip', async () => {
    const provinces = [...new Set(entriesWithProvince().map((e) => e.data.province!))];
    const { page, close } = await openPage(inLang(lang, ''));
    const wrong: string[] = [];
    let roundedSeen = 0;
    try {
      for (const path of ['', ...provinces.map((s) => `provinces/${s}/`)]) {
        await page.goto(new URL(inLang(lang, path), site().url).href);
        const values = await page
          .locator('.card .fig-value')
          .evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', title: el.getAttribute('title') })));
        for (const { text, title } of values) {
          const shown = readAmount(text, lang);
          if (!shown) continue;
          if (shown.fractionDigits > 0 && shown.wholeDigits + shown.fractionDigits > 3)
            wrong.push(`${path}: “${text}” is not rounded`);
          if (title) {
            roundedSeen += 1;
            const exact = readAmount(title, lang);
            // Rounded (up or down, as its hedge needs), the card is within one unit of its last digit.
            if (!exact || Math.abs(exact.vnd - shown.vnd) > shown.step)
              wrong.push(`${path}: “${text}” is not “${title}” rounded`);
          }
        }
      }
      expect(roundedSeen, 'cards whose exact value has more figures than they show').toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    } finally {
      await close();
    }
  });

  it('on the article page are the article’s own, to the last digit', async () => {
    const { page, close } = await openPage(inLang(lang, ''));
    const wrong: string[] = [];
    let checked = 0;
    try {
      for (const e of publishedEntries()) {
        const money = e.data.kpis
          .map((f, index) => ({ f, index }))
          .filter(({ f }) => f.value !== null && isMoney(f.unit));
        if (money.length === 0) continue;
        await page.goto(new URL(inLang(lang, `articles/${e.id}/`), site().url).href);
        for (const { f, index } of money) {
          const text = await page.locator(`#fig-kpis-${index} .fig-value`).innerText();
          const shown = readAmount(text, lang);
          checked += 1;
          // A monthly wage of a yearly metric is shown per year (with a badge saying so), and back.
          const accepted = [f.value!, f.value! * 12, f.value! / 12];
          if (!shown || !accepted.some((v) => Math.abs(shown.vnd - v) <= 1e-6 * Math.abs(v)))
            wrong.push(`articles/${e.id}/ kpis[${index}]: “${text}” for ${f.value}`);
        }
      }
      expect(checked).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    } finally {
      await close();
    }
  });
});
