/**
 * What a map page lays out, from the map library (src/lib/map): the choropleth of a selection, its
 * archipelago frames with their labels, the table's rows and the provinces without data, the chooser's
 * links and the list of every map.
 */
import type { Lang } from '../lang.ts';
import { buildChoropleth, type Choropleth, type ChoroplethArea } from '../map/choropleth.ts';
import { mapEraForYear } from '../map/era.ts';
import { HOANG_SA_PROVINCE_CODE, TRUONG_SA_PROVINCE_CODE, type Frame } from '../map/geometry.ts';
import { frameLabel } from '../map/labels.ts';
import { mappedMetrics, mapValues, type MapSelection, type MapValue } from '../map/values.ts';
import { vietnamMapShapes } from '../map/vietnam-maps.ts';
import type { DigestEntry } from './types.ts';

/** One metric in one year, drawn on the map of the year's era (63 provinces before the 2025 reform, 34 after). */
export function choroplethFor(entries: readonly DigestEntry[], selection: MapSelection): Choropleth {
  const { metric, year } = selection;
  return buildChoropleth(vietnamMapShapes(mapEraForYear(year)), year, mapValues(entries, metric, year));
}

/** A shape's name: its unit's, or the name the map data gives when the registry has none. */
export const areaName = (area: ChoroplethArea): string => area.unit?.name ?? area.fallbackName;

export interface LabelledFrame extends Frame {
  /** "Quần đảo" / "Hoàng Sa" / "(Đà Nẵng)": the archipelago and the province it belongs to that year. */
  lines: [string, string, string];
}

/** The archipelago frames with their labels, each naming the province whose shape draws its islands. */
export function labelledFrames(map: Choropleth, lang: Lang): LabelledFrame[] {
  const owner = (code: string) => map.areas.find((a) => a.code === code)?.unit;
  return map.frames.map((f) => ({
    ...f,
    lines: frameLabel(f, owner(f.region === 'hoang-sa' ? HOANG_SA_PROVINCE_CODE : TRUONG_SA_PROVINCE_CODE), lang),
  }));
}

export type AreaWithValue = ChoroplethArea & { value: MapValue };

export interface MapTable {
  /** Provinces with a value, highest first; equal values by name. */
  rows: AreaWithValue[];
  /** The names of the provinces without a value, in alphabetical order. */
  missing: string[];
}

export function mapTable(map: Choropleth, collator: Intl.Collator): MapTable {
  const rows = map.areas
    .filter((a): a is AreaWithValue => a.value !== undefined)
    .sort((a, b) => b.value.value - a.value.value || collator.compare(areaName(a), areaName(b)));
  const missing = map.areas
    .filter((a) => !a.value)
    .map(areaName)
    .sort(collator.compare);
  return { rows, missing };
}

export interface MapChooserLinks {
  /** Every metric with a map, in the catalogue's order, and the map its link opens. */
  metrics: { metric: string; target: MapSelection }[];
  /** The current metric's years, newest first. */
  years: number[];
}

/** A metric's link keeps the current year when that metric has a map for it, else opens its latest year. */
export function mapChooserLinks(current: MapSelection, selections: readonly MapSelection[]): MapChooserLinks {
  const yearsOf = (metric: string) => selections.filter((s) => s.metric === metric).map((s) => s.year);
  return {
    metrics: mappedMetrics(selections).map((metric) => {
      const years = yearsOf(metric);
      return { metric, target: { metric, year: years.includes(current.year) ? current.year : Math.max(...years) } };
    }),
    years: yearsOf(current.metric).sort((a, b) => b - a),
  };
}

/** Every map, by metric in the catalogue's order; each metric's maps in the order given (newest first from mapSelections). */
export function mapsByMetric(selections: readonly MapSelection[]): { metric: string; maps: MapSelection[] }[] {
  return mappedMetrics(selections).map((metric) => ({ metric, maps: selections.filter((s) => s.metric === metric) }));
}
