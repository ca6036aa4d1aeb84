/**
 * The numbers a map shows: for one metric and one year, one value per province of that year's map.
 *
 * Built on the digest's figure rows (src/lib/digest), so the map shows exactly the figure the year
 * page ranks: full-year results with a value, in the metric's own unit, one per territory
 * (`bestFigures`). A row joins the map on its unit's GSO code within the map's era (`63:<code>` or
 * `34:<code>`, codes were reused in 2025). A province the reform left unchanged carries over between
 * eras (a 2024 figure reported by the new Sơn La is drawn on the old Sơn La); a merged province's
 * figure cannot be split or assigned to one old province, so it stays off the other era's map.
 */
import { featuredYear, type FeaturedYear } from '../digest/featured-year.ts';
import { bestFigures, flattenFigures, preferFigure } from '../digest/figures.ts';
import type { DigestEntry, FigureRow } from '../digest/types.ts';
import { METRICS } from '../metrics.ts';
import {
  isUnchangedByMerger,
  predecessorsOf,
  resolveOn,
  unit63ByCode,
  unitByKey,
  type ProvinceUnit,
} from '../provinces.ts';
import { mapEraForYear, mapUnitKey, type MapEra } from './era.ts';

export interface MapValue {
  /** `63:<code>` / `34:<code>`: the map shape it colours. */
  key: string;
  /** The unit of the map's era drawn there, named as it was at the end of the year. */
  unit: ProvinceUnit;
  /** The figure, in the metric's own unit. */
  value: number;
  row: FigureRow;
  /** Headline of the entry the figure was read from. */
  articleTitle: string;
}

/** The unit of `year`'s map that a figure reported by `unit` belongs to, or undefined when none does. */
export function unitOnMap(unit: ProvinceUnit, year: number): ProvinceUnit | undefined {
  const era = mapEraForYear(year);
  const yearEnd = `${year}-12-31`;
  if (unit.era === era) return era === '63' ? unit63ByCode(unit.code, yearEnd) : unit;
  if (era === '34') {
    const now = resolveOn(unit, yearEnd);
    return now && isUnchangedByMerger(now) ? now : undefined;
  }
  // A 34-era unit's figure for a year before the reform: only when it continues a single province.
  if (!isUnchangedByMerger(unit)) return undefined;
  return unit63ByCode(predecessorsOf(unit)[0]!.code, yearEnd);
}

/** Full-year results with a value of identified provinces: what a map can draw. */
const isMappable = (r: FigureRow): boolean =>
  r.kind === 'result' && r.period === 'year' && r.value !== null && r.unitKey !== null;

/** Every map's values: `metric|year` → shape key (`era:code`) → value. */
type MapIndex = Map<string, Map<string, MapValue>>;

/**
 * Built in one pass over all figures and kept per entries array: every map page and the year pages'
 * links ask for it, and with thousands of entries a pass per page would cost more than the rendering.
 */
const indexes = new WeakMap<readonly DigestEntry[], MapIndex>();

function mapIndex(entries: readonly DigestEntry[]): MapIndex {
  let index = indexes.get(entries);
  if (index) return index;
  const titles = new Map(entries.map((e) => [e.id, e.title]));
  const chosen = new Map<string, Map<string, { row: FigureRow; unit: ProvinceUnit }>>();
  for (const row of bestFigures(entries.flatMap(flattenFigures).filter(isMappable))) {
    const reporter = unitByKey(row.unitKey!);
    const unit = reporter ? unitOnMap(reporter, row.year) : undefined;
    if (!unit) continue;
    const mapKey = `${row.metric}|${row.year}`;
    const shapes = chosen.get(mapKey) ?? new Map<string, { row: FigureRow; unit: ProvinceUnit }>();
    chosen.set(mapKey, shapes);
    const key = mapUnitKey(mapEraForYear(row.year), unit.code);
    const current = shapes.get(key);
    // Two territories on one shape (only possible through odd data): the digest's own preference decides.
    if (!current || preferFigure(current.row, row) === row) shapes.set(key, { row, unit });
  }
  index = new Map(
    [...chosen].map(([mapKey, shapes]) => [
      mapKey,
      new Map(
        [...shapes].map(([key, { row, unit }]) => [
          key,
          { key, unit, value: row.value!, row, articleTitle: titles.get(row.entryId) ?? row.entryId },
        ]),
      ),
    ]),
  );
  indexes.set(entries, index);
  return index;
}

/** One value per province on `year`'s map for `metric`, keyed by `era:code`. */
export function mapValues(entries: readonly DigestEntry[], metric: string, year: number): Map<string, MapValue> {
  return mapIndex(entries).get(`${metric}|${year}`) ?? new Map();
}

export interface MapSelection {
  metric: string;
  year: number;
}

/** Every metric and year with at least one value on its map: the map pages to build. Newest first. */
export function mapSelections(entries: readonly DigestEntry[]): MapSelection[] {
  return [...mapIndex(entries).keys()]
    .map((s) => {
      const [metric, year] = s.split('|') as [string, string];
      return { metric, year: Number(year) };
    })
    .sort((a, b) => b.year - a.year || a.metric.localeCompare(b.metric));
}

/** The metrics that have a map, in the catalogue's order (headline figures first). */
export function mappedMetrics(selections: readonly MapSelection[]): string[] {
  const mapped = new Set(selections.map((s) => s.metric));
  return METRICS.map((m) => m.id).filter((id) => mapped.has(id));
}

/**
 * What `/map/` shows: of the preferred metric (else of any metric), the newest year that enough
 * provinces have values for (src/lib/digest/featured-year.ts), else its newest year. `provinces` counts
 * a map's provinces with a value; without it every map counts as enough.
 */
export function defaultMap(
  selections: readonly MapSelection[],
  provinces: (s: MapSelection) => number = () => Infinity,
  preferredMetric = 'total_revenue',
): { selection: MapSelection; featured: FeaturedYear } | undefined {
  const preferred = selections.filter((s) => s.metric === preferredMetric);
  const pool = preferred.length > 0 ? preferred : selections;
  const byYear = new Map<number, { selection: MapSelection; provinces: number }>();
  for (const s of pool) {
    const n = provinces(s);
    const best = byYear.get(s.year);
    if (!best || n > best.provinces) byYear.set(s.year, { selection: s, provinces: n });
  }
  const featured = featuredYear(new Map([...byYear].map(([y, b]) => [y, b.provinces])));
  return featured ? { selection: byYear.get(featured.year)!.selection, featured } : undefined;
}

/** The selection of defaultMap. */
export function defaultSelection(
  selections: readonly MapSelection[],
  provinces?: (s: MapSelection) => number,
  preferredMetric = 'total_revenue',
): MapSelection | undefined {
  return defaultMap(selections, provinces, preferredMetric)?.selection;
}

/** The unit a shape of an era's map stands for in a year (its display name when it has no value). */
export function shapeUnit(era: MapEra, code: string, year: number): ProvinceUnit | undefined {
  return era === '63' ? unit63ByCode(code, `${year}-12-31`) : unitByKey(mapUnitKey(era, code));
}
