/**
 * One page of each type, in both languages, on a 360 px wide phone: axe finds no serious or critical
 * violation, and the page does not scroll sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { inLang, pagesOfEachType, type Lang } from './support/page-types.ts';

const LANGS: Lang[] = ['vi', 'en'];
const cases = LANGS.flatMap((lang) => pagesOfEachType().map((p) => [lang, p.type, p] as const));

describe('accessibility and phones', () => {
  it.each(cases)(
    '%s %s page: no serious or critical axe violation, no sideways scroll at 360 px',
    async (lang, _type, pageOfType) => {
      const { page, response, close } = await openPage(inLang(lang, pageOfType.path), {
        status: pageOfType.status,
        viewport: { width: 360, height: 740 },
      });
      try {
        expect(response?.status()).toBe(pageOfType.status);
        await page.waitForLoadState('networkidle');
        const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        expect.soft(width, 'page width at a 360 px viewport').toBeLessThanOrEqual(360);
        const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.impact} ${v.id}: ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
        expect.soft(serious).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
