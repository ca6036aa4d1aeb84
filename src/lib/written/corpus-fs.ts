/**
 * The articles as the site sees them, read from disk: every entry under the articles folder parsed
 * with the entry schema (as Astro's loader does) and shaped into the digest the pages are built from.
 * The props of a written digest's components are checked against it by `npm run check`, by the build's
 * digests loader and by `npm run digest:new`, before Astro has read anything.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { buildDigest, type Digest } from '../digest/digest.ts';
import { toDigestEntry } from '../digest/entries.ts';
import { entrySchema } from '../schema/entry.ts';

const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const { globSync } = astroRequire('tinyglobby') as {
  globSync: (pattern: string, options: { cwd: string; expandDirectories: boolean }) => string[];
};

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/**
 * The digest of the entries in `articlesDir` that parse (an entry the schema refuses is the check's to
 * report, not a reason to stop here); drafts only when asked, as in `astro dev`.
 */
export function readCorpus(articlesDir: string, { drafts = false, cwd = process.cwd() } = {}): Digest {
  const root = path.resolve(cwd, articlesDir);
  const entries = globSync('**/*.{md,mdx}', { cwd: root, expandDirectories: false }).flatMap((rel) => {
    const file = path.join(root, rel);
    const fm = FRONTMATTER.exec(readFileSync(file, 'utf8'));
    if (!fm) return [];
    let raw: unknown;
    try {
      raw = loadYaml(fm[1]!);
    } catch {
      return [];
    }
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success || (parsed.data.draft && !drafts)) return [];
    const id = path.basename(rel).replace(/\.mdx?$/, '');
    return [toDigestEntry(id, parsed.data, path.relative(cwd, file).split(path.sep).join('/'))];
  });
  return buildDigest(entries);
}
