/**
 * The year digest printed (or saved as PDF) from the browser: no site navigation, header or footer, and
 * no table wider than the printed page's content box (A4 with the site's @page margins).
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { newest } from './support/page-types.ts';

/** A4 is 210 mm wide; print.css sets 14 mm side margins: 182 mm at 96 px per inch. */
const CONTENT_WIDTH_PX = Math.floor((182 / 25.4) * 96);

describe('printed year digest', () => {
  it.each(['vi', 'en'] as const)('%s: no navigation, no cut-off table', async (lang) => {
    const { year } = newest();
    const { page, problems, close } = await openPage(`${lang === 'en' ? 'en/' : ''}years/${year}/`, {
      viewport: { width: CONTENT_WIDTH_PX, height: 1000 },
    });
    try {
      await page.emulateMedia({ media: 'print' });
      const report = await page.evaluate((width) => {
        const shown = (el: Element) => {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
        };
        // A list of in-page anchors (a table of contents) is part of a printed document; links elsewhere are not.
        const navigation = [...document.querySelectorAll('nav, header, footer, [role="navigation"]')].filter((el) => {
          if (!shown(el)) return false;
          if (el.tagName === 'NAV') return [...el.querySelectorAll('a')].some((a) => !a.getAttribute('href')?.startsWith('#'));
          return el.closest('main') === null;
        });
        const tables = [...document.querySelectorAll('table')].filter(shown);
        const cut: string[] = [];
        for (const table of tables) {
          const box = table.getBoundingClientRect();
          const name = table.caption?.textContent?.trim() ?? table.outerHTML.slice(0, 60);
          if (box.right > width + 0.5 || box.left < -0.5) cut.push(`${name}: spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
          for (let el: HTMLElement | null = table.parentElement; el; el = el.parentElement) {
            const overflow = getComputedStyle(el).overflowX;
            if (overflow !== 'visible' && el.scrollWidth > el.clientWidth + 1) cut.push(`${name}: clipped by ${el.tagName}.${el.className} (${el.scrollWidth} > ${el.clientWidth})`);
          }
        }
        return {
          navigation: navigation.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
          tables: tables.length,
          cut,
          pageWidth: document.scrollingElement!.scrollWidth,
        };
      }, CONTENT_WIDTH_PX);
      expect(report.navigation).toEqual([]);
      expect(report.tables).toBeGreaterThan(0);
      expect(report.cut).toEqual([]);
      expect(report.pageWidth).toBeLessThanOrEqual(CONTENT_WIDTH_PX);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
