/**
 * The year digest printed (or saved as PDF) from the browser, emulated at the width of A4's content box
 * (print.css margins): no site navigation, header or footer; no table, nor anything else, wider than
 * the page (Chromium would shrink the whole PDF to fit); every column heading printed as text (a sort
 * button's label does not repeat on the next page); headings and captions never left at a page's
 * foot; and every chart printed: drawn before printing (as the page does on `beforeprint`) and shown.
 * Every year page is checked.
 */
import { describe, expect, it } from 'vitest';
import { openPage, site } from './support/browser.ts';
import { fullYearResults, publishedEntries } from './support/content.ts';

/** A4 is 210 mm wide; print.css sets 14 mm side margins: 182 mm at 96 px per inch. */
const CONTENT_WIDTH_PX = Math.floor((182 / 25.4) * 96);

const years = [
  ...new Set([...publishedEntries().map((e) => e.data.reportYear), ...fullYearResults().map((r) => r.year)]),
].sort();

describe('printed year digest', () => {
  it.each(['vi', 'en'] as const)(
    '%s: every year prints without navigation, within the page, with its column headings',
    async (lang) => {
      expect(years.length).toBeGreaterThan(0);
      const prefix = lang === 'en' ? 'en/' : '';
      const { page, problems, close } = await openPage(`${prefix}years/${years[0]}/`, {
        viewport: { width: CONTENT_WIDTH_PX, height: 1000 },
      });
      const failures: string[] = [];
      let tables = 0;
      try {
        for (const year of years) {
          await page.goto(new URL(`${prefix}years/${year}/`, site().url).href, { waitUntil: 'load' });
          // The sort buttons exist (the script ran) before the page is printed, as when a reader prints it.
          await page.emulateMedia({ media: 'print' });
          // A browser fires beforeprint before printing: every chart must then be drawn, scrolled to or not.
          await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
          await page.waitForFunction(() =>
            [...document.querySelectorAll('digest-chart')].every((el) => el.hasAttribute('data-drawn')),
          );
          const report = await page.evaluate((width) => {
            const shown = (el: Element) => {
              const style = getComputedStyle(el);
              const box = el.getBoundingClientRect();
              return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
            };
            const problems: string[] = [];
            // A list of in-page anchors (a table of contents) is part of a printed document; links elsewhere are not.
            for (const el of document.querySelectorAll('nav, header, footer, [role="navigation"]')) {
              if (!shown(el)) continue;
              const chrome =
                el.tagName === 'NAV'
                  ? [...el.querySelectorAll('a')].some((a) => !a.getAttribute('href')?.startsWith('#'))
                  : el.closest('main') === null;
              if (chrome) problems.push(`navigation printed: ${el.tagName.toLowerCase()}.${el.className}`);
            }
            const pageWidth = document.scrollingElement!.scrollWidth;
            if (pageWidth > width) {
              const widest = [...document.querySelectorAll('main *')].find(
                (el) => el.getBoundingClientRect().right > width + 0.5,
              );
              problems.push(
                `the document is ${pageWidth} px wide (${widest ? `${widest.tagName.toLowerCase()}.${widest.className}` : '?'})`,
              );
            }
            const tables = [...document.querySelectorAll('table')].filter(shown);
            for (const table of tables) {
              const box = table.getBoundingClientRect();
              const name = table.caption?.textContent?.trim() ?? table.outerHTML.slice(0, 60);
              if (box.right > width + 0.5 || box.left < -0.5)
                problems.push(`${name}: spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
              for (let el: HTMLElement | null = table.parentElement; el; el = el.parentElement) {
                if (getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
                  problems.push(`${name}: clipped by ${el.tagName}.${el.className}`);
              }
              for (const th of table.querySelectorAll<HTMLElement>('thead th')) {
                const before = getComputedStyle(th, '::before').content;
                const label =
                  th.innerText.trim() ||
                  (before && before !== 'none' && before !== 'normal' ? before.replace(/^"|"$/g, '') : '');
                if (!label) problems.push(`${name}: a column heading prints empty`);
                if ([...th.querySelectorAll('button')].some(shown))
                  problems.push(`${name}: heading “${label}” prints as a button`);
              }
            }
            for (const el of document.querySelectorAll('main h2, main h3, main caption, main figcaption')) {
              if (shown(el) && getComputedStyle(el).breakAfter !== 'avoid')
                problems.push(`${el.tagName.toLowerCase()} “${el.textContent?.trim().slice(0, 30)}” may end a page`);
            }
            for (const figure of document.querySelectorAll('figure.chart')) {
              const canvas = figure.querySelector('canvas');
              if (!canvas || !shown(canvas) || canvas.width === 0)
                problems.push(`chart “${figure.querySelector('figcaption')?.textContent?.trim()}” does not print`);
            }
            return { problems, tables: tables.length };
          }, CONTENT_WIDTH_PX);
          tables += report.tables;
          for (const p of report.problems) failures.push(`${year}: ${p}`);
        }
        expect(tables, 'tables printed').toBeGreaterThan(0);
        expect(failures).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
