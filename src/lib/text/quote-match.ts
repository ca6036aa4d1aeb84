/**
 * Is a figure's quote in the article, and where? One answer for `npm run check` (is the quote really
 * in the text?) and for the article page (which words to highlight), so that the two never disagree.
 *
 * The comparison forgives what a reader would not notice: letter case, runs of spaces (no-break and
 * typographic ones too), typographic quotes and dashes, "…" against "...", decomposed letters (NFD)
 * and where a tone mark sits ("hoà"/"hòa"), sentence punctuation at the quote's ends, and an elision
 * the quoter wrote with "…", "[…]" or "(…)": "tổng doanh thu đạt 280 tỷ đồng … tăng 8%" is found when
 * its parts stand in that order (an elision may skip to a later paragraph). A quote without an elision
 * stands in one block (paragraph, caption, heading, cell). It forgives no other word and no other number.
 */
import { memoByString } from './memo.ts';

/** A text folded for matching, with where each folded character came from. */
export interface Folded {
  text: string;
  folded: string;
  /** `origin[i]`: the offset in `text` of the character folded character i came from. */
  origin: number[];
}

/** A stretch of the original text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

const COMBINING = /[\u0300-\u036f]/;
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
/** A tone written on the first vowel of these pairs reads the same on the second: "hòa" is "hoà". */
const TONE_MOVES: Record<string, string> = { o: 'ae', u: 'y' };

/** How one character (its combining marks already applied) reads for matching. */
function foldChar(ch: string, previousIsSpace: boolean): string {
  const code = ch.charCodeAt(0);
  if (code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000)
    return previousIsSpace ? '' : ' ';
  // Zero-width characters and the byte order mark are invisible.
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff) return '';
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  return foldedLetter(ch);
}

/**
 * Per-character results are remembered (memoByString): a text has few distinct letters, and normalising
 * and lower-casing each character anew was most of the article page's own render time. Pure functions of
 * one character (with its marks), so remembering changes no result.
 */
const foldedLetter = memoByString((ch: string): string => {
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u201A':
    case '\u201B':
      return "'";
    case '\u201C':
    case '\u201D':
    case '\u201E':
    case '\u201F':
    case '\u00AB':
    case '\u00BB':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2015':
    case '\u2212':
      return '-';
    case '\u2026':
      return '...';
    case '\u00D0': // Ð written for Đ
      return '\u0111';
    default:
      return ch.toLocaleLowerCase('vi');
  }
}, 4096);

const decomposed = memoByString((ch: string): string => ch.normalize('NFD'), 4096);
/** A letter and its marks (in a fixed order) composed again: "o" + "\u0300" → "ò". */
const composed = memoByString(
  (cluster: string): string => (cluster[0]! + [...cluster.slice(1)].sort().join('')).normalize('NFC'),
  4096,
);

/** Letters with their combining marks, one per element: ["h", "o", "à"] for both NFC and NFD "hoà". */
function clusters(text: string): { at: number; base: string; marks: string }[] {
  const out: { at: number; base: string; marks: string }[] = [];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (code >= 0x300 && code <= 0x36f && out.length > 0) {
      out[out.length - 1]!.marks += ch;
    } else if (code < 128) {
      out.push({ at: i, base: ch, marks: '' });
    } else {
      const parts = decomposed(ch);
      out.push({ at: i, base: parts[0]!, marks: parts.slice(1) });
    }
    i += width;
  }
  return out;
}

/** Fold a text once; then look for any number of quotes in it. */
export function foldText(text: string): Folded {
  const cs = clusters(text);
  // "hòa" → "hoà": a tone on o (u) before a bare a or e (y) moves to that vowel.
  for (let i = 0; i + 1 < cs.length; i += 1) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    const follow = TONE_MOVES[a.base.toLowerCase()];
    if (!follow || a.marks.length !== 1 || !TONES.has(a.marks) || b.marks !== '') continue;
    if (!follow.includes(b.base.toLowerCase())) continue;
    b.marks = a.marks;
    a.marks = '';
  }
  const parts: string[] = [];
  const origin: number[] = [];
  let previousIsSpace = true; // leading whitespace folds away
  for (const c of cs) {
    const ch = c.marks === '' && c.base.charCodeAt(0) < 128 ? c.base : composed(c.base + c.marks);
    const out = foldChar(ch, previousIsSpace);
    if (!out) continue;
    for (let k = 0; k < out.length; k += 1) origin.push(c.at);
    parts.push(out);
    previousIsSpace = out === ' ';
  }
  return { text, folded: parts.join(''), origin };
}

/** Sentence punctuation at a quote's ends is the quoter's, not the article's. */
const END_PUNCTUATION = /^[\s.,;:!?"'-]+|[\s.,;:!?"'-]+$/g;
/** An elision written inside a quote. */
const ELISION = /\s*(?:\[\.\.\.\]|\(\.\.\.\)|\.\.\.)\s*/;

/** The folded parts of a quote to find in order: one, or several around elisions. */
export function quoteParts(quote: string): string[] {
  const folded = foldText(quote).folded;
  const whole = folded.replace(END_PUNCTUATION, '');
  if (!whole) return [];
  const parts = whole
    .split(ELISION)
    .map((p) => p.replace(END_PUNCTUATION, ''))
    .filter((p) => p.length > 0);
  return parts.length > 1 ? parts : [whole];
}

function spanOf(block: Folded, at: number, length: number): Span {
  const start = block.origin[at]!;
  const last = block.origin[at + length - 1]!;
  // The end is after the whole original character (a surrogate pair, "…", or a letter and its marks).
  let end = last + (block.text.codePointAt(last)! > 0xffff ? 2 : 1);
  while (end < block.text.length && COMBINING.test(block.text[end]!)) end += 1;
  return { start, end };
}

/** Where a part of a quote stands: the block (its index) and the stretch of its text. */
export interface Place {
  block: number;
  span: Span;
}

/**
 * Where a quote stands in a text's blocks: one place, or one per part of an elided quote (in reading
 * order), or null. The whole quote as written is tried first, so a "..." the article itself has is
 * found as it stands.
 */
export function locateQuote(blocks: readonly Folded[], quote: string): Place[] | null {
  const whole = foldText(quote).folded.replace(END_PUNCTUATION, '');
  if (!whole) return null;
  for (let b = 0; b < blocks.length; b += 1) {
    const at = blocks[b]!.folded.indexOf(whole);
    if (at >= 0) return [{ block: b, span: spanOf(blocks[b]!, at, whole.length) }];
  }
  const parts = quoteParts(quote);
  if (parts.length < 2) return null;
  // Each part at its first place after the previous one: if the parts stand in order anywhere, they do so here.
  const places: Place[] = [];
  let block = 0;
  let from = 0;
  for (const part of parts) {
    let found = -1;
    while (block < blocks.length && (found = blocks[block]!.folded.indexOf(part, from)) < 0) {
      block += 1;
      from = 0;
    }
    if (found < 0) return null;
    places.push({ block, span: spanOf(blocks[block]!, found, part.length) });
    from = found + part.length;
  }
  return places;
}

/** Is the quote in the text (its blocks)? */
export function quoteInBlocks(blocks: readonly Folded[], quote: string): boolean {
  return locateQuote(blocks, quote) !== null;
}
