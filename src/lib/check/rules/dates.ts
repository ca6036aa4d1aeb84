/**
 * Dates and years: dates that exist and are written YYYY-MM-DD, years in range and in order, and whether the
 * conference date fits the years the entry reports and plans. What a person expects:
 *
 * - a year-end conference (`eventKind: year-end`, the default) reviews `reportYear` and is held
 *   from about October of that year to about March of the next (the plan year);
 * - a mid-year review (`eventKind: mid-year`) is held within `reportYear`;
 * - any meeting (`other` too) falls between the start of `reportYear` and the end of the year after
 *   the plan year: the schema's own rule, which the build enforces.
 *
 * Outside its season a date is a warning, quoting the season; more than a year outside it, or
 * against the schema's rule, an error.
 */
import { MIN_YEAR, maxYear } from '../../schema/common.ts';
import { inferYears } from '../conference.ts';
import type { ShiftedDate } from '../frontmatter.ts';
import { fieldName, type Finding, type Severity } from '../problem.ts';
import { defineRule, example, worded, type Worded } from '../rule.ts';
import { isoDay, shown, shownEn } from '../values.ts';
import { entryFile, FILE } from './example-entry.ts';

export const impossibleDate = defineRule({
  id: 'impossible-date',
  severity: 'error',
  describes: {
    vi: 'Ngày có thật trên lịch (YAML, như Astro, lặng lẽ đổi 2023-02-30 thành 2023-03-02).',
    en: 'A date is a real calendar day (YAML, as Astro reads it, silently turns 2023-02-30 into 2023-03-02).',
  },
  good: [entryFile({ 'eventDate: 2023-12-27': 'eventDate: "2023-12-27"' })],
  bad: [
    example(
      entryFile({ 'eventDate: 2023-12-27': 'eventDate: 2023-02-30' }),
      `${FILE}:6  eventDate  lỗi: ngày 2023-02-30 không có thật  — kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)
       ${FILE}:6  eventDate  error: 2023-02-30 is not a real date  — check the day and month (February has 28 or 29 days)`,
    ),
    example(
      entryFile({ 'eventDate: 2023-12-27': 'eventDate: "2023-02-30"' }),
      `${FILE}:6  eventDate  lỗi: ngày 2023-02-30 không có thật  — kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)
       ${FILE}:6  eventDate  error: 2023-02-30 is not a real date  — check the day and month (February has 28 or 29 days)`,
    ),
  ],
});

export const badDate = defineRule({
  id: 'bad-date',
  severity: 'error',
  describes: {
    vi: 'Ngày viết theo dạng năm-tháng-ngày YYYY-MM-DD (27/12/2023 viết là 2023-12-27).',
    en: 'A date is written year-month-day, YYYY-MM-DD (27/12/2023 is 2023-12-27).',
  },
  good: [entryFile({ '  status: unreviewed': '  status: unreviewed\n  reviewedAt: "2024-01-15"' })],
  bad: [
    example(
      entryFile({ 'eventDate: 2023-12-27': 'eventDate: 27/12/2023' }),
      `${FILE}:6  eventDate  lỗi: "27/12/2023" không viết theo dạng YYYY-MM-DD  — viết năm-tháng-ngày: eventDate: 2023-12-27
       ${FILE}:6  eventDate  error: "27/12/2023" is not written YYYY-MM-DD  — write year-month-day: eventDate: 2023-12-27`,
    ),
    example(
      entryFile({ '  status: unreviewed': '  status: unreviewed\n  reviewedAt: 15/01/2024' }),
      `${FILE}:15  review.reviewedAt  lỗi: "15/01/2024" không viết theo dạng YYYY-MM-DD  — viết năm-tháng-ngày: reviewedAt: 2024-01-15
       ${FILE}:15  review.reviewedAt  error: "15/01/2024" is not written YYYY-MM-DD  — write year-month-day: reviewedAt: 2024-01-15`,
    ),
    example(
      entryFile({ '  status: unreviewed': '  status: unreviewed\n  reviewedAt: "2024-02-30"' }),
      `${FILE}:15  review.reviewedAt  lỗi: "2024-02-30" không phải ngày viết dạng YYYY-MM-DD  — ghi ngày rà soát, như reviewedAt: 2024-01-15
       ${FILE}:15  review.reviewedAt  error: "2024-02-30" is not a date written YYYY-MM-DD  — write the review date, like reviewedAt: 2024-01-15`,
    ),
  ],
});

export const yearRange = defineRule({
  id: 'year-range',
  severity: 'error',
  describes: {
    vi: `Năm có 4 chữ số, từ ${MIN_YEAR} đến hai năm sau năm nay.`,
    en: `A year has 4 digits, from ${MIN_YEAR} to two years after this one.`,
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile({ '    year: 2023': '    year: 20233' }),
      `${FILE}:11  kpis[0].year  lỗi: năm 20233 nằm ngoài khoảng ${MIN_YEAR}–${maxYear()}  — ghi đúng năm trong bài, đủ 4 chữ số
       ${FILE}:11  kpis[0].year  error: year 20233 is outside ${MIN_YEAR}–${maxYear()}  — write the year the article gives, with 4 digits`,
    ),
  ],
});

export const planBeforeReport = defineRule({
  id: 'plan-before-report',
  severity: 'error',
  describes: {
    vi: 'planYear bằng hoặc sau reportYear (thường là reportYear + 1).',
    en: 'planYear is the same as or later than reportYear (usually reportYear + 1).',
  },
  good: [entryFile({ 'planYear: 2024': 'planYear: null' })],
  bad: [
    example(
      entryFile({ 'planYear: 2024': 'planYear: 2022' }),
      `${FILE}:5  planYear  lỗi: planYear 2022 trước reportYear 2023  — planYear bằng hoặc sau reportYear (thường là reportYear + 1)
       ${FILE}:5  planYear  error: planYear 2022 is before reportYear 2023  — planYear is the same as or later than reportYear (usually reportYear + 1)`,
    ),
  ],
});

export const unquotedDate = defineRule({
  id: 'unquoted-date',
  severity: 'error',
  describes: {
    vi: 'Một trường chữ không nhận ngày viết không ngoặc kép, thứ YAML đọc thành kiểu ngày.',
    en: 'A text field gets no unquoted date, which YAML reads as a date value.',
  },
  good: [entryFile({ '    quote: doanh thu đạt trên 101 tỷ đồng': '    quote: "2023-12-27"' })],
  bad: [
    example(
      entryFile({ '    quote: doanh thu đạt trên 101 tỷ đồng': '    quote: 2023-12-27' }),
      `${FILE}:12  kpis[0].quote  lỗi: ngày 2023-12-27 viết không có ngoặc kép nên bị đọc thành kiểu ngày, trường này cần chữ  — đặt trong ngoặc kép: quote: "2023-12-27"
       ${FILE}:12  kpis[0].quote  error: the date 2023-12-27 is unquoted, so it is read as a date value; this field needs text  — put it in double quotes: quote: "2023-12-27"`,
    ),
  ],
});

export const dateYears = defineRule({
  id: 'date-years',
  severity: 'error',
  describes: {
    vi: 'eventDate không trước reportYear, không sau năm kế tiếp planYear, và không cách mùa họp hơn một năm.',
    en: 'eventDate is not before reportYear, not after the year following planYear, and not more than a year off its season.',
  },
  good: [entryFile()],
  bad: [
    example(
      entryFile(
        { 'eventDate: 2023-12-27': 'eventDate: 2025-12-20' },
        'content/articles/son-la/2025-12-20-tong-ket.mdx',
      ),
      `content/articles/son-la/2025-12-20-tong-ket.mdx:6  eventDate  lỗi: eventDate 2025-12-20 cách mùa họp của reportYear 2023, planYear 2024 hơn một năm: hội nghị tổng kết năm 2023 thường họp từ tháng 10/2023 đến tháng 3/2024  — sửa eventDate hoặc reportYear cho đúng với bài; ngày này thường ứng với reportYear: 2025, planYear: 2026
       content/articles/son-la/2025-12-20-tong-ket.mdx:6  eventDate  error: eventDate 2025-12-20 is more than a year outside the season for reportYear 2023, planYear 2024: a year-end conference on 2023 is held from October 2023 to March 2024  — correct eventDate or reportYear to match the article; that date usually goes with reportYear: 2025, planYear: 2026`,
    ),
    example(
      entryFile(
        { 'eventDate: 2023-12-27': 'eventDate: 2022-12-20' },
        'content/articles/son-la/2022-12-20-tong-ket.mdx',
      ),
      `content/articles/son-la/2022-12-20-tong-ket.mdx:6  eventDate  lỗi: eventDate 2022-12-20 trước năm báo cáo (reportYear 2023, planYear 2024): hội nghị tổng kết năm 2023 thường họp từ tháng 10/2023 đến tháng 3/2024  — sửa eventDate hoặc reportYear cho đúng với bài; ngày này thường ứng với reportYear: 2022, planYear: 2023
       content/articles/son-la/2022-12-20-tong-ket.mdx:6  eventDate  error: eventDate 2022-12-20 is before the reported year (reportYear 2023, planYear 2024): a year-end conference on 2023 is held from October 2023 to March 2024  — correct eventDate or reportYear to match the article; that date usually goes with reportYear: 2022, planYear: 2023`,
    ),
  ],
});

export const dateSeason = defineRule({
  id: 'date-season',
  severity: 'warning',
  describes: {
    vi: 'eventDate nằm trong mùa họp: hội nghị tổng kết từ tháng 10 của reportYear đến tháng 3 năm sau, sơ kết giữa năm trong reportYear.',
    en: 'eventDate falls in its season: a year-end conference from October of reportYear to March of the next year, a mid-year review within reportYear.',
  },
  good: [
    entryFile(
      { 'eventDate: 2023-12-27': 'eventDate: 2023-07-15', 'planYear: 2024\n': 'planYear: 2023\neventKind: mid-year\n' },
      'content/articles/son-la/2023-07-15-tong-ket.mdx',
    ),
  ],
  bad: [
    example(
      entryFile(
        { 'eventDate: 2023-12-27': 'eventDate: 2023-07-15' },
        'content/articles/son-la/2023-07-15-tong-ket.mdx',
      ),
      `content/articles/son-la/2023-07-15-tong-ket.mdx:6  eventDate  cảnh báo: eventDate 2023-07-15 nằm ngoài mùa họp của reportYear 2023, planYear 2024: hội nghị tổng kết năm 2023 thường họp từ tháng 10/2023 đến tháng 3/2024  — đối chiếu ngày và năm với bài; nếu là sơ kết giữa năm, ghi eventKind: mid-year
       content/articles/son-la/2023-07-15-tong-ket.mdx:6  eventDate  warning: eventDate 2023-07-15 is outside the season for reportYear 2023, planYear 2024: a year-end conference on 2023 is held from October 2023 to March 2024  — check the date and years against the article; for a mid-year review, set eventKind: mid-year`,
    ),
  ],
});

export const DATE_RULES = [
  impossibleDate,
  badDate,
  yearRange,
  planBeforeReport,
  unquotedDate,
  dateYears,
  dateSeason,
] as const;

// ---------------------------------------------------------------------------------------------

/** A date written YYYY-MM-DD that is no day of the calendar. */
export function impossibleDateWords(written: string): Worded {
  return worded(impossibleDate, {
    what: { vi: `ngày ${written} không có thật`, en: `${written} is not a real date` },
    fix: {
      vi: 'kiểm tra lại ngày và tháng (ví dụ tháng 2 chỉ có 28 hoặc 29 ngày)',
      en: 'check the day and month (February has 28 or 29 days)',
    },
  });
}

/** An unquoted impossible date, which YAML turned into another day before the schema saw it. */
export function shiftedDateFinding(d: ShiftedDate): Finding {
  return { line: d.line, field: fieldName(d.path), severity: 'error', ...impossibleDateWords(d.written) };
}

/** A date not written YYYY-MM-DD (`publishedAt` may add a time); 27/12/2023 gets the line to write. */
export function badDateWords(key: string, value: unknown): Worded {
  const dmy = typeof value === 'string' ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim()) : null;
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : undefined;
  const form = key === 'publishedAt' ? 'YYYY-MM-DD (hoặc YYYY-MM-DDTHH:MM)' : 'YYYY-MM-DD';
  const formEn = key === 'publishedAt' ? 'YYYY-MM-DD (or YYYY-MM-DDTHH:MM)' : 'YYYY-MM-DD';
  return worded(badDate, {
    what: { vi: `${shown(value)} không viết theo dạng ${form}`, en: `${shownEn(value)} is not written ${formEn}` },
    fix: iso
      ? { vi: `viết năm-tháng-ngày: ${key}: ${iso}`, en: `write year-month-day: ${key}: ${iso}` }
      : { vi: `viết năm-tháng-ngày, như ${key}: 2023-12-27`, en: `write year-month-day, like ${key}: 2023-12-27` },
  });
}

export function yearRangeWords(value: unknown): Worded {
  const range = `${MIN_YEAR}–${maxYear()}`;
  return worded(yearRange, {
    what: { vi: `năm ${String(value)} nằm ngoài khoảng ${range}`, en: `year ${String(value)} is outside ${range}` },
    fix: { vi: 'ghi đúng năm trong bài, đủ 4 chữ số', en: 'write the year the article gives, with 4 digits' },
  });
}

export function planBeforeReportWords(planYear: unknown, reportYear: unknown): Worded {
  return worded(planBeforeReport, {
    what: {
      vi: `planYear ${String(planYear)} trước reportYear ${String(reportYear)}`,
      en: `planYear ${String(planYear)} is before reportYear ${String(reportYear)}`,
    },
    fix: {
      vi: 'planYear bằng hoặc sau reportYear (thường là reportYear + 1)',
      en: 'planYear is the same as or later than reportYear (usually reportYear + 1)',
    },
  });
}

/** A date left unquoted in a field that takes text: YAML made a date value of it. */
export function unquotedDateWords(key: string, value: Date): Worded {
  const day = isoDay(value) ?? '';
  return worded(unquotedDate, {
    what: {
      vi: `ngày ${day} viết không có ngoặc kép nên bị đọc thành kiểu ngày, trường này cần chữ`,
      en: `the date ${day} is unquoted, so it is read as a date value; this field needs text`,
    },
    fix: { vi: `đặt trong ngoặc kép: ${key}: "${day}"`, en: `put it in double quotes: ${key}: "${day}"` },
  });
}

/** What checkEventDate finds: a date-years error or a date-season warning, placed on eventDate. */
export type DateFinding = Worded & { severity: Severity };

const DAY = 86_400_000;
const time = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
/** A year the schema accepts: a wrong one is its own field's problem, not the date's. */
const isYear = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= MIN_YEAR && v <= maxYear();

/** The schema's rule (src/lib/schema/entry.ts, `date-years`): outside it, Astro rejects the entry. */
export function schemaAcceptsDate(eventDate: string, reportYear: number, planYear: number | null): boolean {
  const y = Number(eventDate.slice(0, 4));
  return y >= reportYear && y <= (planYear ?? reportYear) + 1;
}

interface Season {
  from: string;
  to: string;
  vi: string;
  en: string;
}

function seasonOf(kind: unknown, r: number): Season | null {
  if (kind === undefined || kind === 'year-end') {
    return {
      from: `${r}-10-01`,
      to: `${r + 1}-03-31`,
      vi: `hội nghị tổng kết năm ${r} thường họp từ tháng 10/${r} đến tháng 3/${r + 1}`,
      en: `a year-end conference on ${r} is held from October ${r} to March ${r + 1}`,
    };
  }
  if (kind === 'mid-year') {
    return {
      from: `${r}-01-01`,
      to: `${r}-12-31`,
      vi: `hội nghị sơ kết giữa năm ${r} họp trong năm ${r}`,
      en: `a mid-year review of ${r} is held within ${r}`,
    };
  }
  return null;
}

export function checkEventDate(data: Record<string, unknown>): DateFinding | null {
  const date = isoDay(data.eventDate);
  const r = data.reportYear;
  const p = data.planYear ?? null;
  if (date === null || !isYear(r) || !(p === null || isYear(p))) return null;
  const kind = data.eventKind;
  const accepted = schemaAcceptsDate(date, r, p);
  const season = seasonOf(kind, r);
  const years = {
    vi: `reportYear ${r}${p !== null ? `, planYear ${p}` : ''}`,
    en: `reportYear ${r}${p !== null ? `, planYear ${p}` : ''}`,
  };

  if (!season) {
    if (accepted) return null;
    const last = (p ?? r) + 1;
    return {
      severity: 'error',
      ...worded(dateYears, {
        what: {
          vi: `eventDate ${date} không khớp với ${years.vi}: hội nghị họp từ đầu năm ${r} đến hết năm ${last}`,
          en: `eventDate ${date} does not fit ${years.en}: a meeting is held from the start of ${r} to the end of ${last}`,
        },
        fix: {
          vi: 'sửa eventDate, reportYear hoặc planYear cho đúng với bài',
          en: 'correct eventDate, reportYear or planYear to match the article',
        },
      }),
    };
  }

  const t = time(date);
  const outside =
    t < time(season.from) ? (time(season.from) - t) / DAY : t > time(season.to) ? (t - time(season.to)) / DAY : 0;
  if (outside === 0 && accepted) return null;
  // What the date itself suggests, when it falls in a year-end season.
  const guess = inferYears(date);
  const hintVi =
    guess.eventKind === 'year-end'
      ? `; ngày này thường ứng với reportYear: ${guess.reportYear}, planYear: ${guess.planYear}`
      : '';
  const hintEn =
    guess.eventKind === 'year-end'
      ? `; that date usually goes with reportYear: ${guess.reportYear}, planYear: ${guess.planYear}`
      : '';
  const otherKind = kind === 'mid-year' ? 'year-end' : 'mid-year';
  const otherVi = kind === 'mid-year' ? 'tổng kết năm' : 'sơ kết giữa năm';
  const otherEn = kind === 'mid-year' ? 'a year-end conference' : 'a mid-year review';

  if (!accepted || outside > 366) {
    const last = (p ?? r) + 1;
    const what =
      t < time(`${r}-01-01`)
        ? {
            vi: `eventDate ${date} trước năm báo cáo (${years.vi})`,
            en: `eventDate ${date} is before the reported year (${years.en})`,
          }
        : !accepted
          ? {
              vi: `eventDate ${date} sau năm ${last}, quá muộn với ${years.vi}`,
              en: `eventDate ${date} is after ${last}, too late for ${years.en}`,
            }
          : {
              vi: `eventDate ${date} cách mùa họp của ${years.vi} hơn một năm`,
              en: `eventDate ${date} is more than a year outside the season for ${years.en}`,
            };
    return {
      severity: 'error',
      ...worded(dateYears, {
        what: { vi: `${what.vi}: ${season.vi}`, en: `${what.en}: ${season.en}` },
        fix: {
          vi: `sửa eventDate hoặc reportYear cho đúng với bài${hintVi}`,
          en: `correct eventDate or reportYear to match the article${hintEn}`,
        },
      }),
    };
  }
  return {
    severity: 'warning',
    ...worded(dateSeason, {
      what: {
        vi: `eventDate ${date} nằm ngoài mùa họp của ${years.vi}: ${season.vi}`,
        en: `eventDate ${date} is outside the season for ${years.en}: ${season.en}`,
      },
      fix: {
        vi: `đối chiếu ngày và năm với bài${hintVi}; nếu là ${otherVi}, ghi eventKind: ${otherKind}`,
        en: `check the date and years against the article${hintEn}; for ${otherEn}, set eventKind: ${otherKind}`,
      },
    }),
  };
}
