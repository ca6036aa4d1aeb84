/**
 * Mark the phrases figures were read from in an article's rendered HTML, so each figure can link to its
 * exact words: `<mark id="q-kpis-0">tổng doanh thu đạt trên 101 tỷ đồng</mark>`.
 *
 * Work is done on the HTML tree (hast), never on the string, so tags and entities cannot be cut. A phrase
 * is looked for inside one block (paragraph, list item, cell…), across inline elements: when it spans
 * `<em>` or a link, each text piece gets its own <mark> and the first carries the id. Matching forgives
 * what the Markdown renderer changes: smart quotes and dashes, "…", runs of spaces, and letter case.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Parent, Root, Text } from 'hast';

export interface Quote {
  /** The id the first <mark> gets; figures link to `#${id}`. */
  id: string;
  text: string;
}

export interface HighlightResult {
  html: string;
  /** For every quote found: the id of the mark that shows it (quotes with the same words share one). */
  marks: Map<string, string>;
}

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'pre', 'caption']);
const SKIP = new Set(['script', 'style', 'template']);

/** How one character reads for matching; may be empty (a space after a space) or several ("…" → "..."). */
function foldChar(ch: string, previous: string): string {
  if (/\s/.test(ch)) return previous === ' ' || previous === '' ? '' : ' ';
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u201A':
      return "'";
    case '\u201C':
    case '\u201D':
    case '\u201E':
      return '"';
    case '\u2013':
    case '\u2014':
    case '\u2212':
      return '-';
    case '\u2026':
      return '...';
    default:
      return ch.toLowerCase();
  }
}

/** The folded string of a text; `origin[i]` is the offset in the text of folded character i. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let previous = '';
  const chars = Array.from(text.normalize('NFC'));
  let offset = 0;
  for (const ch of chars) {
    const out = foldChar(ch, previous);
    for (const c of out) {
      folded += c;
      origin.push(offset);
    }
    if (out) previous = out[out.length - 1]!;
    offset += ch.length;
  }
  return { folded, origin };
}

const foldQuote = (text: string): string => fold(text).folded.trim();

interface Piece {
  node: Text;
  parent: Parent;
  start: number;
}

/** Text pieces grouped by their nearest block ancestor, in document order. */
function blocks(root: Root): Piece[][] {
  const groups: Piece[][] = [];
  const walk = (parent: Parent, group: Piece[]): void => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        const last = group[group.length - 1];
        group.push({ node: child, parent, start: last ? last.start + last.node.value.length : 0 });
      } else if (child.type === 'element' && !SKIP.has(child.tagName)) {
        if (BLOCKS.has(child.tagName)) {
          const inner: Piece[] = [];
          groups.push(inner);
          walk(child, inner);
        } else {
          walk(child, group);
        }
      }
    }
  };
  const top: Piece[] = [];
  groups.push(top);
  walk(root, top);
  return groups.filter((g) => g.length > 0);
}

const mark = (value: string, id: string | undefined): Element => ({
  type: 'element',
  tagName: 'mark',
  properties: id ? { id, className: ['quote'] } : { className: ['quote'] },
  children: [{ type: 'text', value }],
});

/** Wrap [start, end) of a block's text (offsets into its joined text) in marks. */
function wrap(group: Piece[], start: number, end: number, id: string): void {
  let first = true;
  for (const piece of group) {
    const from = Math.max(start, piece.start);
    const to = Math.min(end, piece.start + piece.node.value.length);
    if (from >= to) continue;
    const value = piece.node.value;
    const a = from - piece.start;
    const b = to - piece.start;
    const replacement: ElementContent[] = [];
    if (a > 0) replacement.push({ type: 'text', value: value.slice(0, a) });
    replacement.push(mark(value.slice(a, b), first ? id : undefined));
    if (b < value.length) replacement.push({ type: 'text', value: value.slice(b) });
    const at = piece.parent.children.indexOf(piece.node);
    piece.parent.children.splice(at, 1, ...(replacement as Parent['children']));
    first = false;
  }
}

function findAndWrap(root: Root, needle: string, id: string): boolean {
  for (const group of blocks(root)) {
    const joined = group.map((p) => p.node.value).join('');
    const { folded, origin } = fold(joined);
    const at = folded.indexOf(needle);
    if (at < 0) continue;
    const start = origin[at]!;
    const lastChar = origin[at + needle.length - 1]!;
    // The end is after the whole original character (a surrogate pair or "…" folds to several).
    const end = lastChar + (joined.codePointAt(lastChar)! > 0xffff ? 2 : 1);
    wrap(group, start, end, id);
    return true;
  }
  return false;
}

/**
 * Highlight each quote's first occurrence. Longer quotes go first, so a short phrase inside a longer one
 * nests inside its mark instead of splitting it.
 */
export function highlightQuotes(html: string, quotes: readonly Quote[]): HighlightResult {
  const marks = new Map<string, string>();
  if (quotes.length === 0) return { html, marks };
  const root = fromHtml(html, { fragment: true });
  const byText = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = foldQuote(q.text);
    if (!key) continue;
    const list = byText.get(key);
    if (list) list.push(q);
    else byText.set(key, [q]);
  }
  const ordered = [...byText.entries()].sort((a, b) => b[0].length - a[0].length);
  for (const [needle, list] of ordered) {
    const id = list[0]!.id;
    if (!findAndWrap(root, needle, id)) continue;
    for (const q of list) marks.set(q.id, id);
  }
  return { html: toHtml(root), marks };
}
