/**
 * The second reader: after extraction, independent checks of every figure and award of an entry
 * against the article's text, each a rule with an id, a reason and examples. It reads only what the
 * entry says (its frontmatter: kpis, targets, awards, with their quotes) and the text, never the first
 * reader's state, so it catches the first reader's mistakes. Each doubt becomes a review warning that
 * quotes the phrase, so `unreviewed` means that no rule has one.
 *
 * Rules by family: quote.ts (the numbers against the quote they were read from), tense.ts (result or target, and for which time), subject.ts (whose figure),
 * arithmetic.ts (numbers of one entry against each other), awards.ts (who may give what by law).
 * Checks across entries are in corpus.ts, for `npm run check`.
 */
import { warning, type Warning } from '../../schema/review.ts';
import { ARITHMETIC_RULES } from './arithmetic.ts';
import { AWARD_RULES } from './awards.ts';
import { QUOTE_RULES } from './quote.ts';
import { SUBJECT_RULES } from './subject.ts';
import { TENSE_RULES } from './tense.ts';
import { ArticleText } from './text.ts';
import type { Finding, ReviewEntry, ReviewRule } from './types.ts';

export type { ReviewEntry, ReviewFigure, ReviewAward, ReviewRule, Finding } from './types.ts';
export { reviewCorpus, type CorpusProblem } from './corpus.ts';

/** Every rule, in the order their warnings are listed. */
export const REVIEW_RULES: readonly ReviewRule[] = [
  ...QUOTE_RULES,
  ...TENSE_RULES,
  ...SUBJECT_RULES,
  ...ARITHMETIC_RULES,
  ...AWARD_RULES,
];

/** What each rule finds in an entry, with the rule's id. */
export function reviewFindings(
  entry: ReviewEntry,
  blocks: readonly string[],
  rules: readonly ReviewRule[] = REVIEW_RULES,
): (Finding & { rule: string })[] {
  const text = new ArticleText(blocks);
  const out: (Finding & { rule: string })[] = [];
  for (const rule of rules) for (const f of rule.check(entry, text)) out.push({ ...f, rule: rule.id });
  return out;
}

/** The review warnings for an entry: one per doubt, on the field it is about, quoting the phrase. */
export function reviewEntry(entry: ReviewEntry, blocks: readonly string[]): Warning[] {
  return reviewFindings(entry, blocks).map((f) => warning(f.field, f.vi, f.en, f.quote));
}

const ITEM_FIELD = /^(kpis|targets|serviceGrowth|awards)\[(\d+)\](?:\.(.+))?$/u;

/**
 * The list item a warning's field names, and the field within it as the item's own warnings write it
 * (the list's name for the item as a whole): `kpis[2].value` → kpis, 2, value; `kpis[2]` → kpis, 2, kpis.
 */
export function itemOf(
  field: string,
): { list: 'kpis' | 'targets' | 'serviceGrowth' | 'awards'; index: number; field: string } | null {
  const m = ITEM_FIELD.exec(field);
  if (!m) return null;
  const list = m[1] as 'kpis' | 'targets' | 'serviceGrowth' | 'awards';
  return { list, index: Number(m[2]), field: m[3] ?? list };
}
