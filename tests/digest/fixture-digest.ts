/**
 * The site fixture corpus as the build sees it: every entry parsed with the real schema and shaped into a
 * digest, so data-shaping tests run on the same inputs as `DIGEST_CONTENT_DIR=tests/fixtures/site-content`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { entrySchema } from '../../src/lib/schema/entry.ts';
import { buildDigest, type Digest } from '../../src/lib/digest/digest.ts';
import { toDigestEntry } from '../../src/lib/digest/entries.ts';
import type { DigestEntry } from '../../src/lib/digest/types.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/site-content');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.mdx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

export interface FixtureEntry {
  id: string;
  path: string;
  body: string;
  entry: DigestEntry;
}

export function loadFixtures(): FixtureEntry[] {
  return files(FIXTURE_DIR).map((path) => {
    const text = readFileSync(path, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${path}: no frontmatter`);
    const data = entrySchema.parse(parse(match[1]!));
    const id = path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
    return {
      id,
      path: relative(process.cwd(), path),
      body: match[2]!,
      entry: toDigestEntry(id, data, relative(process.cwd(), path)),
    };
  });
}

/** The digest of a production build: drafts left out. */
export function fixtureDigest(): Digest {
  return buildDigest(
    loadFixtures()
      .filter((f) => !f.entry.draft)
      .map((f) => f.entry),
  );
}
