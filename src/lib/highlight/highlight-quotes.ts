/**
 * Mark the phrases figures were read from in an article's rendered HTML, so each figure can link to its
 * exact words: `<mark id="q-kpis-0">tổng doanh thu đạt trên 101 tỷ đồng</mark>`.
 *
 * Work is done on the HTML tree (hast), never on the string, so tags and entities cannot be cut. A phrase
 * is looked for inside one block (paragraph, list item, cell…), across inline elements: when it spans
 * `<em>` or a link, each text piece gets its own <mark> and the first carries the id. The matching is
 * `npm run check`'s own (src/lib/text/quote-match.ts), so a quote the check accepts is one the page
 * shows: it forgives case, spaces, typographic quotes and dashes, tone placement, and an elision written
 * "…" (each part of an elided quote gets its own mark).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import { foldText, locateQuote, quoteParts, type Folded } from '../text/quote-match.ts';

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

const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'blockquote',
  'pre',
  'caption',
]);
const SKIP = new Set(['script', 'style', 'template']);

interface Piece {
  node: Text;
  parent: Parent;
  start: number;
}

/** A block (paragraph, list item, cell…) and its text, folded once. */
interface Block extends Folded {
  element: Parent;
}

/** Text pieces of a block in document order, not descending into nested blocks. */
function piecesOf(element: Parent): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  const walk = (parent: Parent): void => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        pieces.push({ node: child, parent, start });
        start += child.value.length;
      } else if (child.type === 'element' && !SKIP.has(child.tagName) && !BLOCKS.has(child.tagName)) {
        walk(child);
      }
    }
  };
  walk(element);
  return pieces;
}

/** Every block with text, the root's own loose text included. */
function blocksOf(root: Root): Block[] {
  const elements: Parent[] = [root];
  const collect = (parent: Parent): void => {
    for (const child of parent.children) {
      if (child.type !== 'element' || SKIP.has(child.tagName)) continue;
      if (BLOCKS.has(child.tagName)) elements.push(child);
      collect(child);
    }
  };
  collect(root);
  return elements.flatMap((element) => {
    const text = piecesOf(element)
      .map((p) => p.node.value)
      .join('');
    if (!text.trim()) return [];
    return [{ element, ...foldText(text) }];
  });
}

const mark = (value: string, id: string | undefined): Element => ({
  type: 'element',
  tagName: 'mark',
  properties: id ? { id, className: ['quote'] } : { className: ['quote'] },
  children: [{ type: 'text', value }],
});

/**
 * Wrap [start, end) of a block's text in marks. The block's text never changes (marks only wrap it),
 * so offsets stay valid; the pieces are read afresh because earlier marks split text nodes.
 */
function wrap(block: Block, start: number, end: number, id: string | undefined): void {
  let first = id !== undefined;
  for (const piece of piecesOf(block.element)) {
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

function findAndWrap(blocks: readonly Block[], quote: string, id: string): boolean {
  const places = locateQuote(blocks, quote);
  if (!places) return false;
  // An elided quote is marked part by part; the first part carries the id the figure links to.
  places.forEach(({ block, span }, i) => wrap(blocks[block]!, span.start, span.end, i === 0 ? id : undefined));
  return true;
}

/**
 * Highlight each quote's first occurrence. Longer quotes go first, so a short phrase inside a longer one
 * nests inside its mark instead of splitting it.
 */
export interface HighlightOptions {
  /**
   * The headline, shown above the text with this id: a quote the text lacks but the headline has (a
   * figure given only in the headline) links to it, as `npm run check` accepts it.
   */
  title?: { text: string; id: string };
}

export function highlightQuotes(
  html: string,
  quotes: readonly Quote[],
  options: HighlightOptions = {},
): HighlightResult {
  const marks = new Map<string, string>();
  if (quotes.length === 0) return { html, marks };
  const root = fromHtml(html, { fragment: true });
  const byText = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = quoteParts(q.text).join(' … ');
    if (!key) continue;
    const list = byText.get(key);
    if (list) list.push(q);
    else byText.set(key, [q]);
  }
  const ordered = [...byText.entries()].sort((a, b) => b[0].length - a[0].length);
  const blocks = blocksOf(root);
  for (const [, list] of ordered) {
    const id = list[0]!.id;
    if (!findAndWrap(blocks, list[0]!.text, id)) continue;
    for (const q of list) marks.set(q.id, id);
  }
  const title = options.title;
  if (title) {
    const headline = [foldText(title.text)];
    for (const q of quotes) if (!marks.has(q.id) && locateQuote(headline, q.text)) marks.set(q.id, title.id);
  }
  return { html: toHtml(root), marks };
}
