/**
 * One year's digest: a ranking per metric (full-year results only), the part-year figures that cannot be
 * ranked, that year's conferences and awards.
 */
import type { RankingBar } from '../charts/ranking-chart.ts';
import { metricById } from '../metrics.ts';
import { unitByKey } from '../provinces.ts';
import { changeAgainst, previousYear } from './change.ts';
import { memoPerDigest, type Digest } from './digest.ts';
import { metricOrder } from './figures.ts';
import { planAttainment, targetFor } from './plan.ts';
import { rankProvinces } from './rankings.ts';
import { figureReview, type ItemNote } from './review-notes.ts';
import { undatedLast } from './timeline.ts';
import type { AwardRow, Change, DigestEntry, FigureRow, PlanAttainment } from './types.ts';

export interface RankingRow {
  row: FigureRow;
  rank: number | null;
  change: Change | null;
  plan: PlanAttainment | null;
  /**
   * Null when the figure's entry is not under review; else the notes about this figure (empty when the
   * warnings are about the entry as a whole): a ranking marks figures still being checked.
   */
  review: ItemNote[] | null;
}

export interface MetricRanking {
  metric: string;
  rows: RankingRow[];
  /** How many rows have a rank: a chart compares only those. */
  rankedCount: number;
  /** Results for part of the year: shown apart, never ranked. */
  partial: FigureRow[];
}

export interface YearDigestData {
  year: number;
  /** Conferences reporting on this year, newest first. */
  entries: DigestEntry[];
  /** Awards given for this year, highest level first. */
  awards: AwardRow[];
  rankings: MetricRanking[];
  /** Slugs of the provinces with a conference for this year. */
  provinces: string[];
  previousYear: number | null;
  nextYear: number | null;
}

const collator = new Intl.Collator('vi');
const nameOf = (row: FigureRow): string => (row.unitKey ? unitByKey(row.unitKey)?.name : undefined) ?? '';

function build(digest: Digest, key: string): YearDigestData {
  const year = Number(key);
  const rows = digest.figures.filter((f) => f.year === year && f.kind === 'result');
  const byMetric = new Map<string, FigureRow[]>();
  for (const r of rows) {
    const list = byMetric.get(r.metric);
    if (list) list.push(r);
    else byMetric.set(r.metric, [r]);
  }
  const tieBreak = (a: FigureRow, b: FigureRow): number => collator.compare(nameOf(a), nameOf(b));
  const rankings: MetricRanking[] = [...byMetric.entries()]
    .sort((a, b) => metricOrder(a[0]) - metricOrder(b[0]))
    .map(([metric, list]) => {
      const ranked = rankProvinces(list, metricById(metric)?.higherIsBetter ?? true, tieBreak).map(
        ({ item, rank }) => ({
          row: item,
          rank,
          change: changeAgainst(item, previousYear(digest.figureIndex, item)),
          plan: planAttainment(item, targetFor(digest.figureIndex, item)),
          review: figureReview(digest.entryById.get(item.entryId), 'kpis', item.index),
        }),
      );
      return {
        metric,
        rows: ranked,
        rankedCount: ranked.filter((r) => r.rank !== null).length,
        partial: list.filter((r) => r.period !== 'year'),
      };
    });
  const entries = undatedLast(digest.entries.filter((e) => e.reportYear === year));
  const years = digest.years;
  const i = years.indexOf(year);
  return {
    year,
    entries,
    awards: digest.awards.filter((a) => a.award.year === year),
    rankings,
    provinces: [...new Set(entries.map((e) => e.province).filter((p): p is string => p !== null))],
    // years are newest first: the previous year is the next in the list
    previousYear: i >= 0 && i + 1 < years.length ? years[i + 1]! : null,
    nextYear: i > 0 ? years[i - 1]! : null,
  };
}

/** The year's data, computed once per digest and shared by the vi and en pages. */
const cachedYear = memoPerDigest(build);
export const yearDigest = (digest: Digest, year: number): YearDigestData => cachedYear(digest, String(year));

/** The rows a ranking chart draws: ranked, with a value. A chart needs two of them. */
export const chartedRows = (ranking: MetricRanking): RankingRow[] =>
  ranking.rows.filter((r) => r.rank !== null && r.row.value !== null);

/** The bars of a ranking's chart: its charted rows, labelled by the caller (with the province's name at the time). */
export const rankingBars = (ranking: MetricRanking, label: (row: FigureRow) => string): RankingBar[] =>
  chartedRows(ranking).map(({ row }) => ({ label: label(row), value: row.value!, estimated: row.figure.estimated }));

/** Whether a year page charts anything (the printed digest then says the charts are on the web). */
export const hasCharts = (data: YearDigestData): boolean => data.rankings.some((r) => chartedRows(r).length >= 2);

/** Whether a change or a plan share on the page was computed by the digest (and needs the "*" note). */
export const usesComputedFigures = (data: YearDigestData): boolean =>
  data.rankings.some((r) => r.rows.some((x) => x.change?.source === 'computed' || x.plan?.source === 'computed'));

/** The rankings a year page shows: those with a ranked row or a part-year figure. */
export const shownRankings = (data: YearDigestData): MetricRanking[] =>
  data.rankings.filter((r) => r.rows.length > 0 || r.partial.length > 0);

/** One line per year for the index of year digests. */
export interface YearSummary {
  year: number;
  /** Conferences reporting on the year. */
  conferences: number;
  /** Awards given for the year. */
  awards: number;
}

/** Every year of the digest, newest first, with how many conferences report on it and how many awards it gave. */
export function yearSummaries(digest: Pick<Digest, 'years' | 'entries' | 'awards'>): YearSummary[] {
  const conferences = new Map<number, number>();
  for (const e of digest.entries) conferences.set(e.reportYear, (conferences.get(e.reportYear) ?? 0) + 1);
  const awards = new Map<number, number>();
  for (const a of digest.awards) awards.set(a.award.year, (awards.get(a.award.year) ?? 0) + 1);
  return digest.years.map((year) => ({
    year,
    conferences: conferences.get(year) ?? 0,
    awards: awards.get(year) ?? 0,
  }));
}
