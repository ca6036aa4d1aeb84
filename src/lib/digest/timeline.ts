/**
 * The timeline: every conference, newest first, grouped by the year it reports on (a conference in
 * January 2016 that reviews 2015 belongs to 2015, as in the year digests). Inside a year, conferences
 * whose date is not stated come last, after every dated one: placed at the year's end, they would sit
 * between December and the January conferences that review the same year.
 */
import type { DigestEntry } from './types.ts';

export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** Group items that are already in order, keeping that order inside each group; years newest first. */
export function groupByYear<T>(items: readonly T[], yearOf: (item: T) => number): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const y = yearOf(item);
    const list = groups.get(y);
    if (list) list.push(item);
    else groups.set(y, [item]);
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, items: list }));
}

/** Conferences of one year in order, those without a stated date after the dated ones. */
export const undatedLast = <T extends Pick<DigestEntry, 'eventDate'>>(items: readonly T[]): T[] => [
  ...items.filter((e) => e.eventDate !== null),
  ...items.filter((e) => e.eventDate === null),
];

export const timelineGroups = (entries: readonly DigestEntry[]): YearGroup<DigestEntry>[] =>
  groupByYear(entries, (e) => e.reportYear).map(({ year, items }) => ({ year, items: undatedLast(items) }));
