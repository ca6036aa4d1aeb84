/**
 * The article as the second reader sees it: blocks of text where a figure's quote is found again, and
 * the sentence, the clause and the subject around its amount. Pure structure, no words: the rules
 * bring their words from the lexicon.
 */
import { lowerKeepLength, scanQuantities, type Quantity } from '../../vi-number.ts';
import { countBelow } from '../positions.ts';

/** A phrase found in the article: the block, and its offsets in that block's text. */
export interface Located {
  block: number;
  start: number;
  end: number;
}

/** Where an amount of a figure is, with the spans the rules look at (offsets in the block). */
export interface AmountSpan extends Located {
  /** The quantity read at the amount. */
  quantity: Quantity;
  /** Start of the sentence holding it. */
  sentenceStart: number;
  /** Start of its clause: after the last ";" of the sentence before it. */
  clauseStart: number;
  /**
   * Start of its subject: the clause start, or after the comma that follows the amount before it in
   * the clause ("Tổng doanh thu đạt 287 tỷ đồng, nộp ngân sách 9,2 tỷ đồng": the second subject starts
   * at "nộp").
   */
  subjectStart: number;
}

/** "…" (or "...") joins the parts of a quote taken from different places. */
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/u;
/** A sentence ends at ".", "!" or "?" before white space and a capital, a digit or an opening quote. */
const SENTENCE_END = /[.!?](?=\s+["“(]?[\p{Lu}\d])/gu;
/** A word of one to three letters starting with a capital before a dot is an abbreviation ("TP.", "ThS."). */
const ABBREVIATION = /(?:^|[^\p{L}])\p{Lu}\p{L}{0,2}$/u;
const YEAR_LIKE = /^(?:19|20)\d\d$/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, (c) => `\\${c}`);

export class ArticleText {
  readonly #lower: string[];
  readonly #quantities = new Map<number, Quantity[]>();
  readonly #ends = new Map<number, number[]>();
  /** By quote: several rules locate the same figures' quotes. */
  readonly #parts = new Map<string, { part: string; at: Located | null }[]>();
  /** By value, then by quote: the rules ask for the same figures' amounts one after another. */
  readonly #amounts = new Map<number | null, Map<string, { part: string; span: AmountSpan }[]>>();
  /** By function, then by what it was computed from: see `once`. */
  readonly #once = new Map<(key: never, text: ArticleText) => unknown, Map<unknown, unknown>>();

  readonly blocks: readonly string[];

  constructor(blocks: readonly string[]) {
    this.blocks = blocks;
    this.#lower = blocks.map(lowerKeepLength);
  }

  /** The block's text in lower case, offsets kept. */
  lower(block: number): string {
    return this.#lower[block] ?? '';
  }

  /** The first place the phrase is written, exactly or with other white space. */
  locate(phrase: string): Located | null {
    const p = phrase.trim();
    if (p === '') return null;
    for (let block = 0; block < this.blocks.length; block += 1) {
      const at = this.blocks[block]!.indexOf(p);
      if (at >= 0) return { block, start: at, end: at + p.length };
    }
    const loose = new RegExp(p.split(/\s+/u).map(escape).join('\\s+'), 'u');
    for (let block = 0; block < this.blocks.length; block += 1) {
      const m = loose.exec(this.blocks[block]!);
      if (m) return { block, start: m.index, end: m.index + m[0].length };
    }
    return null;
  }

  /** The quote's parts ("A … B" is two) and where each is. */
  parts(quote: string): { part: string; at: Located | null }[] {
    let out = this.#parts.get(quote);
    if (!out) {
      // Most quotes are one part: the split, a regex, only runs on a quote that has an ellipsis.
      const parts = quote.includes('…') || quote.includes('...') ? quote.split(ELLIPSIS) : [quote];
      out = parts.filter((p) => p.trim() !== '').map((part) => ({ part, at: this.locate(part) }));
      this.#parts.set(quote, out);
    }
    return out;
  }

  /** Numbers of a block that can be amounts (years are left out). */
  quantities(block: number): Quantity[] {
    let list = this.#quantities.get(block);
    if (!list) {
      list = scanQuantities(this.lower(block)).filter((q) => !(q.kind === 'plain' && YEAR_LIKE.test(q.raw)));
      this.#quantities.set(block, list);
    }
    return list;
  }

  /** Where the block's sentences end: the offsets of their final marks, in order (found once per block). */
  #sentenceEnds(block: number): number[] {
    let ends = this.#ends.get(block);
    if (!ends) {
      const text = this.blocks[block] ?? '';
      ends = [];
      for (const m of text.matchAll(SENTENCE_END)) {
        if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
        ends.push(m.index);
      }
      this.#ends.set(block, ends);
    }
    return ends;
  }

  /** Start of the sentence holding offset `at` of a block. */
  sentenceStart(block: number, at: number): number {
    const text = this.blocks[block] ?? '';
    const ends = this.#sentenceEnds(block);
    const before = countBelow(ends, at);
    const start = before > 0 ? ends[before - 1]! + 1 : 0;
    return start + (text.slice(start).length - text.slice(start).trimStart().length);
  }

  /** End of the sentence holding offset `at` of a block (the offset of its final mark, or the block's end). */
  sentenceEnd(block: number, at: number): number {
    const ends = this.#sentenceEnds(block);
    const from = countBelow(ends, at);
    return from < ends.length ? ends[from]! : (this.blocks[block] ?? '').length;
  }

  /**
   * Where the figure's amount is in a located part of its quote: the quantity whose value is the
   * figure's (or, with `value` null, the first percentage), with its sentence, clause and subject.
   */
  amount(at: Located, value: number | null): AmountSpan | null {
    const all = this.quantities(at.block);
    const inside = all.filter((q) => q.start >= at.start && q.end <= at.end + 1);
    const same = (x: number | undefined): boolean =>
      x !== undefined && value !== null && Math.abs(x - value) <= Math.max(1e-6, Math.abs(value) * 1e-6);
    const q =
      (value !== null ? inside.find((x) => same(x.value) || same(x.alternative)) : undefined) ??
      inside.find((x) => (value === null ? x.kind === 'percent' : x.kind !== 'percent')) ??
      inside[0];
    if (!q) return null;
    const text = this.blocks[at.block]!;
    const sentenceStart = this.sentenceStart(at.block, q.start);
    const semicolon = text.lastIndexOf(';', q.start);
    const clauseStart = semicolon >= sentenceStart ? semicolon + 1 : sentenceStart;
    const before = all.filter((x) => x.end <= q.start && x.start >= clauseStart).at(-1);
    let subjectStart = clauseStart;
    if (before) {
      const comma = text.indexOf(',', before.end);
      subjectStart = comma >= 0 && comma < q.start ? comma + 1 : before.end;
    }
    return { ...at, quantity: q, sentenceStart, clauseStart, subjectStart };
  }

  /** Each located part of a figure's quote with its amount. */
  amounts(quote: string, value: number | null): { part: string; span: AmountSpan }[] {
    let byQuote = this.#amounts.get(value);
    if (!byQuote) {
      byQuote = new Map();
      this.#amounts.set(value, byQuote);
    }
    let out = byQuote.get(quote);
    if (!out) {
      out = [];
      for (const { part, at } of this.parts(quote)) {
        const span = at ? this.amount(at, value) : null;
        if (span) out.push({ part, span });
      }
      byQuote.set(quote, out);
    }
    return out;
  }

  /**
   * `compute(key, this)`, computed once. One ArticleText serves one review (reviewFindings makes one
   * per entry), and several rules read the same figure's numbers or subjects: the first computes them,
   * the others find them here. `compute` must depend on nothing but its key and the text, and the key
   * (a figure, an entry, a quote) is only read during the review.
   */
  once<K, T>(compute: (key: K, text: ArticleText) => T, key: K): T {
    let byKey = this.#once.get(compute);
    if (!byKey) {
      byKey = new Map();
      this.#once.set(compute, byKey);
    }
    if (byKey.has(key)) return byKey.get(key) as T;
    const value = compute(key, this);
    byKey.set(key, value);
    return value;
  }

  /** Lower-case text of a block between two offsets. */
  slice(block: number, from: number, to: number): string {
    return this.lower(block).slice(from, to);
  }

  /** Original text of a block between two offsets, trimmed. */
  original(block: number, from: number, to: number): string {
    return (this.blocks[block] ?? '').slice(from, to).trim();
  }
}
