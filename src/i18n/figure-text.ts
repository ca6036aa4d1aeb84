/**
 * Figures in words, for one language: the value with its hedge ("trên 101 tỷ đồng"), a change ("+21%"),
 * plan attainment ("đạt 102% kế hoạch"), a period label. Components and chart labels share these.
 */
import type { Change, FigureRow, Period, PlanAttainment } from '../lib/digest/types.ts';
import {
  formatChangeWords,
  formatPercent,
  formatQualifiedAmount,
  formatSignedPercent,
  qualifierWord,
} from '../lib/format/number.ts';
import type { Lang } from '../lib/lang.ts';
import { ui } from './ui.ts';

/**
 * "trên 101 tỷ đồng" / "over VND 101 billion", or null when the article gave only percentages. `rounded`
 * for a card: three significant figures ("134 tỷ đồng" for the article's 133,643).
 */
export function figureValueText(
  row: Pick<FigureRow, 'value' | 'unit' | 'figure'>,
  lang: Lang,
  { rounded = false }: { rounded?: boolean } = {},
): string | null {
  return row.value === null
    ? null
    : formatQualifiedAmount(row.value, row.unit, row.figure.qualifier, lang, { metric: row.figure.metric, rounded });
}

/**
 * A change where space is short (tables, cards): "+21%", "−3%"; a hedged one in words, since "gần +51%"
 * does not read: "tăng gần 51%" / "up nearly 51%".
 */
export function changeText(change: Change, lang: Lang): string {
  if (qualifierWord(change.qualifier, lang)) return changeWords(change, lang);
  return formatSignedPercent(change.percent, lang);
}

/** A change in words: "tăng 21%", "giảm gần 3%" / "up 21%", "down nearly 3%". */
export function changeWords(change: Change, lang: Lang): string {
  return formatChangeWords(change.percent, lang, change.qualifier);
}

export const changeDirection = (change: Change): 'up' | 'down' | 'flat' =>
  change.percent > 0 ? 'up' : change.percent < 0 ? 'down' : 'flat';

/** "đạt 102% kế hoạch" / "102% of plan"; for part of a year, "of the annual plan". */
export function planText(plan: PlanAttainment, lang: Lang, period: Period = 'year'): string {
  const t = ui(lang);
  const p = formatPercent(plan.percent, lang, plan.qualifier);
  return period === 'year' ? t.kpi.ofPlan(p) : t.kpi.ofAnnualPlan(p);
}

/** "6 tháng đầu năm 2022" / "first half of 2022"; a full year is just the year. */
export function periodText(period: Period, year: number, lang: Lang): string {
  if (period === 'year') return String(year);
  const label = ui(lang).period[period];
  return lang === 'vi' ? `${label} ${year}` : `${label} of ${year}`;
}

/** A target in words: its value, or for a target set only as a share of plan, that share as a goal. */
export function targetText(
  row: Pick<FigureRow, 'value' | 'unit' | 'figure'>,
  lang: Lang,
  options: { rounded?: boolean } = {},
): string {
  const value = figureValueText(row, lang, options);
  if (value !== null) return value;
  const { planPercent, planQualifier } = row.figure;
  if (planPercent === undefined) return '—';
  // A goal, not an attainment: "phấn đấu đạt trên 100% kế hoạch" beside an empty "% of plan" column.
  return ui(lang).kpi.aimShare(formatPercent(planPercent, lang, planQualifier));
}
