/**
 * Result or target, and for which year. A figure is a target when a word that sets one stands before it in
 * its clause ("kế hoạch năm 2024 là 275 tỷ đồng", "phấn đấu đạt 170 tỷ đồng") or when its time is ahead
 * ("năm 2024", "năm tới"); otherwise it reports what was done.
 *
 * The words come in two strengths. Strong ones set a target whatever year it is for ("chỉ tiêu doanh thu
 * được giao là 300 tỷ đồng"); weak ones say intent ("phấn đấu", "dự kiến"), which in a sentence about the
 * reported year is past effort ("Năm 2022, đơn vị phấn đấu và đạt …"). A verb of attainment before a plan
 * word makes it what was reached ("hoàn thành vượt mức các chỉ tiêu kế hoạch"), unless a purpose comes
 * first ("để hoàn thành kế hoạch …" is still ahead); "đã" before an intent word makes it past.
 */
import type { FigureContext } from '../figure-types.ts';
import type { Frame } from '../figure-time.ts';
import { PERCENT_HEDGE } from '../lexicon/hedges.ts';
import { anyOf, opt, pattern, regex, seq, word, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import { GOAL, INDICATOR, INTENT, PLAN, PURPOSE, RESULT_NOUN } from '../lexicon/plan.ts';
import { ALL, ATTAIN, DONE, EFFORT, MANNER, PAST } from '../lexicon/results.ts';

const COPULA = anyOf('là', 'với');
const GIVEN = seq(opt('được'), 'giao');

/** Words that set a target whatever its year. */
export const STRONG_TARGET = regex(
  pattern`${WORD_START}(?:${PLAN}(?:\s+(?!${COPULA})[^,.;]{1,40}?)?(?:\s+${GIVEN})?\s+${COPULA}|${seq('theo', PLAN)}|${INDICATOR}[^,.;]{0,50}?${seq(GIVEN, opt('là'))}|${seq(anyOf('đặt', 'đề'), opt('ra'), GOAL)}|${seq(GOAL, anyOf('là', 'đến', 'đạt'))}|${seq(GIVEN, anyOf(PLAN, INDICATOR))})${WORD_END}`,
  'g',
);
/** Words of intent: a target in a sentence about the year ahead. */
export const WEAK_TARGET = regex(word(INTENT), 'g');

/** "hoàn thành …", "vượt …", "đạt 105% kế hoạch năm với …": the plan is what was reached. */
const ACHIEVED = pattern`${seq(ATTAIN, opt(MANNER), opt(ALL))}(?:\s+(?:${PERCENT_HEDGE}\s+)?\d+(?:[.,]\d+)?\s*%)?(?:\s+${seq('so', 'với')})?\s*$`;
export const ACHIEVED_BEFORE = regex(ACHIEVED);
/** "để hoàn thành kế hoạch …", "cần vượt kế hoạch …": a purpose or a need, so still ahead. */
export const PURPOSE_BEFORE = regex(pattern`${WORD_START}${PURPOSE}\s+${ACHIEVED}`);
/** "đã phấn đấu", "đã nỗ lực phấn đấu": past effort, not a target. */
export const PAST_BEFORE = regex(pattern`${WORD_START}${seq(PAST, opt(EFFORT))}\s*$`);
/** Words that report what was done: "thực hiện được", "đã đạt", "kết quả đạt". */
export const PAST_RESULT = regex(word(anyOf(DONE, seq(RESULT_NOUN, anyOf('đạt', 'là')))));

/**
 * Where the target words of a block are, each kept unless the words before it turn it: `unless` (a result
 * verb, or "đã") cancels it, and `unlessNot` (a purpose) restores it.
 */
export function cuePositions(lower: string, re: RegExp, unless: RegExp, unlessNot?: RegExp): number[] {
  const out: number[] = [];
  for (const m of lower.matchAll(re)) {
    const before = lower.slice(Math.max(0, m.index - 50), m.index);
    if (!unless.test(before) || unlessNot?.test(before)) out.push(m.index);
  }
  return out;
}

/** The strong and weak target words of a (lower-cased) block. */
export function targetCues(lower: string): { strong: number[]; weak: number[] } {
  return {
    strong: cuePositions(lower, STRONG_TARGET, ACHIEVED_BEFORE, PURPOSE_BEFORE),
    weak: cuePositions(lower, WEAK_TARGET, PAST_BEFORE),
  };
}

/**
 * Whether a figure is a target, and its year, from its time frame and the target words before it.
 *
 *     decide({ kind: 'year', year: 2024 }, …, { reportYear: 2023 })  // target for 2024: a year ahead
 *     decide({ kind: 'none' }, strong = true, …)                     // target for the plan year
 *     decide({ kind: 'report', source: 'carry' }, weak = true, …)     // "Năm qua, … phấn đấu" carried: a target
 */
export function decide(
  frame: Frame,
  strong: boolean,
  weak: boolean,
  ctx: FigureContext,
): { target: boolean; year: number } {
  const mid = ctx.period !== 'year';
  const planYear = ctx.planYear ?? ctx.reportYear + 1;
  // In a mid-year review the rest of the year is what is planned for.
  const ahead = mid ? ctx.reportYear : planYear;
  if (frame.kind === 'future') return { target: true, year: frame.year ?? ahead };
  if (frame.kind === 'year' || frame.kind === 'report') {
    const y = frame.year ?? ctx.reportYear;
    if (y > ctx.reportYear || strong) return { target: true, year: y };
    // A carried year says less than an intent word in the sentence itself.
    if (weak && frame.source === 'carry') return { target: true, year: ahead };
    if (weak && mid && y === ctx.reportYear) return { target: true, year: y };
    return { target: false, year: y };
  }
  if (strong || weak) return { target: true, year: ahead };
  return { target: false, year: ctx.reportYear };
}

/** In a year-end review, a plan for the year reported on is the base its result is measured by, not a target. */
export function isPastPlan(target: boolean, year: number, ctx: FigureContext): boolean {
  return target && ctx.period === 'year' && year === ctx.reportYear && year !== (ctx.planYear ?? ctx.reportYear + 1);
}
