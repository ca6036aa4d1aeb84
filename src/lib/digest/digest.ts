/**
 * The digest: every entry shaped once per build into the indexes pages read. Pages never loop over raw
 * entries themselves; with 15 000 entries, doing this per page would cost more than rendering.
 */
import { unitByKey } from '../provinces.ts';
import { compareNewestFirst } from './entries.ts';
import { compareAwards, flattenAwards } from './awards.ts';
import { figureIndex } from './change.ts';
import { bestFigures, flattenFigures } from './figures.ts';
import { relatedSlugs } from './lineage.ts';
import type { AwardRow, DigestEntry, FigureRow } from './types.ts';

export interface Digest {
  /** Newest first. */
  entries: DigestEntry[];
  entryById: Map<string, DigestEntry>;
  /** Every figure of every entry, in entry order (for downloads and article pages). */
  allFigures: FigureRow[];
  /** One figure per territory, metric, year, period and kind (for rankings, series, cards). */
  figures: FigureRow[];
  /** `figures` by territory|metric|year|period|kind. */
  figureIndex: Map<string, FigureRow>;
  /** Highest level first, then newest. */
  awards: AwardRow[];
  /** Years with a conference or a full-year result, newest first. */
  years: number[];
  /** The newest report year with a conference; null for an empty digest. */
  latestYear: number | null;
  /** Slugs that get a province page: those with entries and those linked to them by the 2025 reform. */
  provinceSlugs: string[];
  entriesBySlug: Map<string, DigestEntry[]>;
  figuresBySlug: Map<string, FigureRow[]>;
  awardsBySlug: Map<string, AwardRow[]>;
  /** Entries with `province: null`, newest first. */
  unassigned: DigestEntry[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildDigest(input: readonly DigestEntry[]): Digest {
  const entries = [...input].sort(compareNewestFirst);
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const allFigures = entries.flatMap(flattenFigures);
  const figures = bestFigures(allFigures);
  const awards = entries.flatMap(flattenAwards).sort(compareAwards);

  const entriesBySlug = new Map<string, DigestEntry[]>();
  const unassigned: DigestEntry[] = [];
  for (const e of entries) {
    if (e.province) push(entriesBySlug, e.province, e);
    else unassigned.push(e);
  }
  const figuresBySlug = new Map<string, FigureRow[]>();
  for (const f of figures) if (f.province) push(figuresBySlug, f.province, f);
  const awardsBySlug = new Map<string, AwardRow[]>();
  for (const a of awards) if (a.province) push(awardsBySlug, a.province, a);

  const pageSlugs = new Set(entriesBySlug.keys());
  for (const e of entries) {
    const unit = e.unitKey ? unitByKey(e.unitKey) : undefined;
    if (unit) for (const s of relatedSlugs(unit)) pageSlugs.add(s);
  }

  const years = new Set<number>(entries.map((e) => e.reportYear));
  for (const f of figures) if (f.kind === 'result' && f.period === 'year') years.add(f.year);

  return {
    entries,
    entryById,
    allFigures,
    figures,
    figureIndex: figureIndex(figures),
    awards,
    years: [...years].sort((a, b) => b - a),
    latestYear: entries.reduce<number | null>(
      (max, e) => (max === null || e.reportYear > max ? e.reportYear : max),
      null,
    ),
    provinceSlugs: [...pageSlugs].sort(),
    entriesBySlug,
    figuresBySlug,
    awardsBySlug,
    unassigned,
  };
}

/** Memoise a per-digest computation by key: both language versions of a page share one result. */
export function memoPerDigest<T>(compute: (digest: Digest, key: string) => T): (digest: Digest, key: string) => T {
  const caches = new WeakMap<Digest, Map<string, T>>();
  return (digest, key) => {
    let cache = caches.get(digest);
    if (!cache) caches.set(digest, (cache = new Map()));
    if (!cache.has(key)) cache.set(key, compute(digest, key));
    return cache.get(key)!;
  };
}
