/**
 * Words a page breaks in the middle ("mont / h"): run in the browser, it lists every word of the given
 * boxes whose letters sit on more than one line. A word is a run of letters and digits (with the dot or
 * comma inside a number: "80.000", "133,643"), so a line break after "/" or "-" is no broken word.
 */
export interface BrokenWord {
  word: string;
  /** The box's text, shortened, to find it on the page. */
  context: string;
}

/** The selectors of what the site lays out as cards on a phone. */
export const CARD_SELECTORS = [
  '.card',
  '.stats > li',
  '.entry-list > li',
  '.award-list > li',
  '.figures li',
  '.chips li',
  'table.stack > tbody > tr',
  '.choropleth-legend li',
];

/** Passed to page.evaluate: the broken words inside every element matching `selectors`. */
export function brokenWordsIn(selectors: string[]): BrokenWord[] {
  const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,’'][\p{L}\p{M}\p{N}]+)*/gu;
  const out: BrokenWord[] = [];
  const seen = new Set<Node>();
  for (const box of document.querySelectorAll<HTMLElement>(selectors.join(','))) {
    if (box.getClientRects().length === 0) continue;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (seen.has(node)) continue;
      seen.add(node);
      const text = node.nodeValue ?? '';
      for (const m of text.matchAll(WORD)) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1)
          out.push({ word: m[0], context: (box.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 90) });
      }
    }
  }
  return out;
}
