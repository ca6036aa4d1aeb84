/**
 * What the 2025 reform (and Huế's 2025 upgrade) did to the provinces a page is about, in facts a page can
 * state: "merged into Bắc Ninh on 1 July 2025", "formed from Bắc Giang and Bắc Ninh".
 *
 * A slug can name two territories (old Bắc Ninh and the new, larger Bắc Ninh), so series are keyed by
 * territory: a chain of units where each continued exactly one predecessor unchanged (Sơn La before and
 * after the reform) is one territory; a unit that absorbed others starts a new one.
 */
import {
  latestUnitWithSlug,
  predecessorsOf,
  successorOf,
  unitByKey,
  unitOn,
  unitsWithSlug,
  type ProvinceUnit,
} from '../provinces.ts';
import type { Qualifier } from '../schema/common.ts';

/** The key of the territory a unit governs: the earliest unit in its chain of one-to-one continuations. */
export function territoryKey(unit: ProvinceUnit): string {
  let current = unit;
  for (let guard = 0; guard < 5 && current.predecessors.length === 1; guard += 1) {
    const pred = unitByKey(current.predecessors[0]!);
    if (!pred || pred.successors.length !== 1) break;
    current = pred;
  }
  return current.key;
}

/**
 * The registry unit an entry's province slug named at the time of the event. Without a date, a year-end
 * conference is placed at the end of its report year and anything else at mid-year; a slug that named
 * nothing then falls back to its latest unit, since the schema has already accepted it for that year.
 */
export function unitForEntry(
  slug: string,
  eventDate: string | null,
  reportYear: number,
  eventKind: 'year-end' | 'mid-year' | 'other',
): ProvinceUnit | undefined {
  const date = eventDate ?? (eventKind === 'year-end' ? `${reportYear}-12-31` : `${reportYear}-06-30`);
  return (
    unitOn(slug, date) ??
    unitsWithSlug(slug)
      .filter((u) => (u.validFrom ?? '') <= `${reportYear}-12-31`)
      .pop() ??
    latestUnitWithSlug(slug)
  );
}

export type LineageFact =
  /** A pre-reform province that became part of a larger one. */
  | { kind: 'merged-into'; unit: ProvinceUnit; into: ProvinceUnit; date: string; partners: ProvinceUnit[] }
  /** A unit formed by joining several earlier ones. */
  | { kind: 'formed-from'; unit: ProvinceUnit; from: ProvinceUnit[]; date: string }
  /** Same territory, new name or status (Thừa Thiên Huế → Thành phố Huế). */
  | { kind: 'renamed'; unit: ProvinceUnit; to: ProvinceUnit; date: string }
  /** The inverse of renamed, told on the newer unit's page. */
  | { kind: 'renamed-from'; unit: ProvinceUnit; from: ProvinceUnit; date: string };

const collator = new Intl.Collator('vi');

/**
 * The units a new unit absorbed, in Vietnamese alphabetical order: every sentence, list and sum of
 * them uses this one order (the registry lists them by code, which means nothing to a reader).
 */
export function absorbedUnits(unit: ProvinceUnit): ProvinceUnit[] {
  return predecessorsOf(unit).sort((a, b) => collator.compare(a.name, b.name));
}

/** Every lineage fact about the units that ever used a slug, oldest first. Continuations without change say nothing. */
export function lineageFacts(slug: string): LineageFact[] {
  const facts: LineageFact[] = [];
  for (const unit of unitsWithSlug(slug)) {
    const into = successorOf(unit);
    if (into && into.validFrom) {
      const preds = absorbedUnits(into);
      if (preds.length > 1) {
        facts.push({
          kind: 'merged-into',
          unit,
          into,
          date: into.validFrom,
          partners: preds.filter((p) => p.key !== unit.key),
        });
      } else if (into.slug !== unit.slug) {
        facts.push({ kind: 'renamed', unit, to: into, date: into.validFrom });
      }
    }
    const from = absorbedUnits(unit);
    if (from.length > 1 && unit.validFrom) facts.push({ kind: 'formed-from', unit, from, date: unit.validFrom });
    else if (from.length === 1 && from[0]!.slug !== unit.slug && unit.validFrom) {
      facts.push({ kind: 'renamed-from', unit, from: from[0]!, date: unit.validFrom });
    }
  }
  return facts;
}

type MergedInto = Extract<LineageFact, { kind: 'merged-into' }>;
type FormedFrom = Extract<LineageFact, { kind: 'formed-from' }>;

/** The facts a page about `slug` tells: on the new unit's own page, "formed from" already says what "merged into" would. */
export const factsToTell = (facts: readonly LineageFact[], slug: string): LineageFact[] =>
  facts.filter((f) => !(f.kind === 'merged-into' && f.into.slug === slug));

/** The one fact a list of provinces notes beside a name: what the province merged into, else what it was formed from. */
export function mainFact(facts: readonly LineageFact[], slug: string): MergedInto | FormedFrom | null {
  const told = factsToTell(facts, slug);
  return (
    told.find((f): f is MergedInto => f.kind === 'merged-into') ??
    told.find((f): f is FormedFrom => f.kind === 'formed-from') ??
    null
  );
}

/** Slugs a page about `slug` links to through lineage: successors and predecessors of its units. */
export function relatedSlugs(unit: ProvinceUnit): string[] {
  const related = new Set<string>();
  for (let u = successorOf(unit), guard = 0; u && guard < 5; u = successorOf(u), guard += 1) related.add(u.slug);
  for (const p of predecessorsOf(unit)) related.add(p.slug);
  related.delete(unit.slug);
  return [...related];
}

/** One part of a combined figure: a predecessor's value for the year, or undefined when it reported none. */
export interface RollUpPart {
  unit: ProvinceUnit;
  value: number | undefined;
  qualifier: Qualifier;
  estimated: boolean;
}

export interface RollUp {
  /** The sum when every part reported, otherwise null. */
  total: number | null;
  qualifier: Qualifier;
  estimated: boolean;
  parts: RollUpPart[];
}

/**
 * Add up the provinces that later formed one unit, for a year before they merged, so the new unit's
 * figures have something comparable to stand beside. Only additive quantities (money totals, counts) can
 * be summed, and only when every predecessor reported: a partial sum would read as a collapse.
 */
export function rollUp(parts: RollUpPart[]): RollUp {
  const complete = parts.length > 0 && parts.every((p) => p.value !== undefined);
  const total = complete ? parts.reduce((sum, p) => sum + (p.value ?? 0), 0) : null;
  return {
    total,
    qualifier: combinedQualifier(parts.map((p) => p.qualifier)),
    estimated: parts.some((p) => p.estimated),
    parts,
  };
}

/**
 * The hedge of a sum: "over 10" + "exact 5" is "over 15"; "nearly 10" + "under 5" is still below 15, so
 * "under"; "over" + "nearly" says nothing certain about the direction, so "about".
 */
export function combinedQualifier(qualifiers: readonly Qualifier[]): Qualifier {
  const hedges = new Set(qualifiers.filter((q) => q !== 'exact'));
  if (hedges.size === 0) return 'exact';
  if (hedges.size === 1) return [...hedges][0]!;
  if ([...hedges].every((q) => q === 'nearly' || q === 'under')) return 'under';
  return 'about';
}
