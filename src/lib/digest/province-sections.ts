/**
 * How a province page lays out what provincePage computed: the part of the year the latest cards share
 * (the heading then names it once), the metrics that get a table and the note above them, whether a table
 * shows a figure the digest computed (the "*" footnote), and the part-year figures listed apart.
 */
import { metricOrder } from './figures.ts';
import type { KpiCardData, MetricSeries, ProvincePageData } from './province-page.ts';
import { hasTable, overTimeNote, type OverTimeNote } from './series-table.ts';
import type { FigureRow, Period } from './types.ts';

export interface ProvinceSections {
  /** The latest year's cards; none when the province has no result. */
  cards: KpiCardData[];
  /** The part of the year every card is for, when they share one; null when a card is for the whole year. */
  cardsPeriod: Period | null;
  /** The metrics that get a table (and perhaps a chart), in metric order. */
  tabled: MetricSeries[];
  note: OverTimeNote;
  /** Whether a table shows a change or a share of plan the digest computed. */
  computed: boolean;
  /** Part-year results of every metric, by metric then year, less those already shown as a card. */
  partial: FigureRow[];
}

/** The part of the year every card is for, when all share one that is not the whole year; else null. */
export function sharedPartOfYear(cards: readonly KpiCardData[]): Period | null {
  const periods = new Set(cards.map((c) => c.row.period));
  return periods.size === 1 && !periods.has('year') ? [...periods][0]! : null;
}

/** Whether a series shows a change or a share of plan the digest computed rather than the article stated. */
export const seriesUseComputedFigures = (series: readonly MetricSeries[]): boolean =>
  series.some((s) => s.points.some((p) => p.change?.source === 'computed' || p.plan?.source === 'computed'));

const rowKey = (row: Pick<FigureRow, 'entryId' | 'kind' | 'index'>): string =>
  `${row.entryId}|${row.kind}|${row.index}`;

/** The part-year results of all metrics together, by metric then year, leaving out those shown as a card. */
export function partYearFigures(series: readonly MetricSeries[], cards: readonly KpiCardData[]): FigureRow[] {
  const inCards = new Set(cards.map((c) => rowKey(c.row)));
  return series
    .flatMap((s) => s.partial)
    .filter((r) => !inCards.has(rowKey(r)))
    .sort((a, b) => metricOrder(a.metric) - metricOrder(b.metric) || a.year - b.year);
}

/**
 * What a card leads with: its value; or, for a figure the article gave only as percentages, the share of
 * plan, else the change (then not repeated below it).
 */
export const cardLead = ({ row, plan, change }: KpiCardData): 'value' | 'plan' | 'change' =>
  row.value !== null ? 'value' : plan ? 'plan' : change ? 'change' : 'value';

export function provinceSections(page: Pick<ProvincePageData, 'latest' | 'series'>): ProvinceSections {
  const cards = page.latest?.cards ?? [];
  const tabled = page.series.filter(hasTable);
  return {
    cards,
    cardsPeriod: sharedPartOfYear(cards),
    tabled,
    note: overTimeNote(page.series),
    computed: seriesUseComputedFigures(tabled),
    partial: partYearFigures(page.series, cards),
  };
}
