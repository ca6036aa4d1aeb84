/**
 * Sentences and clauses of Vietnamese news prose, with their offsets in the paragraph.
 *
 * A full stop ends a sentence when a space and a capital, a digit or an opening quote follow; not
 * inside numbers ("2.200"), dates ("19.1") or abbreviations ("TP. Hồ Chí Minh", "Th.S", "v.v.").
 */

import { memoByString } from '../text/memo.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = /(?:^|[\s(])(?:tp|tx|tt|ths|ts|pgs|gs|bs|ks|th\.s|v\.v|p|q|đ\/c|ô|b|st|nxb|cty|tcty)\.$/iu;

/** The sentences of a paragraph (remembered: several extractors ask for the same paragraph). */
export const splitSentences = memoByString(splitSentencesOnce);

function splitSentencesOnce(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /([.!?…]+)(["”'’)]*)(\s+)(?=["“'‘(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const endOfMark = m.index + m[1]!.length + m[2]!.length;
    const before = text.slice(Math.max(start, m.index - 8), m.index + 1);
    if (m[1] === '.' && ABBREVIATIONS.test(before)) continue;
    out.push(span(text, start, endOfMark));
    start = endOfMark + m[3]!.length;
  }
  if (start < text.length) out.push(span(text, start, text.length));
  return out.filter((s) => s.text.length > 0);
}

function span(text: string, start: number, end: number): Span {
  // Trim without losing offsets.
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start, end, text: text.slice(start, end) };
}
