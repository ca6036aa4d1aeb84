/**
 * Which year an article reports on and which year it plans for, and whether it is a year-end
 * conference or a mid-year review.
 *
 * A year-end conference "tổng kết công tác năm 2023 và triển khai kế hoạch năm 2024" reviews 2023 and
 * plans 2024; many articles name only one of the two ("triển khai kế hoạch năm 2020" with results
 * under "Năm 2019, …"), and the other follows. A year on its own is weighed by the words around it:
 * "Năm 2019, … đã đạt" reports, "Năm 2021, … phấn đấu / tiếp tục" plans, "so với năm 2018" compares
 * and counts for neither.
 */
import { firstDateMention } from '../vi-date.ts';
import { lowerKeepLength } from '../vi-number.ts';
import { splitSentences } from './sentences.ts';
import { anyOf, opt, pattern, regex, seq, word, WORD_END, WORD_START } from './lexicon/pattern.ts';
import { LAUNCH, PLAN_ACTION, PLAN_DOCUMENT, YEAR_INTENT } from './lexicon/plan.ts';
import { EARLY_ROMAN_QUARTER, HALF, MONTH, MONTHS_COUNT, PHASE, QUARTER } from './lexicon/periods.ts';
import { monthsPart } from './figure-time.ts';
import type { Period } from '../schema/figure.ts';
import { SAME_PERIOD } from './lexicon/comparison.ts';
import { EFFORT, PAST, PLAN_ATTAINED, REVIEW_WORD, YEAR_RESULT } from './lexicon/results.ts';

export interface YearReading {
  reportYear: number | null;
  planYear: number | null;
  eventKind: 'year-end' | 'mid-year' | 'other';
  /** For an interim review: the period its results cover. */
  period?: Exclude<Period, 'year'>;
  /** How the years were found, for review warnings: 'date' when only the conference's full date told. */
  basis: 'text' | 'plan-only' | 'report-only' | 'date' | 'none';
  /** The dated phrase the report year was taken from, when basis is 'date'. */
  datePhrase?: string;
}

const YEAR_INTENT_WORD = regex(word(YEAR_INTENT), 'gi');
const YEAR_RESULT_WORD = regex(word(YEAR_RESULT), 'gi');
/** "phấn đấu và đạt …", "phấn đấu, hoàn thành …": striving that already reached, so a report. */
const EFFORT_REACHED = regex(
  pattern`^\s*(?:,|\s${'và'})\s*(?:${'đã'}\s+)?${anyOf('đạt', 'hoàn thành', 'vượt')}${WORD_END}`,
  'i',
);
const PAST_BEFORE_INTENT = regex(pattern`${WORD_START}${seq(PAST, opt(EFFORT))}\s*$`, 'i');
/** Years only compared against: "so với cùng kỳ năm 2014", "so với thực hiện năm 2019". */
const COMPARED_YEAR = regex(
  pattern`(${seq('so', opt('với'), opt(SAME_PERIOD), opt('thực hiện'), opt('năm'))}\s+)(\d{4})`,
  'gi',
);
/** A span's years: "giai đoạn 2015 - 2020". */
const PHASE_YEARS = regex(pattern`(${PHASE}\s+)(\d{4})(\s*[-–]\s*)(\d{4})`, 'gi');
/** A plan's document and its year: "kế hoạch (…) năm 2024", "nhiệm vụ năm 2016". */
const PLAN_DOCUMENT_OF_YEAR = pattern`${PLAN_DOCUMENT}((?:[^.;:]{0,70}?))\s+${'năm'}\s+(\d{4})`;
/** Plans: "triển khai kế hoạch (…) năm 2024", "kế hoạch năm 2021", "nhiệm vụ năm 2016". */
const PLAN_OF_YEAR = regex(pattern`(${PLAN_ACTION},?)?\s*${PLAN_DOCUMENT_OF_YEAR}`, 'gi');
/**
 * Whether a text has a plan of a year at all: every match of PLAN_OF_YEAR holds one of these, and
 * without the optional action before the document (which is tried at every position) the search
 * costs a fraction; most paragraphs have none.
 */
const NAMES_PLAN_OF_YEAR = regex(PLAN_DOCUMENT_OF_YEAR, 'i');
const ATTAINED_BEFORE = regex(pattern`${PLAN_ATTAINED}[^,.;]{0,30}$`);
const LAUNCHED = regex(pattern`^${LAUNCH}`);
/** A review of a part of the year ("sơ kết", "6 tháng", "quý") names no year's plan. */
const PART_OF_YEAR_WORDS = regex(anyOf('sơ kết', '6 tháng', 'quý'));
/** Reviews: "tổng kết (công tác / tình hình …) năm 2023", "kết quả năm 2023", "kết thúc năm 2018". */
const REVIEW_OF_YEAR = regex(pattern`${REVIEW_WORD}(?:[^.;:]{0,70}?)\s+${'năm'}\s+(\d{4})`, 'gi');
/** "Tổng doanh thu năm 2020 ước đạt …": a figure of that year. */
const REVENUE_OF_YEAR = regex(
  pattern`${'doanh thu'}[^.;,]{0,20}?\s+${'năm'}\s+(\d{4})\s+${seq(opt('ước'), anyOf('đạt', 'là', 'thực hiện'))}`,
  'gi',
);
/** A sentence that opens on a year: "Năm 2019, …", "Trong năm 2019, …", "Với những kết quả đạt được trong năm 2019, …". */
const YEAR_OPENING = regex(
  pattern`^(?:${anyOf('trong', 'cả', seq('với những kết quả', opt('đạt được'), opt('trong')))}\s+)?${'năm'}\s+(\d{4})(?!\d)`,
  'i',
);
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;

/** Reading on past the sentence ("Năm 2015, Bưu điện tỉnh tập trung … Nhờ đó, tổng doanh thu đạt …"). */
const RESULT_AHEAD = regex(pattern`^(?:(?!${'năm'} \d{4})[\s\S]){0,300}?${WORD_START}${YEAR_RESULT}${WORD_END}`, 'i');

interface Scores {
  plan: Map<number, number>;
  report: Map<number, number>;
}

const add = (m: Map<number, number>, y: number, w: number): void => {
  m.set(y, (m.get(y) ?? 0) + w);
};

/** Hide years that are only compared against ("so với cùng kỳ năm 2014", "giai đoạn 2015 - 2020"). */
export function maskComparisonYears(text: string): string {
  return text
    .replace(COMPARED_YEAR, (_, a: string, y: string) => a + '#'.repeat(y.length))
    .replace(
      PHASE_YEARS,
      (_, a: string, y1: string, d: string, y2: string) => a + '#'.repeat(y1.length) + d + '#'.repeat(y2.length),
    );
}

/**
 * What a sentence that opens on a year says about it: a plan when a word of intent comes before any word
 * of result ("Năm 2026, Bưu điện TP. Huế đặt mục tiêu … đạt …"), a report when a result comes first
 * ("Năm 2023, … đã hoàn thành …") or when the intent already reached ("phấn đấu và đạt"); if the sentence
 * says neither, the paragraph read on ("Năm 2015, Bưu điện tỉnh tập trung … Nhờ đó, … đạt …").
 */
export function openingYearSays(sentenceRest: string, paragraphRest: string): 'plan' | 'report' | null {
  const intent = firstIntent(sentenceRest);
  const result = firstAt(YEAR_RESULT_WORD, sentenceRest);
  if (intent >= 0 && (result < 0 || intent < result)) return 'plan';
  if (result >= 0) return 'report';
  return RESULT_AHEAD.test(paragraphRest) ? 'report' : null;
}

/** Where the first word of intent is that is not past effort ("đã phấn đấu", "phấn đấu và đạt"), or -1. */
function firstIntent(text: string): number {
  YEAR_INTENT_WORD.lastIndex = 0;
  for (let m = YEAR_INTENT_WORD.exec(text); m; m = YEAR_INTENT_WORD.exec(text)) {
    const past = PAST_BEFORE_INTENT.test(text.slice(Math.max(0, m.index - 30), m.index));
    const reached = EFFORT_REACHED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    if (!past && !reached) return m.index;
  }
  return -1;
}

function firstAt(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return re.exec(text)?.index ?? -1;
}

function scoreText(original: string, weight: number, s: Scores): void {
  const text = maskComparisonYears(original);
  const lower = lowerKeepLength(text);
  // Plans: "triển khai kế hoạch (…) năm 2024", "kế hoạch năm 2021", "nhiệm vụ năm 2016".
  for (const m of NAMES_PLAN_OF_YEAR.test(lower) ? lower.matchAll(PLAN_OF_YEAR) : []) {
    const y = Number(m[3]);
    const before = lower.slice(Math.max(0, m.index - 40), m.index);
    if (ATTAINED_BEFORE.test(before) && !m[1]) {
      add(s.report, y, weight); // "hoàn thành xuất sắc kế hoạch … năm 2020" reports on 2020
      continue;
    }
    if (PART_OF_YEAR_WORDS.test(m[2]!)) continue;
    add(s.plan, y, (m[1] && LAUNCHED.test(m[1]) ? 3 : 1.5) * weight);
  }
  // Reviews: "tổng kết (công tác / tình hình …) năm 2023", "kết quả năm 2023", "kết thúc năm 2018".
  for (const m of lower.matchAll(REVIEW_OF_YEAR)) {
    add(s.report, Number(m[1]), 3 * weight);
  }
  // "Năm 2019, …" / "Trong năm 2019, …" opening a sentence: what the sentence goes on to say.
  for (const sentence of splitSentences(text)) {
    const m = YEAR_OPENING.exec(sentence.text.replace(LEADING_NON_LETTERS, ''));
    if (!m) continue;
    const y = Number(m[1]);
    const from = sentence.start + sentence.text.indexOf(m[1]!) + 4;
    const said = openingYearSays(text.slice(from, sentence.end), text.slice(from, from + 400));
    if (said === 'plan') add(s.plan, y, 2 * weight);
    else if (said === 'report') add(s.report, y, 2 * weight);
  }
  // "Tổng doanh thu năm 2020 ước đạt …": a figure of that year.
  for (const m of lower.matchAll(REVENUE_OF_YEAR)) {
    add(s.report, Number(m[1]), 1.5 * weight);
  }
}

/** A year-end conference reviews one year and plans the next: a pair that fits weighs this much more. */
const CONSISTENT_PAIR = 2;
/** Weight of a full conference date ("Ngày 27/12/2023": December reviews 2023; January to March, the year before). */
const DATE_WEIGHT = 2;

/**
 * The report and plan years that the evidence supports best, read together: a plan year is the year
 * after the reported one, so "Năm 2022, doanh thu đạt 220 tỷ đồng" does not outweigh "tổng doanh thu
 * năm 2023 đạt …" in a conference that plans 2024. A year with no evidence of its own may still be
 * chosen as the partner of one that has it (then `derived` says which).
 */
function choosePair(s: Scores): { report: number; plan: number | null; derived: 'report' | 'plan' | null } | null {
  const reports = new Set([...s.report.keys(), ...[...s.plan.keys()].map((p) => p - 1)]);
  let best: { report: number; plan: number | null; derived: 'report' | 'plan' | null; score: number } | null = null;
  for (const r of reports) {
    for (const p of new Set([...s.plan.keys(), r + 1])) {
      if (p <= r) continue;
      const score = (s.report.get(r) ?? 0) + (s.plan.get(p) ?? 0) + (p === r + 1 ? CONSISTENT_PAIR : 0);
      const derived = !s.report.has(r) ? 'report' : !s.plan.has(p) ? 'plan' : null;
      if (!best || score > best.score || (score === best.score && r > best.report))
        best = { report: r, plan: p, derived, score };
    }
  }
  return best && { report: best.report, plan: best.plan, derived: best.derived };
}

/** The conference's full date in the lead, and the year it reviews: December → that year, January to March → the year before. */
function datedLead(blocks: readonly string[]): { reportYear: number; phrase: string } | null {
  for (const text of blocks.slice(0, 3)) {
    const m = firstDateMention(text);
    if (!m) continue;
    if (m.year === undefined) return null;
    if (m.month === 12) return { reportYear: m.year, phrase: m.raw };
    if (m.month <= 3) return { reportYear: m.year - 1, phrase: m.raw };
    return null;
  }
  return null;
}

/** An interim review: "sơ kết". */
const INTERIM = regex(word('sơ kết'));
/** "9 tháng đầu năm", "4 tháng đầu năm": how many months an interim review covers. */
const FIRST_MONTHS = regex(pattern`${WORD_START}${MONTHS_COUNT}\s+${seq('đầu', 'năm')}`);
/** "quý I", "quý II", "quý III" (a review of the fourth quarter is the year's). */
const EARLY_QUARTER = regex(pattern`${WORD_START}${QUARTER}\s+(?:${EARLY_ROMAN_QUARTER}|[1-3])${WORD_END}`);
const QUARTER_NAMED = regex(pattern`${WORD_START}${QUARTER}\s+(${EARLY_ROMAN_QUARTER}|[1-3])${WORD_END}`);
/** "tổng kết … năm 2023": a year-end review, whatever else the lead names. */
const YEAR_REVIEWED = regex(pattern`${'tổng kết'}[^.]{0,60}${'năm'}\s+\d{4}`);
/** The year an interim review names: "9 tháng đầu năm 2024", "quý II/2023", "năm 2022". */
const PERIOD_YEAR = regex(
  pattern`\d{1,2}\s+${MONTH}\s+${HALF}\s+${'năm'}\s+(\d{4})|${QUARTER}\s+\S+\s*\/\s*(\d{4})|${'năm'}\s+(\d{4})`,
);

/**
 * The period an interim review covers: the months it names ("9 tháng đầu năm" = 9M, "4 tháng đầu năm" =
 * 4M, "6 tháng" = H1), else the quarter it closes (quý I = Q1, quý II = H1, quý III = 9M: a review after
 * a quarter reports the year so far), else the first half.
 */
export function interimPeriod(lead: string): Exclude<Period, 'year'> {
  const months = FIRST_MONTHS.exec(lead);
  const byMonths = months ? monthsPart(Number(months[1])) : null;
  if (byMonths && byMonths !== 'H2') return byMonths;
  const quarter = QUARTER_NAMED.exec(lead)?.[1];
  if (quarter === 'i' || quarter === '1') return 'Q1';
  if (quarter === 'iii' || quarter === '3') return '9M';
  return 'H1';
}

/** Read the report and plan years from the headline and the paragraphs. */
export function readYears(title: string | null, blocks: readonly string[], publishedAt?: string | null): YearReading {
  const s: Scores = { plan: new Map(), report: new Map() };
  // Every clue is a four-digit year: paragraphs without one say nothing about the years.
  if (title && /\d{4}/.test(title)) scoreText(title, 2, s);
  blocks.forEach((b, i) => {
    if (/\d{4}/.test(b)) scoreText(b, i < 2 ? 1.5 : 1, s);
  });

  // toLowerCase is toLocaleLowerCase('vi') (no Vietnamese case rules), without the locale's look-up.
  const lead = [title ?? '', ...blocks.slice(0, 3)].join('\n').toLowerCase();
  const months = FIRST_MONTHS.exec(lead);
  const monthsPeriod = months ? monthsPart(Number(months[1])) : null;
  const mid =
    (INTERIM.test(lead) || (monthsPeriod !== null && monthsPeriod !== 'H2') || EARLY_QUARTER.test(lead)) &&
    !YEAR_REVIEWED.test(lead);

  if (mid) {
    const named = PERIOD_YEAR.exec(lead);
    const y = named ? Number(named[1] ?? named[2] ?? named[3]) : (choosePair(s)?.report ?? null);
    return {
      reportYear: y,
      planYear: null,
      eventKind: 'mid-year',
      period: interimPeriod(lead),
      basis: y ? 'text' : 'none',
    };
  }

  const textOnly = s.report.size > 0 || s.plan.size > 0;
  /** Does the text name this year at all ("năm 2024")? */
  const names = (year: number): boolean => {
    const re = new RegExp(`năm\\s+${year}(?!\\d)`, 'iu');
    return [title ?? '', ...blocks].some((b) => re.test(b));
  };
  const dated = datedLead(blocks);
  if (dated) add(s.report, dated.reportYear, DATE_WEIGHT);
  const pair = choosePair(s);
  if (!pair) {
    // No year anywhere: the publication date is all there is.
    if (!publishedAt) return { reportYear: null, planYear: null, eventKind: 'year-end', basis: 'none' };
    const py = Number(publishedAt.slice(0, 4));
    const month = Number(publishedAt.slice(5, 7));
    const reportYear = month <= 6 ? py - 1 : py;
    return { reportYear, planYear: reportYear + 1, eventKind: 'year-end', basis: 'none' };
  }
  if (!textOnly && dated) {
    const next = pair.report + 1;
    return {
      reportYear: pair.report,
      planYear: names(next) ? next : null,
      eventKind: 'year-end',
      basis: 'date',
      datePhrase: dated.phrase,
    };
  }
  let planYear = pair.plan;
  let basis: YearReading['basis'] = 'text';
  if (pair.derived === 'report') basis = 'plan-only';
  else if (pair.derived === 'plan') {
    // A plan year nobody announced is only kept when the text names that year at all.
    const next = pair.report + 1;
    planYear = names(next) ? next : null;
    basis = 'report-only';
  }
  return { reportYear: pair.report, planYear, eventKind: 'year-end', basis };
}
