/**
 * Tense: is a figure what was done or what is aimed at, and for which time? A result whose sentence
 * sets a target before its amount, a target whose own clause reports what was done, a result for a
 * time that had not ended when the conference met, and a figure filed under another year than the one
 * its subject names.
 */
import { memoByString } from '../../text/memo.ts';
import { COMPARED_WITH } from '../lexicon/comparison.ts';
import { anyOf, pattern, regex, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import { PAST_YEAR } from '../lexicon/periods.ts';
import {
  AND_DONE,
  EFFORT_NOUN,
  FORECAST,
  IS,
  NAMED_YEAR,
  NOT_THE_FIGURES_YEAR,
  PAST_EFFORT,
  PLAN_OR_INDICATOR,
  POSSESSED,
  REACHED,
  REPORTS_RESULT,
  SETS_TARGET,
} from '../lexicon/review.ts';
import { BILLION, example, fig } from './example.ts';
import { placedFigures, type Finding, type ReviewEntry, type ReviewFigure, type ReviewRule } from './types.ts';

/** A word that sets a target, or a plan or indicator stated with "là" ("kế hoạch năm 2024 là …"). */
const TARGET_CUE = regex(
  pattern`${WORD_START}(?:${SETS_TARGET}|${PLAN_OR_INDICATOR}(?:\s[^,.;]{0,40}?)?\s${IS})${WORD_END}`,
  'g',
);
/** Right before a target word, words that make it past effort or a goal reached ("đã phấn đấu", "hoàn thành mục tiêu"). */
const TURNED_PAST = regex(pattern`${WORD_START}(?:${PAST_EFFORT}\s+$|${EFFORT_NOUN}\s+$|${REACHED}[^.;]{0,20}$)`);
/** Right after it: carried out ("phấn đấu và đạt …"), or a noun ("phấn đấu của tập thể"). */
const CARRIED_OUT = regex(pattern`^\s*(?:,?\s*${AND_DONE}|${POSSESSED}${WORD_END})`);
const FORECAST_CUE = regex(pattern`^${FORECAST}$`);
const RESULT_WORD = regex(pattern`${WORD_START}${anyOf(REPORTS_RESULT, PAST_YEAR)}${WORD_END}`, 'g');
const AFTER_COMPARISON = regex(pattern`${COMPARED_WITH}\s+$`);
const SETS_TARGET_ONLY = regex(pattern`^${SETS_TARGET}`);

/**
 * The first target word of a (lower-case) stretch that still sets a target: not turned past, not
 * carried out, and (with `figureYear`, for a result) not the plan of the figure's own year nor followed
 * by words that report the outcome.
 */
function targetCue(text: string, figureYear: number | null, reportYear?: number): RegExpExecArray | undefined {
  return firstMatch(TARGET_CUE, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length);
    if (TURNED_PAST.test(before) || CARRIED_OUT.test(after)) return false;
    if (figureYear === null) return true;
    // "Năm 2023, tổng doanh thu dự kiến đạt …" at the review of 2023: the expected outcome.
    if (figureYear === reportYear && FORECAST_CUE.test(m[0])) return false;
    // "kế hoạch năm 2023 là 150 tỷ đồng" in a review of 2023 is the plan its result is measured by.
    if (m[0].includes(String(figureYear)) && !SETS_TARGET_ONLY.test(m[0])) return false;
    // A result reported after the target ("…, thực hiện được 170 tỷ đồng") is the year's outcome.
    return resultWord(after) === undefined;
  });
}

/** The first word of a (lower-case) stretch that reports what was done, not after "so với" (compared with). */
const resultWord = (text: string): RegExpExecArray | undefined =>
  firstMatch(RESULT_WORD, text, (r) => !AFTER_COMPARISON.test(text.slice(0, r.index)));

/**
 * The first match of a global regex that passes the test, the matches read in order. The rules want
 * only the first, so the rest of the text is not matched; and the regex is run as it is (matchAll
 * would copy it on every call). The regex must not match an empty string, and `pass` must not use it.
 */
function firstMatch(re: RegExp, text: string, pass: (m: RegExpExecArray) => boolean): RegExpExecArray | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (pass(m)) return m;
  return undefined;
}

export const resultWithTargetWord: ReviewRule = {
  id: 'result-target-word',
  why: 'A result whose sentence sets a target before its amount ("phấn đấu", "mục tiêu", "kế hoạch … là") is probably a target.',
  examples: [
    example(
      'Năm 2024, đơn vị phấn đấu nộp ngân sách nhà nước 5 tỷ đồng.',
      { kpis: [fig('phấn đấu nộp ngân sách nhà nước 5 tỷ đồng', 5 * BILLION, { metric: 'budget_contribution' })] },
      'kpis[0]',
    ),
    example(
      'Năm 2024, đơn vị đặt mục tiêu năng suất lao động đạt 131,9 triệu đồng/người/năm; thu nhập bình quân 11,1 triệu đồng/người/tháng.',
      {
        kpis: [
          fig('thu nhập bình quân 11,1 triệu đồng/người/tháng', 11_100_000, {
            metric: 'average_income',
            unit: 'VND/person/month',
          }),
        ],
      },
      'kpis[0]',
    ),
    example(
      'Năm 2023, đơn vị đã nỗ lực phấn đấu, tổng doanh thu đạt 300 tỷ đồng.',
      { kpis: [fig('tổng doanh thu đạt 300 tỷ đồng', 300 * BILLION)] },
      null,
    ),
    example(
      'Đơn vị hoàn thành mục tiêu đề ra, tổng doanh thu đạt 300 tỷ đồng, vượt 2% kế hoạch.',
      { kpis: [fig('tổng doanh thu đạt 300 tỷ đồng, vượt 2% kế hoạch', 300 * BILLION, { planPercent: 102 })] },
      null,
    ),
    example(
      'Năm 2023, với sự nỗ lực phấn đấu của tập thể, tổng doanh thu dự kiến đạt 300 tỷ đồng.',
      { kpis: [fig('tổng doanh thu dự kiến đạt 300 tỷ đồng', 300 * BILLION)] },
      null,
    ),
    example(
      'Kế hoạch năm 2023 là 290 tỷ đồng, đơn vị thực hiện được 300 tỷ đồng.',
      { kpis: [fig('thực hiện được 300 tỷ đồng', 300 * BILLION)] },
      null,
    ),
  ],
  check(entry, text) {
    const out: Finding[] = [];
    for (const p of placedFigures(entry).filter((x) => x.list === 'kpis')) {
      for (const { span } of text.amounts(p.figure.quote, p.figure.value)) {
        const lower = text.lower(span.block);
        const cue = targetCue(lower.slice(span.sentenceStart, span.quantity.start), p.figure.year, entry.reportYear);
        if (!cue) continue;
        const quote = text.original(span.block, span.sentenceStart + cue.index, span.quantity.end);
        out.push({
          field: p.field,
          vi: `"${quote}": câu nêu mục tiêu, kế hoạch ("${cue[0]}") trước con số, nhưng con số được ghi là kết quả đã đạt. Hãy kiểm tra đây là kết quả hay chỉ tiêu.`,
          en: `"${quote}": the sentence sets a target ("${cue[0]}") before the amount, but the figure is filed as a result. Check whether it is a result or a target.`,
          quote,
        });
        break;
      }
    }
    return out;
  },
};

export const targetWithPastVerb: ReviewRule = {
  id: 'target-past-verb',
  why: 'A target whose own clause reports what was done ("đã đạt", "thực hiện được", "năm qua") is probably a result.',
  examples: [
    example(
      'Năm 2024, đơn vị phấn đấu doanh thu 320 tỷ đồng; năm qua đã đạt 300 tỷ đồng.',
      { targets: [fig('năm qua đã đạt 300 tỷ đồng', 300 * BILLION, { year: 2024 })] },
      'targets[0]',
    ),
    example(
      'Năm 2024, đơn vị phấn đấu tổng doanh thu đạt 320 tỷ đồng.',
      { targets: [fig('phấn đấu tổng doanh thu đạt 320 tỷ đồng', 320 * BILLION, { year: 2024 })] },
      null,
    ),
    example(
      'Năm 2024, đơn vị phấn đấu doanh thu đạt được 320 tỷ đồng.',
      { targets: [fig('phấn đấu doanh thu đạt được 320 tỷ đồng', 320 * BILLION, { year: 2024 })] },
      null,
    ),
  ],
  check(entry, text) {
    const out: Finding[] = [];
    for (const p of placedFigures(entry).filter((x) => x.list === 'targets')) {
      for (const { span } of text.amounts(p.figure.quote, p.figure.value)) {
        const subject = text.lower(span.block).slice(span.subjectStart, span.quantity.start);
        if (targetCue(subject, null)) continue;
        const done = resultWord(subject);
        if (!done) continue;
        const quote = text.original(span.block, span.subjectStart, span.quantity.end);
        out.push({
          field: p.field,
          vi: `"${quote}": mệnh đề nói việc đã làm ("${done[0]}"), nhưng con số được ghi là chỉ tiêu. Hãy kiểm tra đây là kết quả hay chỉ tiêu.`,
          en: `"${quote}": the clause reports what was done ("${done[0]}"), but the figure is filed as a target. Check whether it is a result or a target.`,
          quote,
        });
        break;
      }
    }
    return out;
  },
};

/** The last day of a figure's period. */
export function periodEnd(year: number, period: ReviewFigure['period'] = 'year'): string {
  const end = {
    year: '12-31',
    H1: '06-30',
    '9M': '09-30',
    Q1: '03-31',
    Q2: '06-30',
    Q3: '09-30',
    Q4: '12-31',
    '4M': '04-30',
    '5M': '05-31',
    '7M': '07-31',
    '8M': '08-31',
    '10M': '10-31',
    '11M': '11-30',
  }[period];
  return `${year}-${end}`;
}

/** A review may give estimates for a period that ends up to this many days after it meets. */
export const ESTIMATE_DAYS = 60;

/**
 * The last day a result may be for, given the date the review met or appeared: ESTIMATE_DAYS later.
 * Remembered by date, since a season's conferences share their days (and Date is slow to format).
 */
const latestResultDay = memoByString((iso: string): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + ESTIMATE_DAYS * 86_400_000).toISOString().slice(0, 10),
);

/** The conference date, else the day of publication. */
export function referenceDate(entry: ReviewEntry): { date: string; what: 'conference' | 'publication' } | null {
  if (entry.eventDate) return { date: entry.eventDate, what: 'conference' };
  const published = entry.source?.publishedAt?.slice(0, 10);
  return published ? { date: published, what: 'publication' } : null;
}

export const resultAfterDate: ReviewRule = {
  id: 'result-after-date',
  why: 'A result cannot be for a time that had not (nearly) ended when the conference met or the article appeared.',
  examples: [
    example(
      'Năm 2024, doanh thu đạt 320 tỷ đồng.',
      { eventDate: '2024-01-14', kpis: [fig('doanh thu đạt 320 tỷ đồng', 320 * BILLION, { year: 2024 })] },
      'kpis[0].year',
    ),
    example(
      'Ngày 03/01/2019, Bưu điện tỉnh triển khai kế hoạch năm 2020. Năm 2019, doanh thu đạt 197 tỷ đồng, lợi nhuận đạt 5 tỷ đồng.',
      {
        reportYear: 2019,
        planYear: 2020,
        eventDate: '2019-01-03',
        kpis: [
          fig('doanh thu đạt 197 tỷ đồng', 197 * BILLION, { year: 2019 }),
          fig('lợi nhuận đạt 5 tỷ đồng', 5 * BILLION, { year: 2019, metric: 'profit' }),
        ],
      },
      'eventDate',
    ),
    example(
      'Năm 2023, doanh thu ước đạt 300 tỷ đồng.',
      { eventDate: '2023-12-15', kpis: [fig('doanh thu ước đạt 300 tỷ đồng', 300 * BILLION, { estimated: true })] },
      null,
    ),
    example(
      '6 tháng đầu năm, doanh thu đạt 150 tỷ đồng.',
      {
        eventDate: '2023-06-28',
        eventKind: 'mid-year',
        kpis: [fig('doanh thu đạt 150 tỷ đồng', 150 * BILLION, { period: 'H1' })],
      },
      null,
    ),
  ],
  check(entry) {
    const ref = referenceDate(entry);
    if (!ref) return [];
    const kpis = placedFigures(entry).filter((p) => p.list === 'kpis');
    const latest = latestResultDay(ref.date);
    const early = kpis.filter((p) => latest < periodEnd(p.figure.year, p.figure.period));
    if (early.length === 0) return [];
    const [metVi, metEn] =
      ref.what === 'conference'
        ? ['hội nghị họp ngày', 'the conference met on']
        : ['bài đăng ngày', 'the article appeared on'];
    // Every result too early: the date or the year reported on is wrong, not each figure.
    if (early.length === kpis.length && early.length > 1) {
      const first = early[0]!.figure;
      return [
        {
          field: ref.what === 'conference' ? 'eventDate' : 'reportYear',
          vi: `${metVi} ${ref.date}, nhưng mọi kết quả được ghi cho năm ${first.year}, kỳ chưa kết thúc vào ngày đó (như "${first.quote}"). Hãy kiểm tra ngày và năm tổng kết.`,
          en: `${metEn} ${ref.date}, but every result is filed under ${first.year}, a period that had not ended by then (such as "${first.quote}"). Check the date and the year reported on.`,
          quote: first.quote,
        },
      ];
    }
    return early.map((p) => {
      const f = p.figure;
      const period = f.period && f.period !== 'year' ? `${f.period} ` : '';
      const end = periodEnd(f.year, f.period);
      return {
        field: `${p.field}.year`,
        vi: `"${f.quote}" được ghi là kết quả ${period}năm ${f.year}, nhưng ${metVi} ${ref.date}, trước khi kỳ đó kết thúc (${end}). Hãy kiểm tra năm, hoặc đây là chỉ tiêu.`,
        en: `"${f.quote}" is filed as a result for ${period}${f.year}, but ${metEn} ${ref.date}, before that period ended (${end}). Check the year, or whether it is a target.`,
        quote: f.quote,
      };
    });
  },
};

const YEAR_IN = regex(NAMED_YEAR, 'g');
const NOT_ITS_YEAR = regex(NOT_THE_FIGURES_YEAR);
/** "Năm 2024, …" opening the sentence: its time. */
const OPENING_YEAR = regex(pattern`^${NAMED_YEAR}\s*,`);

export const yearNamed: ReviewRule = {
  id: 'year-named',
  why: 'A figure whose subject, or the time its sentence opens with, names another year than the one it is filed under is in the wrong year.',
  examples: [
    example(
      'Tổng doanh thu năm 2022 đạt 280 tỷ đồng.',
      { kpis: [fig('Tổng doanh thu năm 2022 đạt 280 tỷ đồng', 280 * BILLION)] },
      'kpis[0].year',
    ),
    example(
      'Năm 2024, đơn vị phấn đấu doanh thu đạt 320 tỷ đồng.',
      { kpis: [fig('doanh thu đạt 320 tỷ đồng', 320 * BILLION)] },
      'kpis[0].year',
    ),
    example(
      'Tổng doanh thu năm 2023 đạt 300 tỷ đồng, tăng 7% so với năm 2022, nộp ngân sách 9 tỷ đồng.',
      { kpis: [fig('nộp ngân sách 9 tỷ đồng', 9 * BILLION, { metric: 'budget_contribution' })] },
      null,
    ),
    example(
      'Doanh thu tăng 7% so với năm 2022, đạt 300 tỷ đồng.',
      { kpis: [fig('Doanh thu tăng 7% so với năm 2022, đạt 300 tỷ đồng', 300 * BILLION, { changePercent: 7 })] },
      null,
    ),
  ],
  check(entry, text) {
    const out: Finding[] = [];
    for (const p of placedFigures(entry)) {
      for (const { span } of text.amounts(p.figure.quote, p.figure.value)) {
        const lower = text.lower(span.block);
        const subject = lower.slice(span.subjectStart, span.quantity.start);
        const named = [...subject.matchAll(YEAR_IN)].filter(
          (m) => !NOT_ITS_YEAR.test(subject.slice(Math.max(0, m.index - 30), m.index)),
        );
        const opening = OPENING_YEAR.exec(lower.slice(span.sentenceStart));
        const year = named.length > 0 ? Number(named.at(-1)![1]) : opening ? Number(opening[1]) : null;
        if (year === null || year === p.figure.year) continue;
        const from = named.length > 0 ? span.subjectStart : span.sentenceStart;
        const quote = text.original(span.block, from, span.quantity.end);
        out.push({
          field: `${p.field}.year`,
          vi: `"${quote}" nói về năm ${year}, nhưng con số được ghi cho năm ${p.figure.year}. Hãy kiểm tra năm.`,
          en: `"${quote}" is about ${year}, but the figure is filed under ${p.figure.year}. Check the year.`,
          quote,
        });
        break;
      }
    }
    return out;
  },
};

export const TENSE_RULES: readonly ReviewRule[] = [
  resultWithTargetWord,
  targetWithPastVerb,
  resultAfterDate,
  yearNamed,
];
