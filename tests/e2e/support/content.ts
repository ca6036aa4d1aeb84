/**
 * The entries the site under test was built from, read straight from their frontmatter: expectations
 * come from the content, never from numbers written into the tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { inject } from 'vitest';
import { metricById } from '../../../src/lib/metrics.ts';
import { entrySchema, type Entry } from '../../../src/lib/schema/entry.ts';
import { writtenDigestSchema } from '../../../src/lib/schema/written-digest.ts';
import { digestsDirFor, parseDigestName } from '../../../src/lib/written/file-name.ts';

export interface ContentEntry {
  /** The file name without extension: the article's URL slug. */
  id: string;
  file: string;
  data: Entry;
}

function files(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    if (/\.mdx?$/.test(name)) out.push(full);
    else if (!name.includes('.')) out = out.concat(files(full));
  }
  return out;
}

let cache: ContentEntry[] | undefined;

/** Every entry a production build publishes (drafts left out), oldest first by file name. */
export function publishedEntries(): ContentEntry[] {
  if (cache) return cache;
  const dir = inject('e2e').contentDir;
  cache = files(dir)
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      const data = entrySchema.parse(parseYaml(match[1]!));
      return { id: path.basename(file).replace(/\.mdx?$/, ''), file, data };
    })
    .filter((e) => e.data.draft !== true)
    .sort((a, b) => a.id.localeCompare(b.id));
  return cache;
}

/** Entries with a province, newest conference first. */
export function entriesWithProvince(): ContentEntry[] {
  const key = (e: ContentEntry) => e.data.eventDate ?? `${e.data.reportYear}-12-31`;
  return publishedEntries()
    .filter((e) => e.data.province !== null)
    .sort((a, b) => key(b).localeCompare(key(a)) || a.id.localeCompare(b.id));
}

export interface ResultFigure {
  entry: ContentEntry;
  metric: string;
  year: number;
  /** In the metric's own unit (a per-month wage of a per-year metric × 12, and back). */
  value: number;
  /** As the article gave it. */
  statedValue: number;
  qualifier: Entry['kpis'][number]['qualifier'];
}

/**
 * Full-year results with a value: what rankings, series and maps show. Entries whose province is not
 * identified only when asked (a year page lists their figures unranked; maps and province pages cannot).
 */
export function fullYearResults({ includeUnidentified = false } = {}): ResultFigure[] {
  const out: ResultFigure[] = [];
  for (const entry of includeUnidentified ? publishedEntries() : entriesWithProvince()) {
    for (const f of entry.data.kpis) {
      if (f.value === null || f.period !== 'year') continue;
      const unit = metricById(f.metric)?.unit ?? f.unit;
      const value =
        f.unit === unit
          ? f.value
          : f.unit === 'VND/person/month' && unit === 'VND/person/year'
            ? f.value * 12
            : f.unit === 'VND/person/year' && unit === 'VND/person/month'
              ? f.value / 12
              : f.value;
      out.push({ entry, metric: f.metric, year: f.year, value, statedValue: f.value, qualifier: f.qualifier });
    }
  }
  return out;
}

/** Equal up to floating-point noise. */
export const sameNumber = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The years with a published written digest (content/digests/ beside the articles), newest first. */
export function writtenDigestYears(): number[] {
  const dir = digestsDirFor(inject('e2e').contentDir);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const years = names.flatMap((name) => {
    const parsed = parseDigestName(name);
    if (!parsed || !name.endsWith('.mdx')) return [];
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, name), 'utf8'));
    const data = writtenDigestSchema.parse(parseYaml(match![1]!));
    return data.draft ? [] : [parsed.year];
  });
  return [...new Set(years)].sort((a, b) => b - a);
}
