/**
 * Which map a year is drawn on. The 34-unit layout took effect on 1 July 2025 (MERGER_DATE); a year's
 * figures are reported at its end by the units then in force, so every year that ends after the merger
 * (2025 onwards) uses the 34-unit map, and every earlier year the 63-province map.
 */
import { MERGER_DATE } from '../provinces.ts';

export type MapEra = '63' | '34';

export const MAP_ERAS: readonly MapEra[] = ['63', '34'];

/** The era whose map shows a year's results. */
export function mapEraForYear(year: number): MapEra {
  return `${year}-12-31` < MERGER_DATE ? '63' : '34';
}

/** The registry key of a unit drawn on a map: `63:<code>` / `34:<code>` (see provinces.ts). */
export const mapUnitKey = (era: MapEra, code: string): string => `${era}:${code}`;
