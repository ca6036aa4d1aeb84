/**
 * Every date a page shows is written the one way (src/lib/format/date.ts): "10/01/2025" on Vietnamese
 * pages, "10 January 2025" on English ones. Read from every built page: each <time> says its datetime
 * in the page's language, and no text a reader sees (or a tooltip or label says) is an ISO date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format/date.ts';
import { site } from './support/browser.ts';
import { filesUnder } from './support/built-site.ts';

const ISO_DATE = /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/;
const SHOWN_ATTRIBUTES = ['title', 'ariaLabel', 'alt', 'placeholder'];

const textOf = (node: Root | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** The text a reader gets from a page (no script or style), each <time> with its text, and the attributes shown as text. */
function readPage(html: string) {
  const texts: string[] = [];
  const times: { datetime: string; text: string; lang: string }[] = [];
  const walk = (node: Root | RootContent, lang: string) => {
    if (node.type === 'text') texts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    const el = node as Element;
    if (node.type === 'element' && (el.tagName === 'script' || el.tagName === 'style')) return;
    const here = node.type === 'element' && typeof el.properties.lang === 'string' ? el.properties.lang : lang;
    if (node.type === 'element') {
      for (const a of SHOWN_ATTRIBUTES) if (typeof el.properties[a] === 'string') texts.push(String(el.properties[a]));
      if (el.tagName === 'time' && typeof el.properties.dateTime === 'string')
        times.push({ datetime: el.properties.dateTime, text: textOf(el).trim(), lang: here });
    }
    for (const child of node.children) walk(child, here);
  };
  walk(fromHtml(html), '');
  return { texts, times };
}

describe('dates on every page', () => {
  const { dir } = site();
  const pages = filesUnder(dir, (rel) => rel.endsWith('.html'));

  it('are written the way the page’s language writes dates, never as YYYY-MM-DD', () => {
    expect(pages.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    let times = 0;
    for (const rel of pages) {
      const { texts, times: found } = readPage(readFileSync(path.join(dir, rel), 'utf8'));
      for (const t of texts) {
        const iso = ISO_DATE.exec(t);
        if (iso) wrong.push(`${rel}: “${t.trim().slice(0, 80)}” shows ${iso[0]}`);
      }
      for (const time of found) {
        times += 1;
        const lang = time.lang.startsWith('en') ? 'en' : 'vi';
        const expected = formatDate(time.datetime, lang);
        if (time.text !== expected)
          wrong.push(`${rel}: <time datetime="${time.datetime}"> says “${time.text}”, not “${expected}”`);
      }
    }
    expect(times, 'dates shown in <time>').toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
