/**
 * axe finds no serious or critical violation on one page of each type, in both languages; and at a
 * 360 px wide viewport no page scrolls sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { inLang, pagesOfEachType, type Lang } from './support/page-types.ts';

const LANGS: Lang[] = ['vi', 'en'];
const cases = LANGS.flatMap((lang) => pagesOfEachType().map((p) => [lang, p.type, p] as const));

describe('accessibility (axe)', () => {
  it.each(cases)('%s %s page has no serious or critical violation', async (lang, _type, pageOfType) => {
    const { page, close } = await openPage(inLang(lang, pageOfType.path), { status: pageOfType.status });
    try {
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(serious).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('phones (360 px wide)', () => {
  it.each(cases)('%s %s page does not scroll sideways', async (lang, _type, pageOfType) => {
    const { page, close } = await openPage(inLang(lang, pageOfType.path), { status: pageOfType.status, viewport: { width: 360, height: 740 } });
    try {
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
    } finally {
      await close();
    }
  });
});
