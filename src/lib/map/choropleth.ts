/**
 * Everything a choropleth of one metric and year needs, as plain data: shapes with their class or
 * "no data", the classes with their colours and bounds. Words and number formats are the component's.
 */
import { binIndex, quantileBinning, type Bin } from './bins.ts';
import { mapEraForYear, mapUnitKey, type MapEra } from './era.ts';
import type { Frame, MapShapes } from './geometry.ts';
import { MAX_CLASSES, sequentialPalette } from './palette.ts';
import { shapeUnit, type MapValue } from './values.ts';
import type { ProvinceUnit } from '../provinces.ts';

export interface ChoroplethArea {
  code: string;
  /** The unit the shape stands for in that year (Thừa Thiên Huế in 2023, Huế in 2025). */
  unit: ProvinceUnit | undefined;
  /** Name to show when the registry has no unit for the shape (never expected; kept honest). */
  fallbackName: string;
  d: string;
  value: MapValue | undefined;
  /** Index into `classes`, or null for no data. */
  classIndex: number | null;
}

export interface ChoroplethClass extends Bin {
  color: string;
  /** How many provinces fall in it. */
  count: number;
}

export interface Choropleth {
  era: MapEra;
  year: number;
  width: number;
  height: number;
  frames: Frame[];
  areas: ChoroplethArea[];
  classes: ChoroplethClass[];
  /** Areas without a value, for the "no data" legend entry and list. */
  noDataCount: number;
}

/** Colour each shape of the year's map by its value's class. */
export function buildChoropleth(shapes: MapShapes, year: number, values: ReadonlyMap<string, MapValue>): Choropleth {
  const era = mapEraForYear(year);
  const binning = quantileBinning(
    [...values.values()].map((v) => v.value),
    MAX_CLASSES,
  );
  const palette = sequentialPalette(binning.bins.length);
  const areas = shapes.provinces.map((shape): ChoroplethArea => {
    const value = values.get(mapUnitKey(era, shape.code));
    return {
      code: shape.code,
      unit: value?.unit ?? shapeUnit(era, shape.code, year),
      fallbackName: shape.name,
      d: shape.d,
      value,
      classIndex: value ? binIndex(value.value, binning.breaks) : null,
    };
  });
  const classes = binning.bins.map((bin, i) => ({
    ...bin,
    color: palette[i]!,
    count: areas.filter((a) => a.classIndex === i).length,
  }));
  return {
    era,
    year,
    width: shapes.width,
    height: shapes.height,
    frames: shapes.frames,
    areas,
    classes,
    noDataCount: areas.filter((a) => a.classIndex === null).length,
  };
}
