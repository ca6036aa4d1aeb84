/**
 * What a percentage says: the share of the plan reached, the excess over the plan, a change against
 * last year, or an index (a share of last year). The rules run in order and the first that reads the
 * percentage decides; each carries examples that `tests/extract/rules.test.ts` reads back.
 *
 * The order: the plan's own words (a bracket after the plan, the plan right after, "vượt kế hoạch"
 * before) outrank the verbs of change, because "vượt 5% kế hoạch" holds "vượt", which alone is a rise;
 * growth with a comparison ("tăng trưởng đạt 151% so với …") before plain growth; the verbs that name
 * a direction before the comparison that only says what it is measured against.
 */
import type { Qualifier } from '../../schema/common.ts';
import { qualifierBefore, type Quantity } from '../../vi-number.ts';
import { CORPORATION } from '../lexicon/amounts.ts';
import {
  CHANGE_VERB_EARLY,
  COMPARED_WITH,
  EQUAL,
  FALL,
  GROWTH,
  GROWTH_LINK,
  GROWTH_RATE,
  NEGATIVE_GROWTH,
  RISE,
  SAME_PERIOD,
} from '../lexicon/comparison.ts';
import { AT_LEAST, FROM, TO } from '../lexicon/hedges.ts';
import { ASSIGNED, INDICATOR, PLAN, PLAN_OR_ABBREVIATION } from '../lexicon/plan.ts';
import { COMPLETE, EXCEED } from '../lexicon/results.ts';
import { anyOf, capture, opt, pattern, regex, seq, WORD_END, WORD_START, type Pattern } from '../lexicon/pattern.ts';

export type PercentRole = 'plan' | 'plan-excess' | 'change' | 'change-negative' | 'index' | 'growth-ambiguous';

export interface PercentHit {
  q: Quantity;
  role: PercentRole;
  qualifier: Qualifier;
  /** End of the phrase ("… kế hoạch Tổng Công ty giao", "… so với cùng kỳ năm 2022"). */
  phraseEnd: number;
  /** Start of the phrase including its verb ("vượt", "tăng", "bằng"). */
  phraseStart: number;
  corporatePlan: boolean;
  /** The rule that read it. */
  rule: string;
  /** "tăng 1,3 lần": a multiple read as ×1.3, which could also mean +130%. */
  ambiguousMultiple?: boolean;
  /** The year compared with, when the phrase names one ("so với năm 2018", "gấp 1,9 lần năm 2018"). */
  baseYear?: number;
}

/** What the rules see of a percentage: the (lower-cased) text around it, cut at its clause. */
export interface PercentSite {
  lower: string;
  q: Quantity;
  clauseStart: number;
  zoneStart: number;
  /** From the zone's start to the number. */
  before: string;
  /** 80 characters after the number. */
  after: string;
  /** `before` without the hedge and trailing space: where the verb is. */
  verbZone: string;
  /** The last 40 characters of the verb zone. */
  tail: string;
}

interface Verdict {
  role: PercentRole;
  /** Where the phrase starts when its verb comes before the subject ("vượt mức kế hoạch doanh thu …"). */
  earlyStart?: number;
  /** The wording says "more than" ("tăng trưởng vượt 30%"). */
  over?: boolean;
  /** A multiple whose verb allows two readings ("tăng 1,3 lần"). */
  ambiguous?: boolean;
}

export interface PercentRule {
  id: string;
  /** Why it reads the percentage this way. */
  why: string;
  /** Phrases with one percentage, and the role this rule gives it. */
  examples: readonly (readonly [phrase: string, role: PercentRole])[];
  read(site: PercentSite): Verdict | null;
}

/** How far back a percentage's verb and the words that classify it are looked for (a clause can be a page long). */
const PERCENT_REACH = 150;

/** Other percentages listed before the word that says what they all are: "104% và 106% kế hoạch". */
const MORE_PERCENTS = pattern`(?:\s*(?:,|${'và'})\s*\d+(?:[.,]\d+)?\s*%)*`;
const PLAN_AFTER = regex(
  pattern`^${MORE_PERCENTS}\s*(?:${AT_LEAST}\s*)?(?:${COMPARED_WITH}\s+)?(?:${anyOf('các')}\s+)?(?:${INDICATOR}\s+)?${PLAN_OR_ABBREVIATION}`,
);
const EXCEEDS_PLAN = seq(opt(COMPLETE), EXCEED, opt('mức'), PLAN_OR_ABBREVIATION);
const PLAN_EXCESS_VERB = regex(EXCEEDS_PLAN);
const PLAN_EXCESS_BEFORE = regex(pattern`${EXCEEDS_PLAN}[^,.;%]{0,60}$`);
const PLAN_VERB_TAIL = regex(pattern`${seq(anyOf('đạt', 'bằng', 'hoàn thành'), PLAN_OR_ABBREVIATION, opt('năm'))}$`);
/**
 * A percentage in brackets after the plan it is measured against: "chưa đạt kế hoạch (95%)", "hoàn thành
 * kế hoạch năm (đạt 102%)", "vượt kế hoạch (105%)". The bracket gives the share of the plan reached.
 */
const PLAN_IN_BRACKETS = regex(
  pattern`(${seq(opt('chưa'), anyOf('đạt', 'bằng', 'hoàn thành', 'vượt'), opt('mức'), PLAN_OR_ABBREVIATION, opt(anyOf('năm', ASSIGNED)))}\s*\(\s*)(${anyOf('đạt', 'bằng')}\s+)?$`,
);
const EXCESS_BRACKET = regex(pattern`^(?:${anyOf('chưa')}\s+)?${EXCEED}`);
const CHANGE_AFTER = regex(
  pattern`^${MORE_PERCENTS}\s*(?:${seq(COMPARED_WITH, anyOf(SAME_PERIOD, 'năm', 'thực hiện', 'kết quả', pattern`\d{4}`))}|${seq('so', SAME_PERIOD)})`,
);
const INDICATOR_SHARE = regex(anyOf(INDICATOR, seq(anyOf('tỷ', 'tỉ'), 'lệ hoàn thành'), seq('hoàn thành', PLAN)));
const ENDS_CLAUSE = regex(pattern`^\s*(?:[,;.]|$)`);
const COMPARED_WITH_YEAR = regex(pattern`^\s*${COMPARED_WITH}\s+${anyOf('năm', 'cùng')}`);
const YEAR_AFTER = regex(pattern`^\s*${anyOf('năm', SAME_PERIOD)}\s*\d{0,4}`);
const EARLY_CHANGE_VERB = regex(pattern`${WORD_START}${capture(CHANGE_VERB_EARLY)}${WORD_END}`, 'g');
const ends = (p: Pattern): RegExp => regex(pattern`${p}$`);

const EXCEEDED_BY = ends(seq(anyOf(EXCEED, 'tăng', 'cao hơn'), opt('mức'), opt(FROM)));
const GROWTH_COMPARED = ends(seq(GROWTH, opt('đạt')));
const GROWTH_RATE_LINK = ends(seq(GROWTH_RATE, GROWTH_LINK));
const ATTAINED = ends(anyOf('đạt', 'hoàn thành', 'bằng', 'là'));
const GREW_OVER = ends(seq(GROWTH, EXCEED));
const SHRANK = ends(seq(opt(GROWTH), NEGATIVE_GROWTH));
const ROSE = ends(RISE);
const FELL = ends(FALL);
const EQUALS = ends(EQUAL);
const INDEX_VERB = ends(anyOf('bằng', 'tương đương'));

const MULTIPLIED = ends(seq(opt('tăng'), 'gấp'));
const RISE_TIMES = ends(anyOf('tăng', 'tăng trưởng'));

export const PERCENT_RULES: readonly PercentRule[] = [
  {
    id: 'multiple',
    why: '"gấp 2,3 lần" is 230% of the base: an index. "tăng 1,3 lần" is read the same way (×1.3), with a warning, since it can also mean +130%.',
    examples: [
      ['doanh thu tăng gấp 2,3 lần so với năm 2023', 'index'],
      ['doanh thu gấp 1,5 lần năm trước', 'index'],
      ['doanh thu tăng 1,3 lần so với cùng kỳ', 'index'],
    ],
    read: ({ q, tail }) => {
      if (q.kind !== 'times') return null;
      if (MULTIPLIED.test(tail)) return { role: 'index' };
      return RISE_TIMES.test(tail) ? { role: 'index', ambiguous: true } : null;
    },
  },
  {
    id: 'plan-in-brackets',
    why: 'A bracket right after the plan gives the share of it reached; after "vượt" alone, a small one is the excess.',
    examples: [
      ['doanh thu chưa đạt kế hoạch (95%)', 'plan'],
      ['doanh thu vượt kế hoạch (104%)', 'plan'],
      ['doanh thu vượt kế hoạch (4%)', 'plan-excess'],
    ],
    read: ({ lower, q, clauseStart, after }) => {
      if (!/^\s*\)/u.test(after)) return null;
      const from = Math.max(clauseStart, q.start - 60);
      const bracket = PLAN_IN_BRACKETS.exec(lower.slice(from, q.start));
      if (!bracket) return null;
      // "vượt kế hoạch (5%)" without "đạt" is the excess; 105% is the share either way.
      const excess = EXCESS_BRACKET.test(bracket[1]!) && !bracket[2] && q.value < 100;
      return { role: excess ? 'plan-excess' : 'plan', earlyStart: from + bracket.index };
    },
  },
  {
    id: 'plan-after',
    why: 'The plan named right after the percentage: its share, or the excess when a verb of exceeding comes before.',
    examples: [
      ['đạt 102% kế hoạch', 'plan'],
      ['lần lượt đạt 104% và 106% kế hoạch', 'plan'],
      ['vượt 5% kế hoạch', 'plan-excess'],
      ['hoàn thành 103% kế hoạch trở lên', 'plan'],
      ['bằng 98% so với kế hoạch', 'plan'],
    ],
    read: ({ after, tail }) => {
      if (!PLAN_AFTER.test(after)) return null;
      return { role: EXCEEDED_BY.test(tail) ? 'plan-excess' : 'plan' };
    },
  },
  {
    id: 'exceeds-plan-before',
    why: '"vượt kế hoạch 56%", "vượt mức kế hoạch doanh thu … từ 2%": the plan before the percentage, exceeded by it.',
    examples: [
      ['doanh thu vượt kế hoạch 56%', 'plan-excess'],
      ['hoàn thành vượt mức kế hoạch doanh thu từ 2% trở lên', 'plan-excess'],
    ],
    read: ({ lower, q, clauseStart }) => {
      const from = Math.max(clauseStart, q.start - 90);
      if (!PLAN_EXCESS_BEFORE.test(lower.slice(from, q.start))) return null;
      return { role: 'plan-excess', earlyStart: from + PLAN_EXCESS_VERB.exec(lower.slice(from, q.start))!.index };
    },
  },
  {
    id: 'attains-plan-before',
    why: '"đạt kế hoạch 102%", "hoàn thành kế hoạch năm 98%": the share of the plan, named before it.',
    examples: [
      ['doanh thu đạt kế hoạch 102%', 'plan'],
      ['hoàn thành kế hoạch năm 98%', 'plan'],
    ],
    read: ({ tail }) => (PLAN_VERB_TAIL.test(tail) ? { role: 'plan' } : null),
  },
  {
    id: 'growth-compared',
    why: '"tăng trưởng đạt 151% so với …" can be an index or a rise; read by its size, with a warning (readChange).',
    examples: [['tăng trưởng đạt 151% so với năm 2017', 'growth-ambiguous']],
    read: ({ tail, after }) =>
      GROWTH_COMPARED.test(tail) && CHANGE_AFTER.test(after) ? { role: 'growth-ambiguous' } : null,
  },
  {
    id: 'growth-rate',
    why: '"tăng trưởng đạt 15%", "tốc độ tăng trưởng ở mức 8%": grew by that much.',
    examples: [
      ['doanh thu tăng trưởng đạt 15%', 'change'],
      ['tốc độ tăng trưởng ở mức 8%', 'change'],
    ],
    read: ({ tail }) => (GROWTH_RATE_LINK.test(tail) ? { role: 'change' } : null),
  },
  {
    id: 'indicator-share',
    why: '"chỉ tiêu doanh thu đạt 100,2%", "tỷ lệ hoàn thành kế hoạch doanh thu đạt 102%": the share of the plan reached; the phrase starts at those words.',
    examples: [
      ['chỉ tiêu doanh thu đạt 100,2%.', 'plan'],
      ['tỷ lệ hoàn thành kế hoạch doanh thu đạt 102%,', 'plan'],
    ],
    read: ({ lower, q, clauseStart, after, tail }) => {
      if (!ATTAINED.test(tail) || !ENDS_CLAUSE.test(after)) return null;
      const share = INDICATOR_SHARE.exec(lower.slice(clauseStart, q.start));
      return share ? { role: 'plan', earlyStart: clauseStart + share.index } : null;
    },
  },
  {
    id: 'grew-over',
    why: '"tăng trưởng vượt 30%": grew by more than 30%.',
    examples: [['doanh thu tăng trưởng vượt 30%', 'change']],
    read: ({ tail }) => (GREW_OVER.test(tail) ? { role: 'change', over: true } : null),
  },
  {
    id: 'negative-growth',
    why: '"tăng trưởng âm 5%": shrank by 5%.',
    examples: [['doanh thu tăng trưởng âm 5%', 'change-negative']],
    read: ({ tail }) => (SHRANK.test(tail) ? { role: 'change-negative' } : null),
  },
  {
    id: 'rise',
    why: '"tăng 21%", "cao hơn 3%", "vượt 28,5% so với năm trước": a rise.',
    examples: [
      ['doanh thu tăng 21% so với cùng kỳ', 'change'],
      ['vượt 28,5% so với năm trước', 'change'],
    ],
    read: ({ tail }) => (ROSE.test(tail) ? { role: 'change' } : null),
  },
  {
    id: 'fall',
    why: '"giảm 3%", "sụt giảm 2%", "thấp hơn 1%": a fall.',
    examples: [['doanh thu giảm 3% so với năm 2019', 'change-negative']],
    read: ({ tail }) => (FELL.test(tail) ? { role: 'change-negative' } : null),
  },
  {
    id: 'compared',
    why: 'Compared with last year and no verb of direction right before: an index after "bằng / đạt / tương đương"; else the verb came earlier in the clause ("tăng thu nhập bình quân … 9,8% so với năm 2017").',
    examples: [
      ['doanh thu bằng 111% so với thực hiện năm 2019', 'index'],
      ['tương đương 99% so với năm 2024', 'index'],
      ['tăng thu nhập bình quân của người lao động 9,8% so với năm 2017', 'change'],
    ],
    read: ({ lower, q, clauseStart, after, tail }) => {
      if (!CHANGE_AFTER.test(after)) return null;
      if (EQUALS.test(tail)) return { role: 'index' };
      let lastVerb: RegExpExecArray | null = null;
      for (const m of lower.slice(clauseStart, q.start).matchAll(EARLY_CHANGE_VERB)) lastVerb = m as RegExpExecArray;
      if (!lastVerb) return null;
      const role: PercentRole =
        lastVerb[1] === 'giảm' ? 'change-negative' : lastVerb[1] === 'tăng' ? 'change' : 'index';
      // The phrase starts at that verb, so the quote keeps it ("tăng thu nhập … 9,8%").
      return { role, earlyStart: clauseStart + lastVerb.index };
    },
  },
  {
    id: 'index-of-year',
    why: '"bằng 144% năm 2017": a share of that year without "so với".',
    examples: [['doanh thu bằng 144% năm 2017', 'index']],
    read: ({ after, tail }) =>
      !COMPARED_WITH_YEAR.test(after) && INDEX_VERB.test(tail) && YEAR_AFTER.test(after) ? { role: 'index' } : null,
  },
];

const AT_LEAST_AFTER = regex(pattern`^[^,.;]{0,40}?${AT_LEAST}`);
const FROM_BEFORE = regex(pattern`(?:^|\s)${FROM}$`);
const FROM_TO = regex(pattern`^\s*${TO}\s`);
const VERB_BEFORE = regex(
  pattern`(?:${COMPLETE}\s+)?(?:${anyOf(seq(EXCEED, 'mức'), EXCEED, seq(GROWTH, opt(anyOf('đạt', EXCEED))), 'tăng', 'giảm', 'bằng', 'đạt', 'tương đương', COMPLETE)})?(?:\s+${FROM})?\s*$`,
);
const PHRASE_STOP = regex(pattern`[,;:]|\.(?!\d)|\s${anyOf('và', 'nhưng', 'còn')}\s|$`);
const CORPORATE = regex(CORPORATION);
/** The year a comparison names after the percentage: "… so với cùng kỳ năm 2022", "… lần năm 2018". */
const BASE_YEAR = regex(pattern`${WORD_START}${'năm'}\s+(\d{4})(?!\d)`);
const TRAILING_SPACE = /\s+$/u;

/** Read a percentage at `q` in its clause, or null when no rule knows what it says. */
export function classifyPercent(
  lower: string,
  q: Quantity,
  zoneStartIn: number,
  clauseStartIn: number,
): PercentHit | null {
  const clauseStart = Math.max(clauseStartIn, q.start - PERCENT_REACH);
  const zoneStart = Math.max(zoneStartIn, clauseStart);
  const before = lower.slice(zoneStart, q.start);
  const after = lower.slice(q.end, q.end + 80);
  const { qualifier: hedge, length: hedgeLen } = qualifierBefore(before);
  const verbZone = before.slice(0, before.length - hedgeLen).replace(TRAILING_SPACE, '');
  const site: PercentSite = { lower, q, clauseStart, zoneStart, before, after, verbZone, tail: verbZone.slice(-40) };

  let verdict: Verdict | null = null;
  let rule = '';
  // A multiple is read only by its own rule; a percentage by the others.
  for (const r of q.kind === 'times' ? PERCENT_RULES.slice(0, 1) : PERCENT_RULES.slice(1)) {
    verdict = r.read(site);
    if (verdict) {
      rule = r.id;
      break;
    }
  }
  if (!verdict) return null;
  let role = verdict.role;
  if (q.negative) {
    // "tăng trưởng -5%": a fall. A negative share of a plan means nothing.
    if (role === 'plan' || role === 'plan-excess') return null;
    if (role === 'change' || role === 'growth-ambiguous') role = 'change-negative';
  }

  // "hoàn thành 103% kế hoạch trở lên", "từ 2% trở lên", "vượt mức từ 2%": at least. Not "từ 5% lên 7%".
  let qualifier: Qualifier = hedge;
  if (AT_LEAST_AFTER.test(after)) qualifier = 'over';
  else if (FROM_BEFORE.test(verbZone) && !FROM_TO.test(after)) qualifier = 'over';
  if (verdict.over || q.rangeTo !== undefined) qualifier = 'over';

  const verbMatch = VERB_BEFORE.exec(verbZone);
  const phraseStart =
    verdict.earlyStart ?? zoneStart + (verbMatch ? verbZone.length - verbMatch[0].length : verbZone.length);
  const rest = lower.slice(q.end, q.end + 200);
  const stop = PHRASE_STOP.exec(rest);
  const phraseEnd = q.end + (stop ? stop.index : rest.length);
  const corporatePlan = CORPORATE.test(lower.slice(q.end, phraseEnd));
  const base = BASE_YEAR.exec(lower.slice(q.end, phraseEnd));
  // A multiple becomes the percentage it stands for: "gấp 2,3 lần" is 230% of the base.
  const asPercent: Quantity = q.kind === 'times' ? { ...q, kind: 'percent', value: q.value * 100 } : q;
  return {
    q: asPercent,
    role,
    qualifier,
    phraseEnd,
    phraseStart,
    corporatePlan,
    rule,
    ...(verdict.ambiguous ? { ambiguousMultiple: true } : {}),
    ...(base ? { baseYear: Number(base[1]) } : {}),
  };
}
