/**
 * The options of the filter forms of /awards/ and /timeline/ (FilterSelect), from the rows the page lists:
 * only values that occur, each once, in the order a reader looks for them. The words come from the caller,
 * so both languages get the same options in the same order; the values are what the rows' data-* carry.
 */
import { AWARD_LEVELS, type AwardLevel } from '../schema/award.ts';
import { distinct } from './awards.ts';
import type { AwardRow, DigestEntry } from './types.ts';

/** One option: the value a row's data-* attribute carries, and the text the reader sees. */
export type FilterOption = readonly [value: string, label: string];

/** The value of a row whose province is not identified (its data-province). */
export const NO_PROVINCE = 'none';

export type RecipientKind = AwardRow['award']['recipientKind'];
/** From one person to a group to both, as the awards page lists them. */
const RECIPIENT_KINDS = ['individual', 'collective', 'mixed'] as const satisfies readonly RecipientKind[];

/** Years newest first, each once. */
export function yearOptions(years: Iterable<number>): FilterOption[] {
  return [...new Set(years)].sort((a, b) => b - a).map((year) => [String(year), String(year)] as const);
}

/**
 * Provinces in the alphabetical order of their names (Vietnamese order with `new Intl.Collator('vi')`),
 * each once; a missing province (null) last, as `none` with the label given for it.
 */
export function provinceOptions(
  slugs: Iterable<string | null>,
  name: (slug: string) => string,
  collator: Intl.Collator,
  noneLabel = '',
): FilterOption[] {
  const unique = new Set(slugs);
  const named = [...unique]
    .filter((slug): slug is string => slug !== null)
    .map((slug) => [slug, name(slug)] as const)
    .sort((a, b) => collator.compare(a[1], b[1]));
  return unique.has(null) ? [...named, [NO_PROVINCE, noneLabel] as const] : named;
}

export interface AwardFilterLabels {
  level: (level: AwardLevel) => string;
  kind: (kind: RecipientKind) => string;
  /** A province's name, from its slug. */
  province: (slug: string) => string;
  /** The option for awards whose province is not identified. */
  noProvince: string;
}

export interface AwardFilters {
  /** Newest first. */
  year: FilterOption[];
  /** Highest level first. */
  level: FilterOption[];
  /** Givers as written, in alphabetical order. */
  giver: FilterOption[];
  province: FilterOption[];
  kind: FilterOption[];
}

export function awardFilters(
  awards: readonly AwardRow[],
  labels: AwardFilterLabels,
  collator: Intl.Collator,
): AwardFilters {
  return {
    year: yearOptions(awards.map((a) => a.award.year)),
    level: AWARD_LEVELS.filter((l) => awards.some((a) => a.award.level === l)).map(
      (l) => [l, labels.level(l)] as const,
    ),
    giver: distinct(awards, (a) => a.award.giver, collator).map((g) => [g, g] as const),
    province: provinceOptions(
      awards.map((a) => a.province),
      labels.province,
      collator,
      labels.noProvince,
    ),
    kind: RECIPIENT_KINDS.filter((k) => awards.some((a) => a.award.recipientKind === k)).map(
      (k) => [k, labels.kind(k)] as const,
    ),
  };
}

export interface TimelineFilters {
  province: FilterOption[];
  /** Report years, newest first. */
  year: FilterOption[];
}

export function timelineFilters(
  entries: readonly DigestEntry[],
  labels: Pick<AwardFilterLabels, 'province' | 'noProvince'>,
  collator: Intl.Collator,
): TimelineFilters {
  return {
    province: provinceOptions(
      entries.map((e) => e.province),
      labels.province,
      collator,
      labels.noProvince,
    ),
    year: yearOptions(entries.map((e) => e.reportYear)),
  };
}
