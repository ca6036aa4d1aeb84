/**
 * Everything a province page shows, computed once per slug: headline cards for the latest year, one
 * series per metric (actual against target, per territory), lineage facts and combined figures of the
 * provinces a post-2025 unit absorbed, awards, people and articles.
 */
import { metricById, type Unit } from '../metrics.ts';
import { allUnits, latestUnitWithSlug, unitsWithSlug, type ProvinceUnit } from '../provinces.ts';
import type { Person } from '../schema/index.ts';
import { changeAgainst, indexKey, previousYear } from './change.ts';
import { metricOrder } from './figures.ts';
import { memoPerDigest, type Digest } from './digest.ts';
import {
  absorbedUnits,
  lineageFacts,
  mainFact,
  rollUp,
  territoryKey,
  type LineageFact,
  type RollUp,
} from './lineage.ts';
import { planAttainment, targetFor } from './plan.ts';
import type { AwardRow, Change, DigestEntry, FigureRow, PlanAttainment } from './types.ts';

export interface KpiCardData {
  row: FigureRow;
  change: Change | null;
  plan: PlanAttainment | null;
  /** The target set for the next year, when a conference set one. */
  nextTarget?: FigureRow;
}

export interface SeriesPoint {
  year: number;
  territoryKey: string;
  actual?: FigureRow;
  target?: FigureRow;
  change: Change | null;
  plan: PlanAttainment | null;
}

export interface TerritoryInfo {
  key: string;
  /** The unit with this page's slug that governs the territory (its name and dates label the series). */
  unit: ProvinceUnit;
}

export interface MetricSeries {
  metric: string;
  unit: Unit;
  /** Years with a full-year actual or target, oldest first: the chart's x axis. */
  years: number[];
  territories: TerritoryInfo[];
  /** Full-year points, oldest first, one per year and territory. */
  points: SeriesPoint[];
  /** Results for part of a year (H1, 9M): listed, never charted or compared with full years. */
  partial: FigureRow[];
  /** Sums of the provinces a post-2025 unit absorbed, for years before the merger. */
  combined: { year: number; rollUp: RollUp }[];
  /** A chart needs two years with a value to show anything a table does not. */
  chartable: boolean;
}

export interface PersonMention extends Person {
  entryId: string;
  year: number;
}

export interface ProvincePageData {
  slug: string;
  /** The latest unit with this slug: what the page is titled with. */
  unit: ProvinceUnit;
  units: ProvinceUnit[];
  facts: LineageFact[];
  /** Newest first. */
  entries: DigestEntry[];
  /** Report years of the entries, newest first. */
  years: number[];
  latest: { year: number; cards: KpiCardData[] } | null;
  series: MetricSeries[];
  awards: AwardRow[];
  people: PersonMention[];
}

/** Money totals and counts add up across provinces; averages, ratios and percentages do not. */
export const isAdditive = (unit: Unit): boolean => unit === 'VND' || unit === 'count';

function cardsFor(digest: Digest, rows: FigureRow[], year: number): KpiCardData[] {
  const results = rows.filter((r) => r.kind === 'result' && r.year === year);
  // One card per metric: the full-year figure when there is one, else the part-year figure.
  const byMetric = new Map<string, FigureRow>();
  for (const r of results) {
    const current = byMetric.get(r.metric);
    if (!current || (current.period !== 'year' && r.period === 'year')) byMetric.set(r.metric, r);
  }
  return [...byMetric.values()]
    .sort((a, b) => metricOrder(a.metric) - metricOrder(b.metric))
    .map((row) => {
      const next = row.territoryKey
        ? digest.figureIndex.get(indexKey(row.territoryKey, row.metric, year + 1, 'year', 'target'))
        : undefined;
      return {
        row,
        change: changeAgainst(row, previousYear(digest.figureIndex, row)),
        plan: planAttainment(row, targetFor(digest.figureIndex, row)),
        ...(next ? { nextTarget: next } : {}),
      };
    });
}

function territoriesOf(slug: string): TerritoryInfo[] {
  const seen = new Map<string, TerritoryInfo>();
  for (const unit of unitsWithSlug(slug)) {
    const key = territoryKey(unit);
    // Keep the latest unit of the territory under this slug (Sơn La after the reform names the same land).
    seen.set(key, { key, unit });
  }
  return [...seen.values()];
}

function combinedFor(digest: Digest, units: ProvinceUnit[], metric: string, unit: Unit): MetricSeries['combined'] {
  if (!isAdditive(unit)) return [];
  const merged = units.find((u) => u.era === '34' && u.predecessors.length > 1);
  if (!merged) return [];
  const preds = absorbedUnits(merged);
  const mergerYear = Number(merged.validFrom?.slice(0, 4) ?? '2025');
  const years = new Set<number>();
  const lookup = (p: ProvinceUnit, year: number): FigureRow | undefined =>
    digest.figureIndex.get(indexKey(territoryKey(p), metric, year, 'year', 'result'));
  for (const p of preds) {
    for (const f of digest.figuresBySlug.get(p.slug) ?? []) {
      if (
        f.metric === metric &&
        f.kind === 'result' &&
        f.period === 'year' &&
        f.year < mergerYear &&
        f.territoryKey === territoryKey(p)
      )
        years.add(f.year);
    }
  }
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      rollUp: rollUp(
        preds.map((p) => {
          const f = lookup(p, year);
          return {
            unit: p,
            value: f?.value ?? undefined,
            qualifier: f?.figure.qualifier ?? 'exact',
            estimated: f?.figure.estimated ?? false,
          };
        }),
      ),
    }));
}

function seriesFor(digest: Digest, slug: string, rows: FigureRow[], units: ProvinceUnit[]): MetricSeries[] {
  const territories = territoriesOf(slug);
  const byMetric = new Map<string, FigureRow[]>();
  for (const r of rows) {
    const list = byMetric.get(r.metric);
    if (list) list.push(r);
    else byMetric.set(r.metric, [r]);
  }
  const series: MetricSeries[] = [];
  for (const [metric, list] of byMetric) {
    const full = list.filter((r) => r.period === 'year' && r.territoryKey);
    const partial = list.filter((r) => r.period !== 'year' && r.kind === 'result').sort((a, b) => a.year - b.year);
    const keyed = new Map<string, SeriesPoint>();
    for (const r of full) {
      const key = `${r.year}|${r.territoryKey}`;
      const point = keyed.get(key) ?? { year: r.year, territoryKey: r.territoryKey!, change: null, plan: null };
      if (r.kind === 'result') point.actual = r;
      else point.target = r;
      keyed.set(key, point);
    }
    const points = [...keyed.values()].sort((a, b) => a.year - b.year || a.territoryKey.localeCompare(b.territoryKey));
    for (const p of points) {
      if (!p.actual) continue;
      p.change = changeAgainst(p.actual, previousYear(digest.figureIndex, p.actual));
      p.plan = planAttainment(p.actual, p.target);
    }
    const unit = metricById(metric)?.unit ?? list[0]!.unit;
    const years = [...new Set(points.map((p) => p.year))];
    const usedTerritories = territories.filter((t) => points.some((p) => p.territoryKey === t.key));
    const combined = combinedFor(digest, units, metric, unit);
    const drawable = new Set([
      ...points.filter((p) => p.actual?.value != null || p.target?.value != null).map((p) => p.year),
      ...combined.filter((c) => c.rollUp.total !== null).map((c) => c.year),
    ]);
    series.push({
      metric,
      unit,
      years,
      territories: usedTerritories,
      points,
      partial,
      combined,
      chartable: drawable.size >= 2,
    });
  }
  return series.sort((a, b) => metricOrder(a.metric) - metricOrder(b.metric));
}

function peopleOf(entries: DigestEntry[]): PersonMention[] {
  const seen = new Set<string>();
  const people: PersonMention[] = [];
  for (const e of entries) {
    for (const p of e.people) {
      const key = `${p.name}|${p.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      people.push({ ...p, entryId: e.id, year: e.reportYear });
    }
  }
  return people;
}

function build(digest: Digest, slug: string): ProvincePageData {
  const units = unitsWithSlug(slug);
  const unit = latestUnitWithSlug(slug);
  if (!unit) throw new Error(`no province with slug "${slug}"`);
  const entries = digest.entriesBySlug.get(slug) ?? [];
  const rows = digest.figuresBySlug.get(slug) ?? [];
  const resultYears = rows.filter((r) => r.kind === 'result').map((r) => r.year);
  const latestYear = resultYears.length ? Math.max(...resultYears) : null;
  return {
    slug,
    unit,
    units,
    facts: lineageFacts(slug),
    entries,
    years: [...new Set(entries.map((e) => e.reportYear))].sort((a, b) => b - a),
    latest: latestYear === null ? null : { year: latestYear, cards: cardsFor(digest, rows, latestYear) },
    series: seriesFor(digest, slug, rows, units),
    awards: digest.awardsBySlug.get(slug) ?? [],
    people: peopleOf(entries),
  };
}

/** The page data for one slug; computed once per digest, shared by the vi and en pages. */
export const provincePage: (digest: Digest, slug: string) => ProvincePageData = memoPerDigest(build);

/** One line per province page for the index: what each has. */
export interface ProvinceSummary {
  slug: string;
  unit: ProvinceUnit;
  years: number[];
  articles: number;
  awards: number;
  /** What the 2025 reform did to it, in the one fact the index notes beside the name (see mainFact). */
  note: ReturnType<typeof mainFact>;
}

export function provinceSummaries(digest: Digest, collator: Intl.Collator): ProvinceSummary[] {
  return digest.provinceSlugs
    .map((slug) => {
      const entries = digest.entriesBySlug.get(slug) ?? [];
      return {
        slug,
        unit: latestUnitWithSlug(slug)!,
        years: [...new Set(entries.map((e) => e.reportYear))].sort((a, b) => a - b),
        articles: entries.length,
        awards: digest.awardsBySlug.get(slug)?.length ?? 0,
        note: mainFact(lineageFacts(slug), slug),
      };
    })
    .filter((s) => s.unit)
    .sort((a, b) => collator.compare(a.unit.name, b.unit.name));
}

/**
 * The provinces the digest has nothing on, so /provinces/ names every province a reader may look for
 * ("dak lak" finds the page that says Đắk Lắk has no reports yet): today's units without a page, and
 * the pre-2025 provinces whose name no longer exists, each list in Vietnamese alphabetical order.
 */
export function provincesWithoutPages(
  digest: Digest,
  collator: Intl.Collator,
): { current: ProvinceUnit[]; former: ProvinceUnit[] } {
  const pages = new Set(digest.provinceSlugs);
  const currentSlugs = new Set(allUnits.filter((u) => u.validUntil === null).map((u) => u.slug));
  const byName = (a: ProvinceUnit, b: ProvinceUnit) => collator.compare(a.name, b.name);
  const current = allUnits.filter((u) => u.validUntil === null && !pages.has(u.slug)).sort(byName);
  // One line per slug: Thừa Thiên Huế's two units before the reform share none with today's Huế.
  const formerBySlug = new Map<string, ProvinceUnit>();
  for (const u of allUnits)
    if (u.validUntil !== null && !currentSlugs.has(u.slug) && !pages.has(u.slug)) formerBySlug.set(u.slug, u);
  return { current, former: [...formerBySlug.values()].sort(byName) };
}
