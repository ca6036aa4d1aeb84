/**
 * The shapes pages are built from. Everything here is language-neutral (slugs, unit keys, numbers in
 * base units); components turn it into words and formatted numbers.
 */
import type { Unit } from '../metrics.ts';
import type { Award, Entry, Figure } from '../schema/index.ts';

export type Period = Figure['period'];
export type FigureKind = 'result' | 'target';

/** An entry's frontmatter plus what the build derives from it; never the body. */
export interface DigestEntry extends Omit<Entry, 'ingest'> {
  /** File name without extension: the article's URL slug. */
  id: string;
  /** Path of the source file relative to the project (for "edit this page"). */
  filePath?: string;
  /** The registry unit the province slug named at the time of the event; null when province is null. */
  unitKey: string | null;
  /** The territory that unit governs (see lineage.ts). */
  territoryKey: string | null;
  /** Orders entries by date; entries with no date sort at the end of their report year. */
  sortKey: string;
}

/** One figure of one entry, flattened, with its value in the metric's own unit. */
export interface FigureRow {
  entryId: string;
  kind: FigureKind;
  /** Position in the entry's kpis or targets: the article page's anchor is `${kind}-${index}`. */
  index: number;
  figure: Figure;
  province: string | null;
  unitKey: string | null;
  territoryKey: string | null;
  metric: string;
  year: number;
  period: Period;
  /** In the metric's unit; a per-month figure of a per-year metric is multiplied by 12. */
  value: number | null;
  unit: Unit;
  /** True when `value` was converted from the unit the article used. */
  converted: boolean;
  eventDate: string | null;
  sortKey: string;
}

/** One distinction of one entry, flattened. */
export interface AwardRow {
  entryId: string;
  index: number;
  award: Award;
  province: string | null;
  unitKey: string | null;
  eventDate: string | null;
  sortKey: string;
}

/** A year-over-year change, as the article stated it or as computed from last year's figure. */
export interface Change {
  percent: number;
  qualifier?: Figure['qualifier'];
  source: 'stated' | 'computed';
  /** The figure compared against, when computed. */
  previous?: FigureRow;
}

/** Percent of plan reached, as stated or computed from the target set for the year. */
export interface PlanAttainment {
  percent: number;
  qualifier?: Figure['qualifier'];
  source: 'stated' | 'computed';
  target?: FigureRow;
}
