/** Paths of the map pages, relative to a language's root (pass them to localePath). */
import type { MapSelection } from './values.ts';

/** "map/total_revenue/2023/": one metric in one year. */
export const mapPagePath = (s: MapSelection): string => `map/${s.metric}/${s.year}/`;
