/**
 * Every page type loads, in both languages and at both deploy bases, with no console error, no
 * uncaught exception and no failed request; and it can be read without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { inLang, pagesOfEachType, type Lang } from './support/page-types.ts';

const LANGS: Lang[] = ['vi', 'en'];

describe.each(['root', 'digest'] as const)('built at %s', (siteName) => {
  describe.each(LANGS)('%s', (lang) => {
    it.each(pagesOfEachType().map((p) => [p.type, p] as const))('%s page loads cleanly', async (_type, pageOfType) => {
      const { page, response, problems, close } = await openPage(inLang(lang, pageOfType.path), { site: siteName, status: pageOfType.status });
      try {
        expect(response?.status()).toBe(pageOfType.status);
        await page.waitForLoadState('networkidle');
        expect(problems).toEqual([]);
        expect(await page.locator('h1').count()).toBe(1);
        if (pageOfType.type !== 'not-found') {
          expect(await page.getAttribute('html', 'lang')).toMatch(lang === 'vi' ? /^vi/ : /^en/);
        }
      } finally {
        await close();
      }
    });
  });
});

describe.each(LANGS)('without JavaScript (%s)', (lang) => {
  it.each(pagesOfEachType().map((p) => [p.type, p] as const))('%s page shows its heading and content', async (_type, pageOfType) => {
    const { page, response, close } = await openPage(inLang(lang, pageOfType.path), { javaScriptEnabled: false, status: pageOfType.status });
    try {
      expect(response?.status()).toBe(pageOfType.status);
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length).toBeGreaterThan(20);
    } finally {
      await close();
    }
  });
});
