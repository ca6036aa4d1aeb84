/**
 * Every page type loads, in both languages and at both deploy bases, with no console error, no
 * uncaught exception and no failed request; and it can be read without JavaScript.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { openPage, site } from './support/browser.ts';
import { publishedEntries } from './support/content.ts';
import { inLang, pagesOfEachType, type Lang } from './support/page-types.ts';

const LANGS: Lang[] = ['vi', 'en'];

describe.each(['root', 'digest'] as const)('built at %s', (siteName) => {
  describe.each(LANGS)('%s', (lang) => {
    it.each(pagesOfEachType().map((p) => [p.type, p] as const))('%s page loads cleanly', async (_type, pageOfType) => {
      const { page, response, problems, close } = await openPage(inLang(lang, pageOfType.path), {
        site: siteName,
        status: pageOfType.status,
      });
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
  it.each(pagesOfEachType().map((p) => [p.type, p] as const))(
    '%s page shows its heading and content',
    async (_type, pageOfType) => {
      const { page, response, close } = await openPage(inLang(lang, pageOfType.path), {
        javaScriptEnabled: false,
        status: pageOfType.status,
      });
      try {
        expect(response?.status()).toBe(pageOfType.status);
        expect(await page.locator('h1').first().isVisible()).toBe(true);
        const text = (await page.locator('main').innerText()).trim();
        expect(text.length).toBeGreaterThan(20);
      } finally {
        await close();
      }
    },
  );
});

describe('article pages', () => {
  it.each(LANGS)('%s: every article says where it came from, or that its source is not recorded', (lang) => {
    const missing: string[] = [];
    for (const { id, data } of publishedEntries()) {
      const html = readFileSync(path.join(site().dir, lang === 'en' ? 'en' : '', 'articles', id, 'index.html'), 'utf8');
      const source = /<section class="source"[\s\S]*?<\/section>/.exec(html)?.[0];
      if (!source) missing.push(`${id}: no source section`);
      else if (
        data.source.url
          ? !source.includes(`href="${data.source.url.replace(/&/g, '&amp;')}"`)
          : !source.includes(ui(lang).article.sourceNotRecorded)
      ) {
        missing.push(
          `${id}: ${data.source.url ? 'no link to the original' : 'does not say the source is not recorded'}`,
        );
      }
    }
    expect(missing).toEqual([]);
  });
});
