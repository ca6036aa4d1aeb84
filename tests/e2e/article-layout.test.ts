/**
 * The article page's two columns. On a desktop (1280 px) the figures sit beside the text and scroll with
 * the page: no box scrolls on its own (a sticky box as tall as the window once hid the awards and people
 * below its fold), and every figure, award and person can be scrolled to. On a phone (360 px) the key
 * figures come before the text, and the awards and people after it. Every article, both languages.
 */
import { describe, expect, it } from 'vitest';
import { openPage, site } from './support/browser.ts';
import { publishedEntries } from './support/content.ts';
import { inLang, type Lang } from './support/page-types.ts';

interface Layout {
  text: DOMRect | null;
  key: DOMRect | null;
  more: DOMRect | null;
  /** Figures' boxes that scroll on their own or stick. */
  ownScroll: string[];
  /** Items of the figures column that scrolling the page does not bring into the window. */
  unreachable: string[];
}

/** Run in the page: where the text and the two figure boxes are, and what in them cannot be reached. */
async function measure(): Promise<Layout> {
  const rect = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().toJSON() ?? null;
  const ownScroll: string[] = [];
  const unreachable: string[] = [];
  for (const box of document.querySelectorAll<HTMLElement>('.figures')) {
    const style = getComputedStyle(box);
    if (style.position === 'sticky' || style.position === 'fixed')
      ownScroll.push(`${box.className}: ${style.position}`);
    if (/(auto|scroll|hidden)/.test(style.overflowY) && box.scrollHeight > box.clientHeight + 1)
      ownScroll.push(`${box.className}: scrolls ${box.scrollHeight} px in ${box.clientHeight} px`);
    for (const item of box.querySelectorAll<HTMLElement>('li')) {
      item.scrollIntoView({ block: 'center' });
      const r = item.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= window.innerHeight || r.height === 0)
        unreachable.push((item.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60));
    }
  }
  window.scrollTo(0, 0);
  return {
    text: rect('.article-text'),
    key: rect('.figures-key'),
    more: rect('.figures-more'),
    ownScroll,
    unreachable,
  };
}

const cases = [
  ['vi', 1280],
  ['en', 1280],
  ['vi', 360],
  ['en', 360],
] as [Lang, number][];

describe.each(cases)('article layout (%s, %i px)', (lang, width) => {
  it(
    width >= 1000
      ? 'figures beside the text, scrolling with the page, every item reachable'
      : 'key figures before the text, awards and people after it',
    async () => {
      const entries = publishedEntries();
      expect(entries.length).toBeGreaterThan(0);
      const { page, close } = await openPage(inLang(lang, ''), { viewport: { width, height: 800 } });
      const wrong: string[] = [];
      let withMore = 0;
      try {
        for (const e of entries) {
          const path = inLang(lang, `articles/${e.id}/`);
          await page.goto(new URL(path, site().url).href);
          const l = await page.evaluate(measure);
          if (!l.text || !l.key) {
            wrong.push(`${path}: text or key figures missing`);
            continue;
          }
          if (l.more) withMore += 1;
          for (const s of l.ownScroll) wrong.push(`${path}: ${s}`);
          for (const u of l.unreachable) wrong.push(`${path}: cannot scroll to “${u}”`);
          if (width >= 1000) {
            if (l.key.left < l.text.right) wrong.push(`${path}: key figures not beside the text`);
            if (l.more && (l.more.left < l.text.right || l.more.top < l.key.bottom))
              wrong.push(`${path}: awards and people not under the key figures beside the text`);
          } else {
            if (l.key.bottom > l.text.top) wrong.push(`${path}: key figures after the start of the text`);
            if (l.more && l.more.top < l.text.bottom)
              wrong.push(`${path}: awards and people before the end of the text`);
          }
        }
        expect(withMore, 'articles with awards or people').toBeGreaterThan(0);
        expect(wrong).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
