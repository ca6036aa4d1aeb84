/**
 * What a conference date says about an entry: the years it reviews and plans, the kind of meeting, and
 * the usual headline. `npm run check` judges dates by this season (rules/dates.ts) and `npm run new`
 * fills in a new entry's years and title from it.
 */
import { unitOn, unitsWithSlug } from '../provinces.ts';

export interface InferredYears {
  reportYear: number;
  planYear: number;
  eventKind: 'year-end' | 'mid-year' | 'other';
  guessed: boolean;
}

/**
 * Year-end conferences run from October to March (most in December and January): from October to
 * December they review that year and plan the next; in January–March they review the year before.
 * Mid-year reviews are held June–August. The same season is what `npm run check` expects
 * (rules/dates.ts).
 */
export function inferYears(date: string): InferredYears {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 10) return { reportYear: year, planYear: year + 1, eventKind: 'year-end', guessed: false };
  if (month <= 3) return { reportYear: year - 1, planYear: year, eventKind: 'year-end', guessed: false };
  if (month >= 6 && month <= 8) return { reportYear: year, planYear: year, eventKind: 'mid-year', guessed: true };
  return { reportYear: year, planYear: year, eventKind: 'other', guessed: true };
}

/** A headline of the usual form for a province (null: not known) and a conference. */
export function defaultTitle(
  province: string | null,
  date: string | null,
  years: { reportYear: number; planYear: number | null; eventKind: InferredYears['eventKind'] },
): string {
  const unit = province
    ? (unitOn(province, date ?? `${years.reportYear}-12-31`) ?? unitsWithSlug(province).at(-1))
    : undefined;
  const name = unit ? `${unit.fullName[0]!.toLowerCase()}${unit.fullName.slice(1)}` : (province ?? 'tỉnh');
  const plan =
    years.planYear !== null && years.planYear !== years.reportYear ? `, triển khai kế hoạch năm ${years.planYear}` : '';
  if (years.eventKind === 'year-end') return `Bưu điện ${name} tổng kết năm ${years.reportYear}${plan}`;
  if (years.eventKind === 'mid-year') return `Bưu điện ${name} sơ kết 6 tháng đầu năm ${years.reportYear}`;
  if (!date) return `Bưu điện ${name} tổ chức hội nghị năm ${years.reportYear}`;
  return `Bưu điện ${name} tổ chức hội nghị ngày ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
