/**
 * The small pieces a table row is made of (a figure's value with its badges, a province's link, a change,
 * plan attainment, a review flag), written as HTML strings for `set:html`. A year page holds hundreds of
 * rows with five of these each, and as Astro components (FigureValue, ProvinceRef, ChangeText, PlanText,
 * ReviewFlag, Breakable) they cost most of the page's render time. Templates put them in with
 * `<Fragment set:html={…} />`; the markup is exactly what those components wrote, escaped as Astro
 * escapes (src/lib/html/escape.ts), so no page changed by a byte when they replaced them.
 */
import type { Change, FigureRow, PlanAttainment } from '../lib/digest/types.ts';
import { formatPercent } from '../lib/format/number.ts';
import { slashBreakParts } from '../lib/format/wrap.ts';
import { attribute, escapeText } from '../lib/html/escape.ts';
import type { Lang } from '../lib/lang.ts';
import { UNIT_LABELS } from '../lib/metrics.ts';
import { changeDirection, changeText, figureValueText, periodText } from './figure-text.ts';
import { nameAtTime } from './names.ts';
import { localePath, routes } from './paths.ts';
import { ui } from './ui.ts';

const NONE = '<span class="muted">—</span>';

/** Text that may break after its slashes: "million/<wbr>person/<wbr>month". */
export function breakableHtml(text: string): string {
  return slashBreakParts(text).map(escapeText).join('<wbr>');
}

export interface FigureValueOptions {
  /** Show the period badge (off where a column already says it). */
  period?: boolean;
  /** On a card: three significant figures, the exact value as the tooltip. */
  rounded?: boolean;
}

/**
 * One figure's value as the reader's language writes it, hedge included ("trên 101 tỷ đồng"), with
 * badges for what the number alone does not say: an estimate, a part of the year, a converted unit.
 * A figure the article gave only as a percentage shows a dash with the reason.
 */
export function figureValueHtml(
  row: FigureRow,
  lang: Lang,
  { period = true, rounded = false }: FigureValueOptions = {},
): string {
  const t = ui(lang);
  const text = figureValueText(row, lang, { rounded });
  let html: string;
  if (text === null) html = `<span class="muted"${attribute('title', t.kpi.noValue)}>—</span>`;
  else {
    const exact = rounded ? figureValueText(row, lang) : text;
    html = `<span class="fig-value"${attribute('title', exact !== text ? exact : undefined)}>${breakableHtml(text)}</span>`;
  }
  if (row.figure.estimated)
    html += ` <span class="badge badge-estimate"${attribute('title', t.common.estimatedTitle)}>${escapeText(t.common.estimated)}</span>`;
  if (period && row.period !== 'year')
    html += ` <span class="badge badge-period">${escapeText(periodText(row.period, row.year, lang))}</span>`;
  if (row.converted)
    html += ` <span class="badge"${attribute('title', t.common.convertedTitle(UNIT_LABELS[row.figure.unit][lang]))}>${escapeText(t.common.converted)}</span>`;
  return html;
}

/**
 * A province named on a row: a link to its page, with the name it had at the time (`link` false: the name
 * alone); or, for an entry whose province is not identified, a visible note instead of a guess.
 */
export function provinceRefHtml(lang: Lang, slug: string | null, unitKey: string | null = null, link = true): string {
  const name = nameAtTime(unitKey, slug);
  if (name === null) {
    const t = ui(lang);
    return `<span class="muted"${attribute('title', t.common.provinceNotIdentifiedNote)}>${escapeText(t.common.provinceNotIdentified)}</span>`;
  }
  return link
    ? `<a${attribute('href', localePath(lang, routes.province(slug!)))}>${escapeText(name)}</a>`
    : `<span>${escapeText(name)}</span>`;
}

/** A year-over-year change: "+21%" in green, "−3%" in red, with how it was obtained in the title. */
export function changeHtml(lang: Lang, change: Change | null): string {
  if (!change) return NONE;
  const computed = change.source === 'computed';
  const title = computed ? ui(lang).kpi.changeComputed : undefined;
  return `<span${attribute('class', changeDirection(change))}${attribute('title', title)}>${escapeText(changeText(change, lang))}${computed ? '*' : ''}</span>`;
}

/** Plan attainment: "102%" (stated) or "104,8%*" (computed against the target set). */
export function planHtml(lang: Lang, plan: PlanAttainment | null): string {
  if (!plan) return NONE;
  const computed = plan.source === 'computed';
  const title = computed ? ui(lang).kpi.planComputed : undefined;
  return `<span${attribute('title', title)}>${escapeText(formatPercent(plan.percent, lang, plan.qualifier))}${computed ? '*' : ''}</span>`;
}

/** "⚠ Đang kiểm tra lại: so với năm trước" beside a figure under review; nothing without a text. */
export function reviewFlagHtml(text: string | undefined): string {
  return text ? `<span class="review-flag"><span aria-hidden="true">⚠ </span>${escapeText(text)}</span>` : '';
}
