/**
 * Does the conference date fit the years the entry reports and plans? What a person expects:
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
import { MIN_YEAR, maxYear } from '../schema/common.ts';
import { bilingual, type Bilingual, type Severity } from './problem.ts';
import { inferYears } from './conference.ts';
import { isoDay } from './schema-problems.ts';

export interface DateFinding extends Bilingual {
  severity: Severity;
  rule: 'date-years' | 'date-season';
}

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
      rule: 'date-years',
      ...bilingual({
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
      rule: 'date-years',
      ...bilingual({
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
    rule: 'date-season',
    ...bilingual({
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
