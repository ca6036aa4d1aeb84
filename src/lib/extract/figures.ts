/**
 * Figures: results, targets and per-service growth read from report prose.
 *
 * The grammar of a Vietnamese performance report is regular. A subject names the metric ("tổng doanh
 * thu", "năng suất lao động", "nộp ngân sách"), a verb and an optional hedge follow ("đạt trên",
 * "ước đạt", "gần"), then the amount with its unit ("101 tỷ đồng", "8,8 triệu đồng/người/tháng",
 * "41.500 hồ sơ"), and then, separated by commas, how it compares: with the plan ("đạt 102% kế hoạch",
 * "vượt 5% kế hoạch", "vượt kế hoạch 56%") and with last year ("tăng 21% so với cùng kỳ", "giảm 3%",
 * "bằng 111% so với thực hiện năm 2019", "tương đương 99% so với năm 2024"). A semicolon or a new
 * subject starts the next figure. Targets use the same grammar after "phấn đấu", "kế hoạch … là",
 * "mục tiêu", or in a sentence about the plan year.
 */
import { METRICS, isPlausible, metricById, type Metric, type Unit } from '../metrics.ts';
import type { Qualifier } from '../schema/common.ts';
import type { Period } from '../schema/figure.ts';
import { warning, type Warning } from '../schema/review.ts';
import { lowerKeepLength, qualifierBefore, scanQuantities, type Quantity } from '../vi-number.ts';
import { splitSentences, type Span } from './sentences.ts';
import { TimeReader, findTimeMentions, sentenceTopic, type Frame } from './figure-time.ts';
import { maskComparisonYears } from './years.ts';
import { WORD, viRegExp } from '../text/letters.ts';

export interface FigureDraft {
  kind: 'result' | 'target';
  metric: string;
  value: number | null;
  unit: Unit;
  qualifier: Qualifier;
  estimated: boolean;
  year: number;
  period: Period;
  planPercent?: number;
  planQualifier?: Qualifier;
  changePercent?: number;
  changeQualifier?: Qualifier;
  quote: string;
  /** The plan percentage is the corporation's plan ("kế hoạch Tổng Công ty giao"). */
  corporatePlan?: boolean;
  /** Where it was read: block index and offsets in that block's text. */
  block: number;
  start: number;
  end: number;
  warnings: Warning[];
}

export interface ServiceGrowthDraft {
  service: string;
  metric?: string;
  changePercent: number;
  qualifier?: Qualifier;
  planPercent?: number;
  year: number;
  period: Period;
  quote: string;
  block: number;
  start: number;
  warnings: Warning[];
}

export interface FigureContext {
  reportYear: number;
  planYear: number | null;
  /** The period results cover (H1 for a mid-year review). */
  period: Period;
}

export interface FigureResult {
  kpis: FigureDraft[];
  targets: FigureDraft[];
  serviceGrowth: ServiceGrowthDraft[];
  warnings: Warning[];
}

// ---------------------------------------------------------------------------------------------
// Cue phrases

export interface CueHit {
  metric: Metric;
  start: number;
  end: number;
}

const WORD_START = `(?<![${WORD}])`;
const WORD_END = `(?![${WORD}])`;

/**
 * Words every match of a cue contains, to skip the cue's regex on text without them (null: always
 * run). Optional parts, look-arounds and alternatives are set aside (innermost first); of the literal
 * runs left, which every match must contain, the longest is the anchor.
 */
export function anchorOf(source: string): string | null {
  let s = source;
  for (let guard = 0; guard < 10; guard += 1) {
    const next = s.replace(/\((?:\?[:=!]|\?<[=!])?[^()]*\)[?*]?/gu, '\u0000');
    if (next === s) break;
    s = next;
  }
  if (s.includes('|')) return null;
  const runs = s.split(/\u0000|\\[a-z][*+?]?|[[\].*+?{}^$\\]/u).map((r) => r.trim());
  const best = runs.reduce((a, r) => (r.length > a.length ? r : a), '');
  return best.length >= 2 ? best : null;
}
// The text they run on is lower-cased and the catalogue's cues are written in lower case (a test
// holds it to that), so no case-insensitive matching is needed: it makes a Unicode pattern slower.
const CUE_RES = METRICS.flatMap((metric) =>
  metric.cues.map((source) => ({
    metric,
    anchor: anchorOf(source),
    re: new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'gu'),
  })),
);
const NOUN_RES = METRICS.flatMap((metric) => [
  ...(metric.countNouns ?? []).map((source) => ({
    metric,
    re: new RegExp(`^(?:${source})${WORD_END}`, 'u'),
    after: null as string | null,
  })),
  ...Object.entries(metric.countNounsAfter ?? {}).flatMap(([after, sources]) =>
    sources.map((source) => ({ metric, re: new RegExp(`^(?:${source})${WORD_END}`, 'u'), after })),
  ),
]);

/** Every cue in a (lower-cased) block; `anchored: false` runs every cue's regex, for tests. */
export function findCues(lower: string, anchored = true): CueHit[] {
  const hits: CueHit[] = [];
  // Many cues share an anchor ("doanh thu"): each anchor is looked for once.
  const present = new Map<string, boolean>();
  for (const { metric, anchor, re } of CUE_RES) {
    if (anchored && anchor) {
      let here = present.get(anchor);
      if (here === undefined) present.set(anchor, (here = lower.includes(anchor)));
      if (!here) continue;
    }
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower))
      hits.push({ metric, start: m.index, end: m.index + m[0].length });
  }
  // Where cues overlap, the longest names the metric ("doanh thu tính lương" over "doanh thu"); two
  // cues of the same metric join into one phrase ("tổng doanh thu" + "doanh thu thực hiện").
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: CueHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.metric === last.metric) last.end = Math.max(last.end, h.end);
      else if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push({ ...h });
  }
  return out;
}

/**
 * The metric a count's noun names ("41.500 hồ sơ" → admin_dossiers), with the noun's length; some
 * nouns only name a metric after a given subject ("chi trả … cho 45.000 người": beneficiaries).
 */
function nounMetric(lower: string, nounStart: number, subject: Metric | null): { metric: Metric; end: number } | null {
  const rest = lower.slice(nounStart, nounStart + 60);
  let best: { metric: Metric; end: number } | null = null;
  for (const { metric, re, after } of NOUN_RES) {
    if (after !== null && after !== subject?.id) continue;
    const m = re.exec(rest);
    if (m && (!best || m[0].length > best.end - nounStart)) best = { metric, end: nounStart + m[0].length };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Percentages: plan attainment or change against last year

type PercentRole = 'plan' | 'plan-excess' | 'change' | 'change-negative' | 'index' | 'growth-ambiguous';

interface PercentHit {
  q: Quantity;
  role: PercentRole;
  qualifier: Qualifier;
  /** End of the phrase ("… kế hoạch Tổng Công ty giao", "… so với cùng kỳ năm 2022"). */
  phraseEnd: number;
  /** Start of the phrase including its verb ("vượt", "tăng", "bằng"). */
  phraseStart: number;
  corporatePlan: boolean;
}

const PLAN_WORD = 'k[ếe]\\s*h[oạa]*ch|kh(?![\\p{L}])';
const PLAN_AFTER = new RegExp(
  `^\\s*(?:trở lên\\s*)?(?:so\\s+(?:với\\s+)?)?(?:các\\s+)?(?:chỉ\\s+tiêu\\s+)?(?:${PLAN_WORD})`,
  'iu',
);
const PLAN_EXCESS_VERB = new RegExp(`(?:hoàn\\s+thành\\s+)?vượt\\s+(?:mức\\s+)?(?:${PLAN_WORD})`, 'iu');
const PLAN_EXCESS_BEFORE = new RegExp(`(?:hoàn\\s+thành\\s+)?vượt\\s+(?:mức\\s+)?(?:${PLAN_WORD})[^,.;%]{0,60}$`, 'iu');
const PLAN_VERB_TAIL = new RegExp(`(?:đạt|bằng|hoàn\\s+thành)\\s+(?:${PLAN_WORD})(?:\\s+năm)?$`, 'iu');
/**
 * A percentage in brackets after the plan it is measured against: "chưa đạt kế hoạch (95%)", "hoàn thành
 * kế hoạch năm (đạt 102%)", "vượt kế hoạch (105%)". The bracket gives the share of the plan reached.
 */
const PLAN_IN_BRACKETS = new RegExp(
  `((?:chưa\\s+)?(?:đạt|bằng|hoàn\\s+thành|vượt)(?:\\s+mức)?\\s+(?:${PLAN_WORD})(?:\\s+(?:năm|được\\s+giao|giao|đề\\s+ra))?\\s*\\(\\s*)(đạt\\s+|bằng\\s+)?$`,
  'iu',
);

/** How far back a percentage's verb and the words that classify it are looked for (a clause can be a page long). */
const PERCENT_REACH = 150;

function classifyPercent(lower: string, q: Quantity, zoneStartIn: number, clauseStartIn: number): PercentHit | null {
  const clauseStart = Math.max(clauseStartIn, q.start - PERCENT_REACH);
  const zoneStart = Math.max(zoneStartIn, clauseStart);
  const before = lower.slice(zoneStart, q.start);
  const after = lower.slice(q.end, q.end + 80);
  const { qualifier: hedge, length: hedgeLen } = qualifierBefore(before);
  const verbZone = before.slice(0, before.length - hedgeLen).replace(/\s+$/u, '');
  const tail = verbZone.slice(-40);
  let qualifier: Qualifier = hedge;
  // "hoàn thành 103% kế hoạch trở lên", "từ 2% trở lên", "vượt mức từ 2%": at least. Not "từ 5% lên 7%".
  if (/^[^,.;]{0,40}?trở\s+(?:lên|đi)/u.test(after)) qualifier = 'over';
  else if (/(?:^|\s)từ$/u.test(verbZone) && !/^\s*(?:lên|đến|tới|xuống)\s/u.test(after)) qualifier = 'over';

  const changeAfter = /^\s*(?:so\s+(?:với\s+)?(?:cùng\s+kỳ|ck|năm|thực\s+hiện|kết\s+quả|\d{4})|so\s+cùng\s+kỳ)/iu;
  const verb = (re: RegExp): boolean => re.test(tail);
  let role: PercentRole | null = null;
  /** Where the comparison's verb starts when it comes before the subject ("vượt mức kế hoạch doanh thu …"). */
  let earlyStart: number | null = null;

  const bracket = /^\s*\)/u.test(after)
    ? PLAN_IN_BRACKETS.exec(lower.slice(Math.max(clauseStart, q.start - 60), q.start))
    : null;
  if (bracket) {
    // "vượt kế hoạch (5%)" without "đạt" is the excess; 105% is the share either way.
    role = /^(?:chưa\s+)?vượt/u.test(bracket[1]!) && !bracket[2] && q.value < 100 ? 'plan-excess' : 'plan';
    earlyStart = Math.max(clauseStart, q.start - 60) + bracket.index;
  } else if (PLAN_AFTER.test(after)) {
    if (verb(/(?:vượt|tăng|cao\s+hơn)(?:\s+mức)?(?:\s+từ)?$/u)) role = 'plan-excess';
    else role = 'plan';
  } else if (PLAN_EXCESS_BEFORE.test(lower.slice(Math.max(clauseStart, q.start - 90), q.start))) {
    role = 'plan-excess'; // "vượt kế hoạch 56%", "vượt mức kế hoạch doanh thu … từ 2% trở lên"
    const from = Math.max(clauseStart, q.start - 90);
    earlyStart = from + PLAN_EXCESS_VERB.exec(lower.slice(from, q.start))!.index;
  } else if (PLAN_VERB_TAIL.test(tail)) {
    role = 'plan';
  } else if (verb(/tăng\s+trưởng(?:\s+đạt)?$/u) && changeAfter.test(after)) {
    role = 'growth-ambiguous'; // "tăng trưởng đạt 151% so với …": an index or a rise?
  } else if (verb(/(?:tốc\s+độ\s+)?tăng\s+trưởng\s+(?:đạt|ở\s+mức|là)$/u)) {
    role = 'change'; // "tăng trưởng đạt 15%": grew by 15%
  } else if (
    verb(/(?:đạt|hoàn\s+thành|bằng|là)$/u) &&
    /^\s*(?:[,;.]|$)/u.test(after) &&
    /chỉ\s+tiêu|(?:tỷ|tỉ)\s+lệ\s+hoàn\s+thành|hoàn\s+thành\s+kế\s+hoạch/u.test(lower.slice(clauseStart, q.start))
  ) {
    // "chỉ tiêu doanh thu đạt 100,2%", "tỷ lệ hoàn thành kế hoạch doanh thu đạt 102%": the share of the plan
    // reached; the phrase starts with those words.
    role = 'plan';
    const share = /chỉ\s+tiêu|(?:tỷ|tỉ)\s+lệ\s+hoàn\s+thành|hoàn\s+thành\s+kế\s+hoạch/u.exec(
      lower.slice(clauseStart, q.start),
    )!;
    earlyStart = clauseStart + share.index;
  } else if (verb(/tăng\s+trưởng\s+vượt$/u)) {
    role = 'change';
    qualifier = 'over'; // "tăng trưởng vượt 30%": grew by more than 30%
  } else if (verb(/(?:tăng\s+trưởng\s+)?âm$/u)) {
    role = 'change-negative'; // "tăng trưởng âm 5%": shrank by 5%
  } else if (verb(/(?:tăng|tăng\s+trưởng|cao\s+hơn|vượt)$/u)) {
    role = 'change';
  } else if (verb(/(?:giảm|sụt\s+giảm|thấp\s+hơn|hụt)$/u)) {
    role = 'change-negative';
  } else if (changeAfter.test(after)) {
    if (verb(/(?:bằng|đạt|tương\s+đương|tương\s+ứng|là)$/u)) role = 'index';
    else {
      // The verb came earlier: "tăng thu nhập bình quân của người lao động 9,8% so với năm 2017".
      const clause = lower.slice(clauseStart, q.start);
      let lastVerb: RegExpExecArray | null = null;
      for (const m of clause.matchAll(/(?<![\p{L}])(tăng|giảm|bằng|tương\s+đương)(?![\p{L}])/gu))
        lastVerb = m as RegExpExecArray;
      role = !lastVerb
        ? null
        : lastVerb[1] === 'giảm'
          ? 'change-negative'
          : lastVerb[1] === 'tăng'
            ? 'change'
            : 'index';
      // The phrase starts at that verb, so the quote keeps it ("tăng thu nhập … 9,8%").
      if (lastVerb) earlyStart = clauseStart + lastVerb.index;
    }
  } else if (
    /^\s*so\s+(?:với\s+)?(?:năm|cùng)/u.test(after) === false &&
    verb(/(?:bằng|tương\s+đương)$/u) &&
    /^\s*(?:năm|cùng\s+kỳ)\s*\d{0,4}/u.test(after)
  ) {
    role = 'index'; // "bằng 144% năm 2017"
  }
  if (!role) return null;
  if (q.negative) {
    // "tăng trưởng -5%": a fall. A negative share of a plan means nothing.
    if (role === 'plan' || role === 'plan-excess') return null;
    if (role === 'change' || role === 'growth-ambiguous') role = 'change-negative';
  }

  const verbMatch =
    /(?:hoàn\s+thành\s+)?(?:vượt\s+mức|vượt|tăng\s+trưởng(?:\s+(?:đạt|vượt))?|tăng|giảm|bằng|đạt|tương\s+đương|hoàn\s+thành)?(?:\s+từ)?\s*$/u.exec(
      verbZone,
    );
  const phraseStart = earlyStart ?? zoneStart + (verbMatch ? verbZone.length - verbMatch[0].length : verbZone.length);
  const rest = lower.slice(q.end, q.end + 200);
  const stop = /[,;:]|\.(?!\d)|\s(?:và|nhưng|còn)\s|$/u.exec(rest);
  const phraseEnd = q.end + (stop ? stop.index : rest.length);
  const corporatePlan = /tổng\s+công\s+ty|tct/iu.test(lower.slice(q.end, phraseEnd));
  return { q, role, qualifier, phraseEnd, phraseStart, corporatePlan };
}

// ---------------------------------------------------------------------------------------------
// Targets

/**
 * Words that set a target, before the amount. Strong ones make the figure a plan whatever year it is
 * for ("chỉ tiêu doanh thu được giao là 300 tỷ đồng", "kế hoạch năm 2024 là 275 tỷ đồng"); weak ones
 * say intent ("phấn đấu", "dự kiến"), which in a sentence about the reported year is past effort
 * ("Năm 2022, đơn vị phấn đấu và đạt …"). A result verb before a plan word makes it what was achieved
 * ("hoàn thành vượt mức các chỉ tiêu kế hoạch"), and "đã" before an intent word makes it past.
 */
const STRONG_TARGET = new RegExp(
  `${WORD_START}(?:k[ếe]\\s+hoạch(?:\\s+(?!là|với)[^,.;]{1,40}?)?(?:\\s+(?:được\\s+)?giao)?\\s+(?:là|với)|theo\\s+kế\\s+hoạch|chỉ\\s+tiêu[^,.;]{0,50}?(?:được\\s+)?giao(?:\\s+là)?|(?:đặt|đề)\\s+(?:ra\\s+)?mục\\s+tiêu|mục\\s+tiêu\\s+(?:là|đến|đạt)|(?:được\\s+)?giao\\s+(?:kế\\s+hoạch|chỉ\\s+tiêu))${WORD_END}`,
  'gu',
);
const WEAK_TARGET = new RegExp(
  `${WORD_START}(?:phấn\\s+đấu|phấn\\s+dấu|mục\\s+tiêu|dự\\s+kiến|đặt\\s+ra|hướng\\s+tới|sẽ\\s+đạt|cần\\s+đạt|nhằm\\s+đạt)${WORD_END}`,
  'gu',
);
/**
 * A verb of attainment right before a plan word: "hoàn thành kế hoạch …", "vượt kế hoạch …", "đạt 105%
 * kế hoạch năm với …" — the plan is what was reached, so the amounts after it are results.
 */
const ACHIEVE_VERB = String.raw`(?:hoàn\s+thành|vượt|đạt|bằng|thực\s+hiện\s+được)(?:\s+(?:xuất\s+sắc|tốt|vượt\s+mức))?(?:\s+(?:các|toàn\s+bộ))?(?:\s+(?:(?:trên|hơn|gần|khoảng)\s+)?\d+(?:[.,]\d+)?\s*%)?(?:\s+so\s+với)?\s*$`;
const ACHIEVED_BEFORE = new RegExp(ACHIEVE_VERB, 'u');
/** "để hoàn thành kế hoạch …", "cần vượt kế hoạch …": a purpose or a need, so still ahead. */
const PURPOSE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:để|nhằm|cần|phải|sẽ|phấn\s+[đd]ấu|quyết\s+tâm|bảo\s+đảm|đảm\s+bảo)\s+${ACHIEVE_VERB}`,
  'u',
);
const PAST_BEFORE = viRegExp(String.raw`(?<![\p{L}])(?:đã|từng)(?:\s+(?:nỗ\s+lực|cố\s+gắng|quyết\s+tâm))?\s*$`, 'u');

function cuePositions(lower: string, re: RegExp, unless: RegExp, unlessNot?: RegExp): number[] {
  const out: number[] = [];
  for (const m of lower.matchAll(re)) {
    const before = lower.slice(Math.max(0, m.index - 50), m.index);
    if (!unless.test(before) || unlessNot?.test(before)) out.push(m.index);
  }
  return out;
}

/** How many positions of the sorted list are below `at` (a binary search). */
function countBelow(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last position of the sorted list within [from, to), or -1. */
function lastWithin(sorted: readonly number[], from: number, to: number): number {
  const n = countBelow(sorted, to);
  return n > 0 && sorted[n - 1]! >= from ? sorted[n - 1]! : -1;
}

/** Is any position of the sorted list within [from, to)? */
function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  return lastWithin(sorted, from, to) >= 0;
}

/** Words that report what was done, not what is planned: "thực hiện được", "đã đạt", "kết quả đạt". */
const PAST_RESULT = viRegExp(
  String.raw`(?<![\p{L}])(?:thực\s+hiện\s+được|đã\s+(?:đạt|thực\s+hiện)|kết\s+quả(?:\s+thực\s+hiện)?\s+(?:đạt|là))(?![\p{L}])`,
  'u',
);

/** Whether a figure is a result or a target, and its year, from its frame and the target words before it. */
function decide(frame: Frame, strong: boolean, weak: boolean, ctx: FigureContext): { target: boolean; year: number } {
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

// ---------------------------------------------------------------------------------------------
// Amounts that are not the figure

/** A change by an amount: "tăng 25 tỷ đồng", "giảm lỗ 1 tỷ đồng" (the text before the amount, hedge removed). */
const CHANGE_BY_AMOUNT = viRegExp(
  String.raw`(?<![\p{L}])(?:tăng(?:\s+thêm)?|giảm(?:\s+lỗ)?|hụt|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn|chênh\s+lệch)(?:\s+(?:so\s+với\s+)?(?:kế\s+hoạch|kh|cùng\s+kỳ|năm\s+trước))?(?:\s+(?:thêm|được|là))?\s*$`,
  'u',
);
/** "vượt 2,5 tỷ đồng so với kế hoạch": over the plan by an amount, when a figure is already given. */
const EXCEEDS_BY = viRegExp(String.raw`(?<![\p{L}])vượt(?:\s+(?:mức|mốc|ngưỡng))?\s*$`, 'u');
/** The base of a comparison: "so với năm 2022 (225 tỷ đồng)", "trên kế hoạch 115 tỷ đồng". */
const COMPARED_BASE = viRegExp(
  String.raw`(?:^|\s)so\s+(?:với|cùng)\s|(?<![\p{L}])(?:trên|so\s+với|\/)\s*(?:kế\s+hoạch|kh|chỉ\s+tiêu)(?:\s+(?:năm(?:\s+\d{4})?|được\s+giao|giao))?(?:\s+là)?\s*$`,
  'u',
);
/** A part of the unit: "Riêng khu vực Phú Yên đạt doanh thu …", "Bưu điện huyện X đạt …", "… ở mảng bưu chính công ích". */
const PART_OF_UNIT_BEFORE = viRegExp(
  String.raw`(?<![\p{L}])(?:riêng\s+(?:khu\s+vực|địa\s+bàn|huyện|thị\s+xã|thành\s+phố|tp\.?|mảng|lĩnh\s+vực|bưu\s+cục|đơn\s+vị|chi\s+nhánh|trung\s+tâm|bưu\s+điện)|bưu\s+điện\s+(?:huyện|thị\s+xã|quận))(?![\p{L}])`,
  'u',
);
const PART_OF_UNIT_AFTER = viRegExp(
  String.raw`^\s*(?:ở|tại|của|trong)\s+(?:mảng|lĩnh\s+vực|khối|khu\s+vực|địa\s+bàn)(?![\p{L}])`,
  'u',
);
/**
 * A count narrowed by what follows its noun: "93 điểm giao dịch bưu điện cung cấp online dịch vụ …" is
 * the points that do something, not how many points there are.
 */
const RESTRICTED_COUNT = viRegExp(
  String.raw`^\s+(?:bưu\s+điện\s+|văn\s+hóa\s+xã\s+)?(?:đã\s+|đang\s+|được\s+)?(?:cung\s+cấp|có(?!\s+thể)|thực\s+hiện|triển\s+khai|áp\s+dụng|chấp\s+nhận|hỗ\s+trợ|kết\s+nối|lắp\s+đặt|tham\s+gia|đạt|sử\s+dụng|ứng\s+dụng)(?![\p{L}])`,
  'u',
);
/** Signs of a negative amount before it: "âm 1,2 tỷ đồng", "lỗ 3 tỷ đồng". */
/** "trong đó": what follows breaks down the figure before it. */
const BREAKDOWN = viRegExp(String.raw`(?<![\p{L}])trong\s+đó(?![\p{L}])`, 'gu');
const NEGATIVE_BEFORE = viRegExp(String.raw`(?<![\p{L}])(?:âm|lỗ)\s*$`, 'u');

// ---------------------------------------------------------------------------------------------

interface Subject {
  metric: Metric | null;
  /** A service not in the catalogue ("tiết kiệm bưu điện"), for serviceGrowth. */
  service?: string;
  start: number;
  end: number;
}

/** The period a figure covers, or why it has none the schema can hold. */
function periodOf(frame: Frame, target: boolean, clause: string, ctx: FigureContext): Period | 'H2' {
  if (!frame.part) return target ? 'year' : ctx.period;
  // "Quý IV/2023, phấn đấu hoàn thành 100% kế hoạch năm với tổng doanh thu 190 tỷ đồng": the year's
  // plan. Not when the part is named after it: "Để hoàn thành kế hoạch năm 2024 …, 6 tháng cuối năm
  // cần đạt 140 tỷ đồng" is the second half's share.
  if (target) {
    const lastAt = (re: RegExp): number => {
      let at = -1;
      for (const m of clause.matchAll(re)) at = m.index;
      return at;
    };
    const wholeYear = lastAt(/kế\s+hoạch\s+(?:cả\s+)?năm|cả\s+năm/gu);
    if (wholeYear >= 0 && wholeYear > lastAt(/\d+\s+tháng|quý\s+[ivx\d]+|nửa\s+(?:đầu|cuối)\s+năm/gu)) return 'year';
  }
  return frame.part;
}

/** Read every figure of one block (paragraph or caption). */
function readBlock(text: string, block: number, ctx: FigureContext, out: FigureResult): void {
  // A figure needs a digit; speeches and captions without one are passed over.
  if (!/\d/.test(text)) return;
  const lower = lowerKeepLength(text);
  const masked = maskComparisonYears(lower);
  const time = new TimeReader(masked, findTimeMentions(masked));
  let carry: Frame | null = null;
  let carrySubject: Subject | null = null;

  // Cues, amounts and words are found once per block, then handed out by sentence (in order, so
  // each sentence takes its share without scanning the whole block again).
  const blockCues = findCues(lower);
  const blockQuantities = scanQuantities(lower);
  const strongCues = cuePositions(lower, STRONG_TARGET, ACHIEVED_BEFORE, PURPOSE_BEFORE);
  const weakCues = cuePositions(lower, WEAK_TARGET, PAST_BEFORE);
  const breakdowns = lower.includes('trong đó') ? [...lower.matchAll(BREAKDOWN)].map((m) => m.index) : [];
  const semicolons: number[] = [];
  for (let at = lower.indexOf(';'); at >= 0; at = lower.indexOf(';', at + 1)) semicolons.push(at);
  let ci = 0;
  let qi = 0;
  let si = 0;
  const skipped = (
    why: 'span' | 'H2' | 'part-of-unit' | 'negative' | 'foreign-currency' | 'past-plan',
    phrase: string,
    frame?: Frame,
  ): void => {
    const what: Record<typeof why, [string, string]> = {
      span: [
        `"${phrase}" là tổng của cả giai đoạn ("${frame?.phrase ?? ''}"), không phải số của một năm; chưa đưa vào. Hãy thêm tay nếu cần.`,
        `"${phrase}" is a total over a span of years ("${frame?.phrase ?? ''}"), not one year's figure; it was left out. Add it by hand if needed.`,
      ],
      H2: [
        `"${phrase}" là số của 6 tháng cuối năm, không có kỳ tương ứng; chưa đưa vào.`,
        `"${phrase}" is a figure for the second half of the year, which has no period of its own; it was left out.`,
      ],
      'part-of-unit': [
        `"${phrase}" là số của một phần đơn vị (một khu vực, một mảng, một bưu điện huyện), không phải của cả Bưu điện tỉnh; chưa đưa vào.`,
        `"${phrase}" is a figure for a part of the unit (an area, a line of business, a district post office), not the whole provincial post office; it was left out.`,
      ],
      negative: [
        `"${phrase}" có dấu âm, nhưng chỉ tiêu này không thể âm; chưa đưa vào. Hãy đối chiếu với bài.`,
        `"${phrase}" has a minus sign, but this metric cannot be negative; it was left out. Check the article.`,
      ],
      'past-plan': [
        `"${phrase}" là kế hoạch của năm ${ctx.reportYear}, năm được tổng kết, không phải chỉ tiêu cho năm ${ctx.planYear ?? ctx.reportYear + 1}; chưa đưa vào (kết quả của năm ${ctx.reportYear} là số bài báo cáo).`,
        `"${phrase}" is the plan for ${ctx.reportYear}, the year reported on, not a target for ${ctx.planYear ?? ctx.reportYear + 1}; it was left out (the result for ${ctx.reportYear} is what the article reports).`,
      ],
      'foreign-currency': [
        `"${phrase}" tính bằng ngoại tệ, không phải đồng; chưa đưa vào (không tự quy đổi). Hãy thêm tay bằng đồng nếu bài có số đó.`,
        `"${phrase}" is in a foreign currency, not đồng; it was left out (no exchange rate is assumed). Add it by hand in đồng if the article gives that figure.`,
      ],
    };
    out.warnings.push(warning('kpis', what[why][0], what[why][1], phrase));
  };

  for (const sentence of splitSentences(text)) {
    const s0 = sentence.start;
    const s1 = sentence.end;
    const cues: CueHit[] = [];
    while (ci < blockCues.length && blockCues[ci]!.start < s0) ci += 1;
    for (let i = ci; i < blockCues.length && blockCues[i]!.start < s1; i += 1)
      if (blockCues[i]!.end <= s1) cues.push(blockCues[i]!);
    const quantities: Quantity[] = [];
    while (qi < blockQuantities.length && blockQuantities[qi]!.start < s0) qi += 1;
    for (let i = qi; i < blockQuantities.length && blockQuantities[i]!.start < s1; i += 1)
      if (blockQuantities[i]!.end <= s1) quantities.push(blockQuantities[i]!);
    const semis: number[] = [];
    while (si < semicolons.length && semicolons[si]! < s0) si += 1;
    for (let i = si; i < semicolons.length && semicolons[i]! < s1; i += 1) semis.push(semicolons[i]!);
    if (quantities.length === 0) {
      carrySubject = null;
      const topic = sentenceTopic(masked, time.within(s0, s1), s0, s1, cues[0]?.start ?? s1);
      if (topic) carry = { ...topic, source: 'carry' };
      continue;
    }

    // Where the sentence's first figure starts: a cue, or an amount that is not a year or a part of one.
    const mentionsHere = time.within(s0, s1);
    const inMention = (q: Quantity): boolean => mentionsHere.some((m) => q.start >= m.start && q.start < m.end);
    const firstAmount = quantities.find((q) => !inMention(q));
    const firstFigureAt = Math.min(cues[0]?.start ?? s1, firstAmount?.start ?? s1);
    const topic = sentenceTopic(masked, mentionsHere, s0, s1, firstFigureAt);
    const events: (
      { t: 'cue'; at: number; cue: CueHit } | { t: 'q'; at: number; q: Quantity } | { t: 'semi'; at: number }
    )[] = [
      ...cues.map((cue) => ({ t: 'cue' as const, at: cue.start, cue })),
      ...quantities.map((q) => ({ t: 'q' as const, at: q.start, q })),
      ...semis.map((at) => ({ t: 'semi' as const, at })),
    ].sort((a, b) => a.at - b.at);

    let subject: Subject | null = null;
    let current: FigureDraft | null = null;
    let lastQuantityEnd = s0;
    let pending: PercentHit[] = [];
    let clauseStart = s0;
    let afterBreakdown = false;
    /** Parts listed after "trong đó" for the figure they break down ("195 tuyến phát trong đó có 48 … và 141 …"). */
    let breakdown: { fig: FigureDraft; parts: number[]; end: number } | null = null;
    /** A plan percentage for all the figures listed next ("vượt mức từ 2% các chỉ tiêu kế hoạch …, trong đó: …"). */
    let generalPlan: PercentHit | null = null;
    let lastOwnFrame: Frame | null = null;
    /** The subject of the clause before the last ";": a clause with none of its own may continue it. */
    let subjectBeforeSemi: Subject | null = null;
    const madeHere = new Set<string>();
    /** A figure was left out (a part of the unit, a span of years): the percentages after it are its own. */
    let dropRest = false;
    const leaveOut = (why: Parameters<typeof skipped>[0], phrase: string, frame?: Frame): void => {
      dropRest = true;
      pending = [];
      skipped(why, phrase, frame);
    };

    /** The start of the comma-delimited segment of the clause that holds `at` (searched back to the clause's start only). */
    const segmentStart = (at: number): number => {
      // A segment longer than this is no phrase a year or a comparison could be part of.
      const floor = Math.max(clauseStart, s0, at - 400);
      for (let i = at - 1; i >= floor; i -= 1) if (lower.charCodeAt(i) === 44 /* , */) return i + 1;
      return floor;
    };
    const frameFor = (at: number, end: number | null): Frame => {
      const from =
        subject && subject.start >= s0 ? Math.min(segmentStart(subject.start), segmentStart(at)) : segmentStart(at);
      return time.frameOf(from, at, end, topic, carry);
    };
    // A target word binds the amounts after it until a past result is named: "được giao kế hoạch doanh
    // thu 300 tỷ đồng, thực hiện được 310 tỷ đồng" plans 300 and reports 310.
    const decideAt = (at: number, frame: Frame): { target: boolean; year: number } => {
      const cue = lastWithin(strongCues, clauseStart, at);
      const strong = cue >= 0 && !PAST_RESULT.test(lower.slice(Math.max(cue, at - 300), at));
      return decide(frame, strong, anyWithin(weakCues, s0, at), ctx);
    };
    /** In a year-end review, a plan for the year reported on is the base its result is measured by, not a target. */
    const isPastPlan = (target: boolean, year: number): boolean =>
      target && ctx.period === 'year' && year === ctx.reportYear && year !== (ctx.planYear ?? ctx.reportYear + 1);
    const estimatedBetween = (from: number, to: number): boolean =>
      /(?<![\p{L}])ước(?:\s+(?:đạt|tính|thực\s+hiện|khoảng))?(?![\p{L}])/u.test(
        lower.slice(Math.max(clauseStart, from - 12, to - 200), to),
      );
    const applyGeneralPlan = (fig: FigureDraft): void => {
      if (
        !generalPlan ||
        fig.planPercent !== undefined ||
        fig.kind !== (decideAt(generalPlan.q.start, frameFor(generalPlan.q.start, null)).target ? 'target' : 'result')
      )
        return;
      fig.planPercent = round(generalPlan.role === 'plan' ? generalPlan.q.value : 100 + generalPlan.q.value);
      if (generalPlan.qualifier !== 'exact') fig.planQualifier = generalPlan.qualifier;
      fig.corporatePlan = generalPlan.corporatePlan;
      fig.quote = `${text.slice(generalPlan.phraseStart, generalPlan.phraseEnd).trim()} … ${fig.quote}`;
    };

    const flush = (): void => {
      if (pending.length > 0 && subject) emitPercentsOnly(subject, pending);
      pending = [];
    };

    const emitPercentsOnly = (subj: Subject, hits: PercentHit[]): void => {
      const first = hits[0]!;
      const start = Math.min(subj.start, ...hits.map((h) => h.phraseStart));
      const end = Math.max(...hits.map((h) => h.phraseEnd));
      const quote = text.slice(start, end).trim();
      const frame = frameFor(first.q.start, null);
      if (frame.kind === 'span') return leaveOut('span', quote, frame);
      const { target, year } = decideAt(first.q.start, frame);
      const period = periodOf(frame, target, lower.slice(Math.max(clauseStart, first.q.start - 200), end), ctx);
      if (period === 'H2') return leaveOut('H2', quote);
      if (isPastPlan(target, year)) return leaveOut('past-plan', quote);
      if (frame.source === 'local' || frame.source === 'attached') lastOwnFrame = frame;
      const metric = subj.metric;
      const onlyChange = hits.every((h) => h.role !== 'plan' && h.role !== 'plan-excess');
      if (!metric || (metric.group === 'service' && onlyChange && !target)) {
        const name = subj.service ?? text.slice(subj.start, subj.end);
        const draft: ServiceGrowthDraft = {
          service: cleanServiceName(name),
          ...(metric ? { metric: metric.id } : {}),
          changePercent: 0,
          year,
          period,
          quote,
          block,
          start,
          warnings: [],
        };
        let hasChange = false;
        for (const h of hits) {
          if (h.role === 'plan' || h.role === 'plan-excess')
            draft.planPercent = h.role === 'plan' ? h.q.value : 100 + h.q.value;
          else {
            const c = readChange(h, metric, text, draft.warnings, 'serviceGrowth');
            if (c) {
              draft.changePercent = c.value;
              if (c.qualifier !== 'exact') draft.qualifier = c.qualifier;
              hasChange = true;
            }
          }
        }
        if (hasChange && draft.service.length > 0) out.serviceGrowth.push(draft);
        return;
      }
      const fig: FigureDraft = {
        kind: target ? 'target' : 'result',
        metric: metric.id,
        value: null,
        unit: metric.unit,
        qualifier: first.qualifier,
        estimated: estimatedBetween(subj.start, first.q.start),
        year,
        period,
        quote,
        block,
        start,
        end,
        warnings: [],
      };
      for (const h of hits) attachPercent(fig, h, metric, text);
      fig.quote = text.slice(fig.start, fig.end).trim();
      applyGeneralPlan(fig);
      (target ? out.targets : out.kpis).push(fig);
      madeHere.add(metric.id);
    };

    for (const ev of events) {
      if (ev.t === 'semi') {
        flush();
        subjectBeforeSemi = subject?.metric ? subject : null;
        subject = null;
        current = null;
        clauseStart = ev.at + 1;
        lastQuantityEnd = clauseStart;
        afterBreakdown = false;
        dropRest = false;
        continue;
      }
      if (ev.t === 'cue') {
        flush();
        subject = { metric: ev.cue.metric, start: ev.cue.start, end: ev.cue.end };
        current = null;
        dropRest = false;
        continue;
      }
      const q = ev.q;
      if (q.inRange) continue;
      const zoneStart = Math.max(clauseStart, lastQuantityEnd, subject?.end ?? clauseStart);
      // A year ("năm 2019") is not an amount: it does not end the zone a percentage's verb is read in.
      if (!(q.kind === 'plain' && inMention(q))) lastQuantityEnd = q.end;
      if (q.kind === 'percent') {
        if (dropRest) continue;
        const hit = classifyPercent(lower, q, zoneStart, clauseStart);
        if (!hit) continue;
        if (current && current.start >= clauseStart) {
          attachPercent(current, hit, metricById(current.metric)!, text);
          current.end = Math.max(current.end, hit.phraseEnd);
          current.quote = text.slice(current.start, current.end).trim();
          continue;
        }
        // "hoàn thành vượt mức từ 2% các chỉ tiêu kế hoạch …, trong đó: Tổng doanh thu …": for every figure listed.
        if (
          (hit.role === 'plan' || hit.role === 'plan-excess') &&
          (!subject || subject.metric === null) &&
          /^[^,.;]{0,12}?(?:của\s+)?(?:các|tất\s+cả\s+các|toàn\s+bộ)\s+chỉ\s+tiêu/u.test(lower.slice(q.end, q.end + 40))
        ) {
          generalPlan = hit;
          continue;
        }
        if (!subject || subject.metric === null) {
          // List items each name their own service: "Chuyển phát … tăng 13,3%, tiết kiệm bưu điện tăng 54,4%".
          const item = serviceSubject(text, lower, s0, zoneStart, hit);
          if (item && (!subject || item.start > subject.start)) {
            flush();
            subject = item;
          }
        }
        // A sentence that opens on the comparison ("Tăng trưởng đạt gần 151% so với …") continues the
        // previous sentence's subject; its quote is its own phrase.
        if (!subject && carrySubject && /^[^,;]*$/u.test(lower.slice(s0, hit.phraseStart))) {
          subject = { ...carrySubject, start: hit.phraseStart, end: hit.phraseStart };
        }
        if (subject) {
          if (
            subject.metric &&
            /(?:đặc\s+biệt\s+là|nhất\s+là|trong\s+đó)\s+(?:các\s+)?dịch\s+vụ/u.test(
              lower.slice(subject.end, hit.q.start),
            )
          ) {
            const phrase = text.slice(subject.start, hit.phraseEnd).trim();
            const name = text.slice(subject.start, subject.end);
            out.warnings.push(
              warning(
                'serviceGrowth',
                `"${phrase}": tỷ lệ này có thể là của các dịch vụ nêu ở giữa câu, không phải của cả ${name}. Hãy đối chiếu với bài.`,
                `"${phrase}": the percentage may be for the services named in between, not for ${name} as a whole. Check the article.`,
                phrase,
              ),
            );
          }
          pending.push(hit);
        }
        continue;
      }
      // An amount.
      let metric: Metric | null = null;
      let end = q.end;
      if (q.kind === 'plain' && q.nounStart !== undefined) {
        const noun = nounMetric(lower, q.nounStart, subject?.metric ?? null);
        if (noun) {
          metric = noun.metric;
          end = noun.end;
        }
      } else if (q.kind === 'money') {
        // "doanh thu tăng bình quân 14%/năm; năm 2022 đạt 620 tỷ đồng": a clause that is only a time,
        // a verb and the amount goes on with the subject before the semicolon.
        if (
          !subject &&
          subjectBeforeSemi &&
          SUBJECTLESS_CLAUSE.test(lower.slice(clauseStart, q.start)) &&
          /^\s*(?:[,.;)]|$)/u.test(lower.slice(q.end, q.end + 3))
        ) {
          subject = subjectBeforeSemi;
        }
        const subj = subject?.metric;
        const unit: Unit =
          q.per === 'person/month' ? 'VND/person/month' : q.per === 'person/year' ? 'VND/person/year' : 'VND';
        if (subj && [subj.unit, ...(subj.altUnits ?? [])].includes(unit)) metric = subj;
        else if (unit === 'VND/person/month') metric = metricById('average_income')!;
        else if (unit === 'VND/person/year') metric = metricById('labor_productivity')!;
      } else if (q.kind === 'foreign-money') {
        // "Doanh thu đạt 3,5 triệu USD": the metric is in đồng; the amount is not.
        if (subject?.metric && subject.metric.unit.startsWith('VND'))
          leaveOut('foreign-currency', text.slice(subject.start, q.end).trim());
        continue;
      } else if (q.kind === 'km-per-point') metric = metricById('service_radius')!;
      else if (q.kind === 'people-per-point') metric = metricById('population_per_point')!;
      if (!metric) continue;
      if (metric.group === 'network' && RESTRICTED_COUNT.test(lower.slice(end, end + 60))) continue;

      // Amounts that are not the figure: a change by an amount, the base of a comparison.
      const near = lower.slice(Math.max(clauseStart, q.start - 40), q.start);
      const hedge = qualifierBefore(near);
      const verbTail = near.slice(0, near.length - hedge.length);
      if (CHANGE_BY_AMOUNT.test(verbTail)) continue;
      const sameInClause = current !== null && current.metric === metric.id && current.start >= clauseStart;
      if (EXCEEDS_BY.test(verbTail) && (sameInClause || /^\s*so\s+(?:với|cùng)/u.test(lower.slice(end, end + 20))))
        continue;
      const segment = lower.slice(segmentStart(q.start), q.start);
      if (COMPARED_BASE.test(segment)) continue;

      if (anyWithin(breakdowns, clauseStart, q.start) && current?.metric === metric.id) afterBreakdown = true;
      if (afterBreakdown && madeHere.has(metric.id)) {
        if (breakdown && breakdown.fig.metric === metric.id) {
          breakdown.parts.push(q.value);
          breakdown.end = end;
        }
        continue;
      }

      const unit: Unit =
        q.kind === 'money'
          ? q.per === 'person/month'
            ? 'VND/person/month'
            : q.per === 'person/year'
              ? 'VND/person/year'
              : 'VND'
          : metric.unit;
      let start = subject?.metric === metric ? subject.start : hedgeStart(lower, clauseStart, q.start);
      // "ước tính tiết kiệm cho người dân trên 20 tỷ đồng": the estimate word belongs to the phrase; so
      // does a target word or a verb right before the subject ("phấn đấu doanh thu đạt …", "đạt tổng
      // doanh thu 552,6 tỷ đồng"), which tells a reader what kind of figure it is.
      const estimate = /(?<![\p{L}])ước(?:\s+(?:đạt|tính|thực\s+hiện))?\s+$/u.exec(
        lower.slice(Math.max(clauseStart, start - 16), start),
      );
      if (estimate) start = Math.max(clauseStart, start - 16) + estimate.index;
      else if (subject?.metric === metric) {
        const lead =
          /(?<![\p{L}])(?:phấn\s+[đd]ấu(?:\s+(?:đạt|thực\s+hiện))?|dự\s+kiến|mục\s+tiêu|chỉ\s+tiêu|(?:(?:được\s+)?giao\s+)?kế\s+hoạch|(?:ước\s+)?đạt|thực\s+hiện)\s+$/u.exec(
            lower.slice(Math.max(clauseStart, start - 30), start),
          );
        if (lead) start = Math.max(clauseStart, start - 30) + lead.index;
      }
      const phrase = text.slice(start, end).trim();

      if (
        metric.group !== 'network' &&
        (PART_OF_UNIT_BEFORE.test(lower.slice(Math.max(clauseStart, start - 60), q.start)) ||
          PART_OF_UNIT_AFTER.test(lower.slice(end, end + 30)))
      ) {
        leaveOut('part-of-unit', phrase);
        continue;
      }
      // A loss: "lỗ 3 tỷ đồng", "âm 1,2 tỷ đồng", "-1,5 tỷ đồng", or a subject that is the loss itself.
      const lossSubject = subject?.metric === metric && /lỗ$/u.test(lower.slice(subject.start, subject.end));
      const negative = q.negative === true || lossSubject || NEGATIVE_BEFORE.test(verbTail.trimEnd());
      if (negative && metric.valid[0] >= 0) {
        leaveOut('negative', phrase);
        continue;
      }

      const frame = frameFor(q.start, end);
      if (frame.kind === 'span') {
        leaveOut('span', phrase, frame);
        continue;
      }
      const { target, year } = decideAt(q.start, frame);
      const period = periodOf(frame, target, lower.slice(Math.max(clauseStart, q.start - 200), end), ctx);
      if (period === 'H2') {
        leaveOut('H2', phrase);
        continue;
      }
      if (isPastPlan(target, year)) {
        leaveOut('past-plan', phrase);
        continue;
      }
      if (frame.source === 'local' || frame.source === 'attached') lastOwnFrame = frame;
      dropRest = false;
      const fig: FigureDraft = {
        kind: target ? 'target' : 'result',
        metric: metric.id,
        value: q.value,
        unit,
        qualifier: hedge.qualifier,
        estimated: estimatedBetween(start, q.start),
        year,
        period,
        quote: '',
        block,
        start,
        end,
        warnings: [],
      };
      choosePlausibleReading(fig, q, metric, text);
      if (negative && fig.value !== null) fig.value = -fig.value;
      if (subject?.metric === metric) {
        for (const h of pending) attachPercent(fig, h, metric, text);
        pending = [];
      }
      fig.quote = text.slice(fig.start, fig.end).trim();
      applyGeneralPlan(fig);
      (target ? out.targets : out.kpis).push(fig);
      madeHere.add(metric.id);
      current = fig;
      if (metric.unit === 'count') breakdown = { fig, parts: [], end };
      // A count named by its own noun ("45.000 lượt người") does not end the cue's subject: "chi trả
      // … cho hơn 45.000 lượt người với tổng số tiền 1.350 tỷ đồng" still pays out 1 350 billion.
      if (!subject) subject = { metric, start, end };
    }
    flush();
    if (breakdown && breakdown.parts.length >= 2 && breakdown.fig.value !== null) {
      const sum = breakdown.parts.reduce((a, b) => a + b, 0);
      if (sum !== breakdown.fig.value) {
        const phrase = text.slice(breakdown.fig.start, breakdown.end).trim();
        breakdown.fig.warnings.push(
          warning(
            'value',
            `"${phrase}": các phần cộng lại được ${formatVi(sum)}, không phải ${formatVi(breakdown.fig.value)}. Hãy kiểm tra tổng số.`,
            `"${phrase}": the parts add up to ${formatPlain(sum)}, not ${formatPlain(breakdown.fig.value)}. Check the total.`,
            phrase,
          ),
        );
      }
    }
    carrySubject = subject && subject.metric ? subject : carrySubject;
    // What frames the next sentences of the paragraph: this one's opening, else the time its figures named.
    if (topic) carry = { ...topic, source: 'carry' };
    else if (lastOwnFrame) carry = { ...(lastOwnFrame as Frame), source: 'carry' };
  }
}

/**
 * A clause of a time, a verb (a target's word before it, maybe) and a hedge only, before its amount:
 * "; năm 2022 đạt ", "; riêng quý IV ước đạt trên ", "; năm 2024 phấn đấu đạt ", "; kế hoạch năm 2024 là ".
 */
const CLAUSE_TIME = String.raw`(?:(?:trong\s+)?năm\s+\d{4}|năm\s+(?:nay|qua|tới)|quý\s+[ivx\d]+(?:\/\d{4})?)`;
const SUBJECTLESS_CLAUSE = new RegExp(
  String.raw`^\s*(?:riêng\s+)?(?:${CLAUSE_TIME}\s*,?\s*)?(?:(?:phấn\s+[đd]ấu|dự\s+kiến|đặt\s+mục\s+tiêu|mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu|kết\s+quả(?:\s+thực\s+hiện)?)(?:\s+${CLAUSE_TIME})?\s+)?(?:(?:ước\s+)?(?:đạt|thực\s+hiện(?:\s+được)?)|là)\s+(?:(?:trên|hơn|gần|khoảng|xấp\s+xỉ)\s+)?$`,
  'u',
);

/** Where a figure without a cue starts: its hedge or its verb ("đạt hơn 41.500 hồ sơ"). */
function hedgeStart(lower: string, clauseStartIn: number, at: number): number {
  const clauseStart = Math.max(clauseStartIn, at - 40);
  const before = lower.slice(clauseStart, at);
  const m = /(?:(?:ước\s+)?(?:đạt|có|với|mở(?:\s+online)?|cho)\s+)?(?:(?:trên|hơn|gần|khoảng|xấp xỉ|dưới)\s+)?$/u.exec(
    before,
  );
  return clauseStart + (m ? before.length - m[0].length : before.length);
}

/**
 * A subject that is a service outside the catalogue: the noun phrase before "tăng N%" in a list
 * ("như: Chuyển phát bưu phẩm bảo đảm tăng 13,3%, tiết kiệm bưu điện tăng 54,4%"), or the sentence's
 * subject when it names a service ("Dịch vụ bảo hiểm y tế … tăng 138%").
 */
function serviceSubject(text: string, lower: string, s0: number, clauseStart: number, hit: PercentHit): Subject | null {
  if (hit.role !== 'change' && hit.role !== 'change-negative' && hit.role !== 'index') {
    const sent = lower.slice(s0, Math.min(hit.q.start, s0 + 200));
    const lead =
      /^(?:[^,.;:]{0,20}?)((?:nhóm\s+)?dịch\s+vụ\s[^.;:]{2,80}?)\s+(?:được|đã|có|đạt|tăng|hoàn\s+thành)/u.exec(sent);
    if (!lead) return null;
    const st = s0 + lead.index + lead[0].indexOf(lead[1]!);
    return { metric: null, service: text.slice(st, st + lead[1]!.length), start: st, end: st + lead[1]!.length };
  }
  // An item is at most 60 characters: 200 before the phrase are enough (and keep the scan short).
  const from = Math.max(clauseStart, hit.phraseStart - 200);
  const before = lower.slice(from, hit.phraseStart);
  const item = /(?:^|[,:;]|\s(?:như|gồm|là|trong\s+đó))\s*([^,:;]{2,60}?)\s*$/u.exec(before);
  if (item && item[1] && (from === clauseStart || item.index > 0)) {
    const name = item[1];
    const words = name.split(/\s+/).length;
    if (
      words <= 8 &&
      !/(?:bưu\s+điện\s+(?:tỉnh|huyện)|đơn\s+vị|doanh\s+nghiệp|toàn\s+tỉnh|năm\s+\d{4})$/u.test(name) &&
      !/^(?:và|đã|được|có)$/u.test(name)
    ) {
      const st = from + before.lastIndexOf(name);
      return { metric: null, service: text.slice(st, st + name.length), start: st, end: st + name.length };
    }
  }
  const sent = lower.slice(s0, Math.min(hit.q.start, s0 + 200));
  const lead = /^((?:nhóm\s+)?dịch\s+vụ\s[^.;:]{2,80}?)\s+(?:được|đã|có|đạt|tăng|hoàn\s+thành)/u.exec(sent);
  if (lead)
    return { metric: null, service: text.slice(s0, s0 + lead[1]!.length), start: s0, end: s0 + lead[1]!.length };
  return null;
}

function cleanServiceName(name: string): string {
  return name
    .replace(/^(?:nhóm\s+dịch\s+vụ\s+|nhóm\s+)/iu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('vi'));
}

/** Choose between "91,352 triệu" as 91.352 million and as 91 352 million: the plausible one. */
function choosePlausibleReading(fig: FigureDraft, q: Quantity, metric: Metric, text: string): void {
  if (fig.value === null) return;
  const phrase = text.slice(q.start, q.end);
  const label = metric.label.en.toLowerCase();
  const labelVi = metric.label.vi.toLowerCase();
  // "25,000 tỷ đồng": nobody writes a decimal part of zeros, so the comma may be an English thousands
  // separator. Both readings can be plausible; the Vietnamese one is kept and a reviewer asked.
  const zeroDecimals = q.alternative !== undefined && /,0{3}$/u.test(q.raw);
  if (isPlausible(metric, fig.value) && !q.unconventional && !zeroDecimals) return;
  if (isPlausible(metric, fig.value) && zeroDecimals) {
    fig.warnings.push(
      warning(
        'value',
        `"${phrase}": phần thập phân toàn số 0, dấu phẩy có thể là dấu phân cách hàng nghìn (${formatVi(q.alternative!)}); đã đọc là ${formatVi(fig.value)}. Hãy kiểm tra.`,
        `"${phrase}": the decimals are all zeros, so the comma may separate thousands (${formatPlain(q.alternative!)}); read as ${formatPlain(fig.value)}. Check it.`,
        phrase,
      ),
    );
    return;
  }
  if (!isPlausible(metric, fig.value)) {
    if (q.alternative !== undefined && isPlausible(metric, q.alternative)) {
      fig.warnings.push(
        warning(
          'value',
          `Đã đọc "${phrase}" là ${formatVi(q.alternative)} ${fig.unit}: hiểu đúng theo chữ (${formatVi(fig.value)}) thì không hợp lý với ${labelVi}. Hãy kiểm tra đơn vị và dấu phân cách.`,
          `Read "${phrase}" as ${formatPlain(q.alternative)} ${fig.unit}: taken literally (${formatPlain(fig.value)}) it is implausible for ${label}. Check the unit and separators.`,
          phrase,
        ),
      );
      fig.value = q.alternative;
    } else {
      fig.warnings.push(
        warning(
          'value',
          `"${phrase}" (${formatVi(fig.value)} ${fig.unit}) nằm ngoài khoảng hợp lý của ${labelVi} (${formatVi(metric.plausible[0])}–${formatVi(metric.plausible[1])}). Hãy đối chiếu số với bài.`,
          `"${phrase}" (${formatPlain(fig.value)} ${fig.unit}) is outside the plausible range for ${label} (${formatPlain(metric.plausible[0])}–${formatPlain(metric.plausible[1])}). Check the number against the article.`,
          phrase,
        ),
      );
    }
  } else if (q.unconventional) {
    fig.warnings.push(
      warning(
        'value',
        `"${phrase}" dùng dấu phân cách kiểu tiếng Anh; đã đọc là ${formatVi(fig.value)}. Hãy kiểm tra.`,
        `"${phrase}" uses separators the English way; read as ${formatPlain(fig.value)}. Check it.`,
        phrase,
      ),
    );
  }
}

function readChange(
  h: PercentHit,
  metric: Metric | null,
  text: string,
  warnings: Warning[],
  field: string,
): { value: number; qualifier: Qualifier } | null {
  const x = h.q.value;
  const phrase = text.slice(h.phraseStart, h.phraseEnd).trim();
  const range = metric?.plausibleChange ?? [-100, 1000];
  switch (h.role) {
    case 'change': {
      // Over 100, "tăng X%" is read by its wording: compared "với thực hiện / kết quả năm …" it is the
      // index those words go with ("bằng 111% so với thực hiện năm 2019"), so "tăng 114% so với thực hiện
      // năm 2019" is +14; compared "với cùng kỳ" it is a rise, kept as written unless it is implausible
      // for the metric. Either way a reviewer is told the other reading.
      const indexWording = /so\s+(?:với\s+)?(?:thực\s+hiện|kết\s+quả)/u.test(lowerKeepLength(phrase));
      if (x > 100 && (indexWording || !(x <= range[1])) && x - 100 <= range[1]) {
        warnings.push(
          warning(
            field,
            `"${phrase}" hiểu đúng theo chữ là tăng ${formatVi(x)}%, không hợp lý trong một năm; đã đọc là chỉ số (bằng ${formatVi(x)}% năm trước = +${formatVi(round(x - 100))}%). Hãy đối chiếu với bài.`,
            `"${phrase}" taken literally is a rise of ${x}%, implausible for one year; read as an index (${x}% of last year = +${round(x - 100)}%). Check the article.`,
            phrase,
          ),
        );
        return { value: round(x - 100), qualifier: h.qualifier };
      }
      if (x >= 100) {
        warnings.push(
          warning(
            field,
            `"${phrase}": tăng ${formatVi(x)}% trong một năm; nếu bài muốn nói "bằng ${formatVi(x)}% năm trước" thì mức tăng là +${formatVi(round(x - 100))}%.`,
            `"${phrase}": a rise of ${x}% in one year; if the article meant "${x}% of last year", the change is +${round(x - 100)}%.`,
            phrase,
          ),
        );
      }
      return { value: x, qualifier: h.qualifier };
    }
    case 'change-negative':
      return { value: -x, qualifier: h.qualifier };
    case 'index':
      return { value: round(x - 100), qualifier: h.qualifier };
    case 'growth-ambiguous':
      if (x > 100) {
        warnings.push(
          warning(
            field,
            `"${phrase}" có thể hiểu là "bằng ${formatVi(x)}% năm trước" (+${formatVi(round(x - 100))}%) hoặc "tăng ${formatVi(x)}%"; đã đọc theo cách thứ nhất. Hãy đối chiếu với bài.`,
            `"${phrase}" can mean "${x}% of last year" (+${round(x - 100)}%) or "grew by ${x}%"; read as the first. Check the article.`,
            phrase,
          ),
        );
        return { value: round(x - 100), qualifier: h.qualifier };
      }
      return { value: x, qualifier: h.qualifier };
    default:
      return null;
  }
}

function attachPercent(fig: FigureDraft, h: PercentHit, metric: Metric, text: string): void {
  const phrase = text.slice(h.phraseStart, h.phraseEnd).trim();
  if (h.role === 'plan' || h.role === 'plan-excess') {
    const value = round(h.role === 'plan' ? h.q.value : 100 + h.q.value);
    if (fig.planPercent === undefined) {
      fig.planPercent = value;
      if (h.qualifier !== 'exact') fig.planQualifier = h.qualifier;
      fig.corporatePlan = h.corporatePlan;
    } else if (fig.planPercent !== value) {
      // Two plans ("đạt 100% kế hoạch mục tiêu đề ra, đạt 103% kế hoạch Tổng Công ty giao"):
      // the corporation's plan is the official one.
      const prefer = h.corporatePlan && !fig.corporatePlan;
      const kept = prefer ? value : fig.planPercent;
      const corporate = prefer || fig.corporatePlan;
      fig.warnings.push(
        warning(
          'planPercent',
          `Bài nêu hai tỷ lệ hoàn thành kế hoạch (${formatVi(fig.planPercent)}% và ${formatVi(value)}%); giữ ${formatVi(kept)}%${corporate ? ', theo kế hoạch Tổng công ty giao' : ', tỷ lệ nêu trước'}.`,
          `Two plan percentages are given (${fig.planPercent}% and ${value}%); kept ${kept}%${corporate ? ', the plan set by the corporation' : ', the first'}.`,
          phrase,
        ),
      );
      if (prefer) {
        fig.planPercent = value;
        if (h.qualifier !== 'exact') fig.planQualifier = h.qualifier;
        else delete fig.planQualifier;
      }
    }
  } else {
    const c = readChange(h, metric, text, fig.warnings, 'changePercent');
    if (!c) return;
    if (fig.changePercent === undefined) {
      fig.changePercent = c.value;
      if (c.qualifier !== 'exact') fig.changeQualifier = c.qualifier;
    }
  }
  if (fig.value === null && fig.qualifier === 'exact' && h.qualifier !== 'exact') fig.qualifier = h.qualifier;
  // The quote runs from the first word of either ("tăng thu nhập bình quân … 9,8%") to the last.
  fig.start = Math.min(fig.start, h.phraseStart);
  fig.end = Math.max(fig.end, h.phraseEnd);
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const PLAIN_VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
function formatPlain(v: number): string {
  return PLAIN.format(v);
}
function formatVi(v: number): string {
  return PLAIN_VI.format(v);
}

// ---------------------------------------------------------------------------------------------

/** Merge what several phrases said about the same figure; keep the first where they disagree. */
function mergeDuplicates<T extends FigureDraft>(list: T[], warnings: Warning[]): T[] {
  const out: T[] = [];
  for (const f of list) {
    const same = out.find(
      (o) => o.metric === f.metric && o.year === f.year && o.period === f.period && o.kind === f.kind,
    );
    if (!same) {
      out.push(f);
      continue;
    }
    const conflict =
      same.value !== null && f.value !== null && Math.abs(same.value - f.value) > Math.abs(same.value) * 0.005;
    if (conflict) {
      const label = metricById(f.metric)!.label;
      warnings.push(
        warning(
          f.kind === 'target' ? 'targets' : 'kpis',
          `Có hai giá trị khác nhau cho ${label.vi.toLocaleLowerCase('vi')} năm ${f.year}: "${same.quote}" và "${f.quote}"; giữ giá trị thứ nhất. Hãy kiểm tra đâu là số của tỉnh.`,
          `Two different values for ${label.en.toLowerCase()} ${f.year}: "${same.quote}" and "${f.quote}"; kept the first. Check which one is the province's figure.`,
          f.quote,
        ),
      );
      continue;
    }
    let took = false;
    if (same.value === null && f.value !== null) {
      same.value = f.value;
      same.unit = f.unit;
      same.qualifier = f.qualifier;
      same.estimated ||= f.estimated;
      took = true;
    }
    if (same.planPercent === undefined && f.planPercent !== undefined) {
      same.planPercent = f.planPercent;
      if (f.planQualifier) same.planQualifier = f.planQualifier;
      took = true;
    }
    if (same.changePercent === undefined && f.changePercent !== undefined) {
      same.changePercent = f.changePercent;
      if (f.changeQualifier) same.changeQualifier = f.changeQualifier;
      took = true;
    }
    // What was taken from the other phrase stays findable in the quote: "… đạt 137,7% kế hoạch … Tăng
    // trưởng đạt gần 151% so với thực hiện năm 2017" (an elision, in the article's order).
    if (took && !same.quote.includes(f.quote))
      same.quote =
        f.block > same.block || (f.block === same.block && f.start > same.start)
          ? `${same.quote} … ${f.quote}`
          : `${f.quote} … ${same.quote}`;
    same.warnings.push(...f.warnings);
  }
  return out;
}

/** Read every figure of an article's blocks. */
export function extractFigures(blocks: readonly string[], ctx: FigureContext): FigureResult {
  const out: FigureResult = { kpis: [], targets: [], serviceGrowth: [], warnings: [] };
  blocks.forEach((text, i) => readBlock(text, i, ctx, out));
  out.kpis = mergeDuplicates(out.kpis, out.warnings);
  out.targets = mergeDuplicates(out.targets, out.warnings);
  return out;
}

export type { Span };
