/**
 * Distinctions, flattened out of entries and counted per level. A level's count is how many distinctions
 * the digest lists; recipients add up the stated numbers ("06 tập thể" = 6), and awards that give no
 * number ("các tập thể, cá nhân") are counted apart so a total never pretends to be complete.
 */
import { AWARD_LEVELS, type AwardLevel } from '../schema/award.ts';
import type { AwardRow, DigestEntry } from './types.ts';

export function flattenAwards(entry: DigestEntry): AwardRow[] {
  return entry.awards.map((award, index) => ({
    entryId: entry.id,
    index,
    award,
    province: entry.province,
    unitKey: entry.unitKey,
    eventDate: entry.eventDate,
    sortKey: entry.sortKey,
  }));
}

export interface LevelCount {
  level: AwardLevel;
  /** Distinctions listed at this level. */
  awards: number;
  /** Sum of the stated recipient counts. */
  recipients: number;
  /** Distinctions whose number of recipients the article does not give. */
  uncounted: number;
}

/** One count per level, in order of rank (state first); levels with no awards are left out. */
export function countByLevel(rows: readonly AwardRow[]): LevelCount[] {
  const counts = new Map<AwardLevel, LevelCount>();
  for (const r of rows) {
    const c = counts.get(r.award.level) ?? { level: r.award.level, awards: 0, recipients: 0, uncounted: 0 };
    c.awards += 1;
    if (r.award.count === null) c.uncounted += 1;
    else c.recipients += r.award.count;
    counts.set(r.award.level, c);
  }
  return AWARD_LEVELS.filter((l) => counts.has(l)).map((l) => counts.get(l)!);
}

/** Highest level first, then newest. */
export function compareAwards(a: AwardRow, b: AwardRow): number {
  const la = AWARD_LEVELS.indexOf(a.award.level);
  const lb = AWARD_LEVELS.indexOf(b.award.level);
  if (la !== lb) return la - lb;
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? 1 : -1;
  return a.entryId === b.entryId ? a.index - b.index : a.entryId < b.entryId ? -1 : 1;
}

/** Distinct values of a field, for filter options, sorted with a collator. */
export function distinct<T>(rows: readonly T[], pick: (row: T) => string, collator: Intl.Collator): string[] {
  return [...new Set(rows.map(pick))].sort(collator.compare);
}

/** Whether "(6 recipients)" adds to an award line: more than one recipient, and not said by the recipient already. */
export const recipientCountAdds = (award: Pick<AwardRow['award'], 'recipient' | 'count'>): boolean =>
  award.count !== null && award.count > 1 && !recipientStatesCount(award);

/**
 * Whether the recipient as written already gives the number ("06 tập thể" for 6): then "(6 recipients)"
 * after it would only say it twice.
 */
export function recipientStatesCount(award: Pick<AwardRow['award'], 'recipient' | 'count'>): boolean {
  if (award.count === null) return false;
  return (award.recipient.match(/\d+/g) ?? []).some((n) => Number(n) === award.count);
}
