/**
 * Where a figure's phrase starts and whose it is: the words that lead into an amount ("ước đạt",
 * "phấn đấu doanh thu đạt"), a clause with no subject of its own that goes on with the one before
 * ("; năm 2022 đạt 620 tỷ đồng"), a service named in a list ("như: Chuyển phát … tăng 13,3%").
 */
import { EVERY_INDICATOR, HIGHLIGHT, RESPECTIVELY } from '../lexicon/amounts.ts';
import { COMPARED_WITH, OUTCOME } from '../lexicon/comparison.ts';
import { ESTIMATE, ESTIMATE_LEAD } from '../lexicon/estimate.ts';
import { CLAUSE_HEDGE, LEADING_HEDGE } from '../lexicon/hedges.ts';
import { anyOf, opt, pattern, regex, seq, word, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import { CLAUSE_TIME } from '../lexicon/periods.ts';
import { GOAL, INDICATOR, RESULT_NOUN, STRIVE } from '../lexicon/plan.ts';
import { FIGURE_VERB, REACH } from '../lexicon/results.ts';
import { FUNCTION_WORD, GROUP, LIST_OPENER, NOT_A_SERVICE_END, SERVICE, SERVICE_VERB } from '../lexicon/services.ts';
import { AVERAGE, LINE_OF_BUSINESS, POSTAL_MARKET, SUBJECT_PART, SUBJECT_VERB } from '../lexicon/sub-units.ts';

/**
 * A clause of a time, a verb (a target's word before it, maybe) and a hedge only, before its amount:
 * "; năm 2022 đạt ", "; riêng quý IV ước đạt trên ", "; năm 2024 phấn đấu đạt ", "; kế hoạch năm 2024 là ".
 */
export const SUBJECTLESS_CLAUSE = regex(
  pattern`^\s*(?:${'riêng'}\s+)?(?:${CLAUSE_TIME}\s*,?\s*)?(?:${anyOf(STRIVE, 'dự kiến', 'đặt mục tiêu', GOAL, 'kế hoạch', INDICATOR, RESULT_NOUN)}(?:\s+${CLAUSE_TIME})?\s+)?(?:${seq(opt('ước'), REACH)}|${'là'})\s+(?:${CLAUSE_HEDGE}\s+)?$`,
);
/** After the amount of such a clause: the clause ends (no noun follows the amount). */
export const AMOUNT_ENDS_CLAUSE = /^\s*(?:[,.;)]|$)/u;

/** Where a figure without a cue starts: its hedge or its verb ("đạt hơn 41.500 hồ sơ"). */
const HEDGE_LEAD = regex(pattern`(?:${seq(opt('ước'), FIGURE_VERB)}\s+)?(?:${LEADING_HEDGE}\s+)?$`);
export function hedgeStart(lower: string, clauseStartIn: number, at: number): number {
  const clauseStart = Math.max(clauseStartIn, at - 40);
  const before = lower.slice(clauseStart, at);
  const m = HEDGE_LEAD.exec(before);
  return clauseStart + (m ? before.length - m[0].length : before.length);
}

/** "ước tính tiết kiệm cho người dân trên 20 tỷ đồng": the estimate word belongs to the phrase. */
export const ESTIMATE_BEFORE = regex(pattern`${WORD_START}${ESTIMATE_LEAD}\s+$`);
/** "tổng" before a cue that does not hold it ("tổng doanh thu tính lương"): the phrase starts there. */
const TOTAL = 'tổng';
/**
 * A target word or a verb right before the subject ("phấn đấu doanh thu đạt …", "đạt tổng doanh thu
 * 552,6 tỷ đồng") tells a reader what kind of figure it is: it belongs to the quote.
 */
export const LEAD_BEFORE = regex(
  pattern`${WORD_START}${anyOf(seq(STRIVE, opt('đạt', 'thực hiện')), 'dự kiến', GOAL, INDICATOR, seq(opt(seq(opt('được'), 'giao')), 'kế hoạch'), seq(opt('ước'), 'đạt'), 'thực hiện', TOTAL)}\s+$`,
);
/** An estimate anywhere in the figure's phrase: "ước đạt", "ước tính". */
export const ESTIMATED = regex(word(ESTIMATE));
/** "hoàn thành vượt mức từ 2% các chỉ tiêu kế hoạch …, trong đó: …": a plan percentage for every figure listed. */
export const FOR_EVERY_INDICATOR = regex(pattern`^[^,.;]{0,12}?${EVERY_INDICATOR}`);
/** "… tăng 30%, đặc biệt là các dịch vụ …": the percentage may be the services', not the subject's. */
export const SERVICES_IN_BETWEEN = regex(seq(HIGHLIGHT, opt('các'), SERVICE));
/** A sentence that opens on the comparison carries on the previous subject: no comma before it. */
export const NO_CLAUSE_BREAK = /^[^,;]*$/u;
/** "so với thực hiện năm …": the index wording ("bằng 111% so với thực hiện năm 2019"). */
export const INDEX_WORDING = regex(pattern`${COMPARED_WITH}\s+${OUTCOME}`);

const SERVICE_NAME = seq(opt(GROUP), SERVICE);
const SERVICE_LEAD_AFTER_OPENING = regex(
  pattern`^(?:[^,.;:]{0,20}?)(${SERVICE_NAME}\s[^.;:]{2,80}?)\s+${SERVICE_VERB}`,
);
const SERVICE_LEAD = regex(pattern`^(${SERVICE_NAME}\s[^.;:]{2,80}?)\s+${SERVICE_VERB}`);
const LIST_ITEM = regex(pattern`(?:^|[,:;]|\s${LIST_OPENER})\s*([^,:;]{2,60}?)\s*$`);
const NOT_A_SERVICE = regex(pattern`(?:${NOT_A_SERVICE_END}|${'năm'}\s+\d{4})$`);
const ONLY_FUNCTION_WORD = regex(pattern`^${FUNCTION_WORD}$`);
const GROUP_PREFIX = regex(pattern`^(?:${seq(GROUP, SERVICE)}\s+|${GROUP}\s+)`, 'i');

/** A service named as a sentence's subject before its verb ("Dịch vụ bảo hiểm y tế … tăng 138%"): start and length. */
export function leadingService(sentence: string, allowOpening: boolean): { at: number; length: number } | null {
  const m = (allowOpening ? SERVICE_LEAD_AFTER_OPENING : SERVICE_LEAD).exec(sentence);
  return m ? { at: m.index + m[0].indexOf(m[1]!), length: m[1]!.length } : null;
}

/** The last item of a list before a percentage ("như: Chuyển phát bưu phẩm bảo đảm"), if it can name a service. */
export function listItemBefore(before: string): { name: string; index: number } | null {
  const item = LIST_ITEM.exec(before);
  if (!item || !item[1]) return null;
  const name = item[1];
  if (name.split(/\s+/).length > 8 || NOT_A_SERVICE.test(name) || ONLY_FUNCTION_WORD.test(name)) return null;
  return { name, index: item.index };
}

/** A service's name as shown: without "nhóm (dịch vụ)", spaces collapsed, first letter capitalised. */
export function cleanServiceName(name: string): string {
  return name
    .replace(GROUP_PREFIX, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'));
}

/** What a subject covers when it is not the whole provincial post office. */
export type SubjectScope = 'part-of-unit' | 'average' | 'market';

const COMPLEMENT_END = regex(pattern`\d|[,;.:(]|${WORD_START}${SUBJECT_VERB}${WORD_END}`);
const SCOPES: readonly { scope: SubjectScope; re: RegExp }[] = [
  { scope: 'market', re: regex(word(POSTAL_MARKET)) },
  { scope: 'part-of-unit', re: regex(pattern`${WORD_START}${SUBJECT_PART}`) },
  { scope: 'part-of-unit', re: regex(pattern`^\s*(?:${'của'}\s+)?${LINE_OF_BUSINESS}\s+[\p{L}]`) },
  { scope: 'average', re: regex(word(AVERAGE)) },
];

/**
 * Whom a metric's cue is about, read from the words between the cue and its verb or amount (its
 * complement): the whole unit (null), a part of it, an average over its parts, or the whole postal
 * market of the province.
 *
 *     Tổng doanh thu Bưu điện Văn hóa xã đạt hơn 20 tỷ đồng       → part-of-unit
 *     doanh thu bình quân tại các đơn vị này tăng gần 15%          → part-of-unit (and an average)
 *     doanh thu toàn thị trường bưu chính trên địa bàn đạt …       → market
 *     Tổng doanh thu của Bưu điện tỉnh đạt 300 tỷ đồng             → null: the unit itself
 */
export function subjectScope(lower: string, cueEnd: number): SubjectScope | null {
  const rest = lower.slice(cueEnd, cueEnd + 80);
  const end = COMPLEMENT_END.exec(rest)?.index ?? rest.length;
  const complement = rest.slice(0, end);
  return SCOPES.find(({ re }) => re.test(complement))?.scope ?? null;
}

const RESPECTIVELY_WORD = regex(word(RESPECTIVELY), 'g');

/**
 * "Doanh thu bưu chính chuyển phát và tài chính bưu chính lần lượt tăng 12% và 18%": the amounts after
 * "lần lượt" (or "tương ứng") go to the subjects listed right before it, in order. The list is the subjects
 * since the last amount before the word (two or more); after it, each kind of amount (money, percentages)
 * gives its first as many as there are subjects: "Tổng doanh thu và doanh thu tính lương lần lượt đạt 320
 * và 150 tỷ đồng, tương ứng 104% và 106% kế hoạch". When there are fewer, nothing is assigned (a reader
 * must not guess: the second reader flags it).
 *
 * Returns, for each assigned amount's start, the index of its subject among `subjects` (cue starts in
 * text order); `amounts` are the clause's amounts in text order, with their kind.
 */
export function respectively(
  lower: string,
  clauseStart: number,
  clauseEnd: number,
  subjects: readonly number[],
  amounts: readonly { start: number; kind: string }[],
): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of lower.slice(clauseStart, clauseEnd).matchAll(RESPECTIVELY_WORD)) {
    const at = clauseStart + m.index;
    const lastAmountBefore = Math.max(clauseStart, ...amounts.filter((a) => a.start < at).map((a) => a.start));
    const list = subjects.map((s, i) => [s, i] as const).filter(([s]) => s >= lastAmountBefore && s < at);
    const n = list.length;
    if (n < 2) continue;
    const byKind = new Map<string, number[]>();
    for (const a of amounts) {
      if (a.start <= at || a.start >= clauseEnd || out.has(a.start)) continue;
      const group = byKind.get(a.kind) ?? [];
      byKind.set(a.kind, [...group, a.start]);
    }
    for (const group of byKind.values())
      if (group.length >= n) group.slice(0, n).forEach((a, i) => out.set(a, list[i]![1]));
  }
  return out;
}
