/**
 * The home page: the latest year with enough data at a glance (src/lib/digest/featured-year.ts).
 */
import { METRICS } from '../metrics.ts';
import type { Digest } from './digest.ts';
import { featuredYear, type FeaturedYear } from './featured-year.ts';
import { rankProvinces } from './rankings.ts';
import type { AwardRow, DigestEntry, FigureRow } from './types.ts';

export interface HomeData {
  year: number;
  /** Why this year: the newest year, or the newest that enough provinces have reported. */
  featured: FeaturedYear;
  /** Conferences reporting on the year. */
  entries: DigestEntry[];
  /** Slugs of provinces with a conference for the year. */
  provinces: string[];
  /** Conferences whose province is not identified. */
  unassigned: number;
  /** Awards given for the year. */
  awards: AwardRow[];
  /**
   * The newest awards the digest has, and their year: the latest year often has none yet (its awards
   * are announced at the next conference), and a home page without a single award would hide dozens.
   */
  latestAwards: { year: number; awards: AwardRow[] } | null;
  /** For each headline metric with a ranked figure this year: the leader and how many reported. */
  leaders: { metric: string; leader: FigureRow; reported: number }[];
  /** The newest conferences across all years. */
  latestEntries: DigestEntry[];
}

export function homeData(digest: Digest, latestCount = 5): HomeData | null {
  const provincesByYear = new Map<number, number>();
  for (const y of new Set(digest.entries.map((e) => e.reportYear)))
    provincesByYear.set(
      y,
      new Set(digest.entries.filter((e) => e.reportYear === y && e.province !== null).map((e) => e.province)).size,
    );
  const featured = featuredYear(provincesByYear);
  if (featured === null) return null;
  const { year } = featured;
  const entries = digest.entries.filter((e) => e.reportYear === year);
  const leaders: HomeData['leaders'] = [];
  for (const metric of METRICS.filter((m) => m.group === 'headline')) {
    const rows = digest.figures.filter((f) => f.metric === metric.id && f.year === year);
    const ranked = rankProvinces(rows, metric.higherIsBetter).filter((r) => r.rank !== null);
    if (ranked.length > 0) leaders.push({ metric: metric.id, leader: ranked[0]!.item, reported: ranked.length });
  }
  const awardsYear = digest.awards.reduce<number | null>(
    (max, a) => (max === null || a.award.year > max ? a.award.year : max),
    null,
  );
  return {
    year,
    featured,
    entries,
    provinces: [...new Set(entries.map((e) => e.province).filter((p): p is string => p !== null))],
    unassigned: entries.filter((e) => e.province === null).length,
    awards: digest.awards.filter((a) => a.award.year === year),
    latestAwards:
      awardsYear === null
        ? null
        : { year: awardsYear, awards: digest.awards.filter((a) => a.award.year === awardsYear) },
    leaders,
    latestEntries: digest.entries.slice(0, latestCount),
  };
}
