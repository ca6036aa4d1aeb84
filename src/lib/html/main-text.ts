/**
 * The article's own text on a page: Mozilla's Readability (Firefox's Reader View) finds it and leaves
 * out menus, lists of related links, share bars, comment boxes and footers; here its result becomes
 * plain text as a reader sees it: one paragraph a block, photo captions kept as their own lines,
 * hidden elements, scripts and images' alt text left out.
 */
import { Readability } from '@mozilla/readability';

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  ...'address article aside blockquote caption center dd details div dl dt'.split(' '),
  ...'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main'.split(' '),
  ...'nav ol p pre section summary table tbody thead tfoot tr ul'.split(' '),
]);
/** Elements whose content a reader never sees as text. */
const UNSEEN = new Set('script style noscript template iframe object svg math button select'.split(' '));

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The text of an element as lines of paragraphs, separated by blank lines. */
export function elementText(root: Element): string {
  const paragraphs: string[] = [];
  let line = '';
  const flush = (): void => {
    // White space as a browser lays it out (spaces, tabs and line breaks of the source are one space).
    const text = line.replace(/[ \t\n\r\f]+/gu, ' ').trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.localName;
    if (UNSEEN.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') return flush();
    // Table cells side by side on one line.
    if ((tag === 'td' || tag === 'th') && line.trim()) line += ' ';
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of el.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

export interface MainText {
  text: string;
  /** Readability's byline, when it found one in the page (an author's name). */
  byline: string | null;
}

/** Fewer characters than this is not an article (a list page, an error page, a photo with a caption). */
export const MIN_ARTICLE_CHARS = 200;

/** A text with more of its letters in links than this is a list of links. */
const MAX_LINK_DENSITY = 0.5;

/**
 * The main text of a parsed page, or null when the page has no article text. Readability changes the
 * document it reads: read the metadata first.
 */
export function readMainText(doc: Document): MainText | null {
  const result = new Readability<Element>(doc, {
    // The element itself, walked here, rather than its HTML.
    serializer: (node) => node as Element,
    // Vietnamese news items run from 800 characters up; a short one is still an article.
    charThreshold: 400,
  }).parse();
  if (!result?.content) return null;
  const text = elementText(result.content);
  if (text.length < MIN_ARTICLE_CHARS) return null;
  // Mostly links: a list of articles (a section page), not one.
  const linked = [...result.content.querySelectorAll('a')].reduce(
    (n, a) => n + (a.textContent ?? '').replace(/\s+/gu, '').length,
    0,
  );
  if (linked > text.replace(/\s+/gu, '').length * MAX_LINK_DENSITY) return null;
  return { text, byline: result.byline?.trim() || null };
}
