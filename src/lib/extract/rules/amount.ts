/**
 * Amounts that are not the figure they stand beside, and figures that are not the unit's. The skip rules
 * run in order on every amount a metric could take; the first that applies drops it without a word, since
 * the amount is only a part of the phrase ("tăng 25 tỷ đồng" is a change; "so với năm 2022 (225 tỷ đồng)"
 * is the base). The leave-out rules then drop figures a reader should know about, with a warning: a part
 * of the unit, a negative amount of a metric that cannot be negative.
 */
import type { Metric } from '../../metrics.ts';
import type { Quantity } from '../../vi-number.ts';
import { BREAKDOWN, ASPECT, CAN, HAVE, LOSS, LOSS_NOUN, NARROWING_VERB } from '../lexicon/amounts.ts';
import { CHANGE_BY } from '../lexicon/comparison.ts';
import { anyOf, opt, pattern, regex, seq, word, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import { INDICATOR, PLAN } from '../lexicon/plan.ts';
import { EXCEED, MARK } from '../lexicon/results.ts';
import { CULTURAL_POST, DISTRICT_POST_OFFICE, ONLY, PART_AREA, PART_NOUN, PLACED_IN } from '../lexicon/sub-units.ts';

/** What the amount rules see: the amount, the metric it would be a figure of, and the text around it. */
export interface AmountSite {
  lower: string;
  q: Quantity;
  metric: Metric;
  /** Where the amount ends, its count noun included. */
  end: number;
  clauseStart: number;
  /** The words before the amount, its hedge left out. */
  verbTail: string;
  /** The comma-delimited segment before the amount. */
  segment: string;
  /** A figure of the same metric was read earlier in this clause. */
  sameInClause: boolean;
}

export interface AmountRule {
  id: string;
  why: string;
  /** Sentences, and whether this rule skips an amount in them. */
  examples: readonly (readonly [sentence: string, verdict: 'skipped' | 'kept'])[];
  applies(site: AmountSite): boolean;
}

/** A change by an amount: "tăng 25 tỷ đồng", "giảm lỗ 1 tỷ đồng" (the text before the amount, hedge removed). */
const CHANGE_BY_AMOUNT = regex(
  pattern`${WORD_START}${seq(CHANGE_BY, opt(seq(opt(seq('so', 'với')), anyOf(PLAN, 'kh', 'cùng kỳ', 'năm trước'))), opt(anyOf('thêm', 'được', 'là')))}\s*$`,
);
/** "vượt 2,5 tỷ đồng so với kế hoạch": over the plan by an amount, when a figure is already given. */
const EXCEEDS_BY = regex(pattern`${WORD_START}${seq(EXCEED, opt(MARK))}\s*$`);
const COMPARED_NEXT = regex(pattern`^\s*${seq('so', anyOf('với', 'cùng'))}`);
/** The base of a comparison: "so với năm 2022 (225 tỷ đồng)", "trên kế hoạch 115 tỷ đồng". */
const COMPARED_BASE = regex(
  pattern`(?:^|\s)${seq('so', anyOf('với', 'cùng'))}\s|${WORD_START}(?:${anyOf('trên', seq('so', 'với'))}|\/)\s*${anyOf(PLAN, 'kh', INDICATOR)}(?:\s+${anyOf(pattern`${'năm'}(?:\s+\d{4})?`, 'được giao', 'giao')})?(?:\s+${'là'})?\s*$`,
);
/**
 * A count narrowed by what follows its noun: "93 điểm giao dịch bưu điện cung cấp online dịch vụ …" is
 * the points that do something, not how many points there are.
 */
const NARROWED = regex(
  pattern`^\s+${seq(opt(anyOf('bưu điện', CULTURAL_POST)), opt(ASPECT), anyOf(NARROWING_VERB, pattern`${HAVE}(?!\s+${CAN})`))}${WORD_END}`,
);

export const SKIP_RULES: readonly AmountRule[] = [
  {
    id: 'narrowed-count',
    why: 'A network count followed by what its items do counts only those that do it.',
    examples: [
      ['Bưu điện tỉnh có 93 điểm giao dịch cung cấp dịch vụ hành chính công.', 'skipped'],
      ['Toàn tỉnh có 93 điểm giao dịch.', 'kept'],
    ],
    applies: ({ lower, metric, end }) => metric.group === 'network' && NARROWED.test(lower.slice(end, end + 60)),
  },
  {
    id: 'change-by-amount',
    why: '"tăng 25 tỷ đồng": the amount is a change, not the figure.',
    examples: [
      ['Tổng doanh thu đạt 300 tỷ đồng, tăng 25 tỷ đồng so với năm trước.', 'skipped'],
      ['Tổng doanh thu đạt 300 tỷ đồng.', 'kept'],
    ],
    applies: ({ verbTail }) => CHANGE_BY_AMOUNT.test(verbTail),
  },
  {
    id: 'exceeds-by',
    why: '"vượt 2,5 tỷ đồng so với kế hoạch": over the plan by an amount, when the figure is given or a comparison follows.',
    examples: [
      ['Tổng doanh thu vượt 2,5 tỷ đồng so với kế hoạch.', 'skipped'],
      ['Tổng doanh thu vượt mốc 300 tỷ đồng.', 'kept'],
    ],
    applies: ({ lower, verbTail, end, sameInClause }) =>
      EXCEEDS_BY.test(verbTail) && (sameInClause || COMPARED_NEXT.test(lower.slice(end, end + 20))),
  },
  {
    id: 'compared-base',
    why: '"so với năm 2022 (225 tỷ đồng)", "trên kế hoạch 115 tỷ đồng": the base of a comparison.',
    examples: [
      ['Tổng doanh thu đạt 240 tỷ đồng, tăng 5% so với năm 2022 (225 tỷ đồng).', 'skipped'],
      ['Tổng doanh thu đạt 300 tỷ đồng, vượt kế hoạch.', 'kept'],
    ],
    applies: ({ segment }) => COMPARED_BASE.test(segment),
  },
];

/** "trong đó": what follows breaks down the figure before it. */
export const BREAKDOWN_WORD = regex(word(BREAKDOWN), 'g');

/** A part of the unit: "Riêng khu vực Phú Yên đạt doanh thu …", "Bưu điện huyện X đạt …", "… ở mảng bưu chính công ích". */
const PART_OF_UNIT_BEFORE = regex(word(anyOf(seq(ONLY, PART_NOUN), DISTRICT_POST_OFFICE)));
const PART_OF_UNIT_AFTER = regex(pattern`^\s*${seq(PLACED_IN, PART_AREA)}${WORD_END}`);
/** Signs of a negative amount before it: "âm 1,2 tỷ đồng", "lỗ 3 tỷ đồng". */
const NEGATIVE_BEFORE = regex(pattern`${WORD_START}${LOSS}\s*$`);
const LOSS_SUBJECT = regex(pattern`${LOSS_NOUN}$`);

/** A figure of a part of the unit (not of network counts, which a district's share still is of the province). */
export function isPartOfUnit(
  lower: string,
  metric: Metric,
  start: number,
  q: Quantity,
  end: number,
  clauseStart: number,
): boolean {
  return (
    metric.group !== 'network' &&
    (PART_OF_UNIT_BEFORE.test(lower.slice(Math.max(clauseStart, start - 60), q.start)) ||
      PART_OF_UNIT_AFTER.test(lower.slice(end, end + 30)))
  );
}

/** A loss: "lỗ 3 tỷ đồng", "âm 1,2 tỷ đồng", "-1,5 tỷ đồng", or a subject that is the loss itself ("lỗ"). */
export function isNegative(q: Quantity, verbTail: string, subjectWords: string | null): boolean {
  return (
    q.negative === true ||
    (subjectWords !== null && LOSS_SUBJECT.test(subjectWords)) ||
    NEGATIVE_BEFORE.test(verbTail.trimEnd())
  );
}

/** The id of the first skip rule that drops this amount, or null. */
export function skippedBy(site: AmountSite): string | null {
  return SKIP_RULES.find((r) => r.applies(site))?.id ?? null;
}
