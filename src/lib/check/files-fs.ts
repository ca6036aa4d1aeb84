/**
 * Read a content folder from disk for the checker: the entries exactly as the site's glob loader
 * finds them (same pattern, same glob library, same options as src/content.config.ts and Astro's
 * `glob()` loader), every other file in the folder (which the site would silently leave out), and
 * entry-like files elsewhere under `content/`, which the site never reads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { CorpusInput, EntryFile } from './input.ts';
import { decodeEntryBytes } from './encoding.ts';
import { digestsDirFor } from '../written/file-name.ts';

/** The pattern of src/content.config.ts's loader (a test keeps the two the same). */
export const ENTRY_PATTERN = '**/*.{md,mdx}';

/** The content folder the site reads: DIGEST_CONTENT_DIR (benchmarks, fixtures) or content/articles. */
export function defaultContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DIGEST_CONTENT_DIR || 'content/articles';
}

const toSlash = (p: string): string => p.split(sep).join('/');

/** Paths as shown in messages: relative to the working folder. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolute);
  return toSlash(rel.startsWith('..') ? absolute : rel);
}

/** tinyglobby as Astro itself loads it, so "which files are entries" cannot differ from the build. */
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const { globSync } = astroRequire('tinyglobby') as {
  globSync: (pattern: string, options: { cwd: string; expandDirectories: boolean }) => string[];
};

/** Every file under a folder (dot files and dot folders, like .gitkeep, excluded), relative, with `/`. */
function allFiles(root: string, skip?: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const d of readdirSync(folder, { withFileTypes: true })) {
      if (d.name.startsWith('.')) continue;
      const abs = join(folder, d.name);
      if (abs === skip) continue;
      if (d.isDirectory()) walk(abs);
      else if (d.isFile()) out.push(toSlash(relative(root, abs)));
    }
  };
  walk(root);
  return out.sort();
}

/**
 * The folder's check narrowed to the paths named on the command line (`npm run check -- <path>…`): problems
 * are reported for the files at or under them, while the checks across files still see every entry. A path
 * that names no file of the folder is kept as `unmatched` (missing, or not a file the site reads).
 */
export function narrowToPaths(input: CorpusInput, paths: readonly string[], cwd = process.cwd()): CorpusInput {
  const known = [...input.entries.map((e) => e.file), ...(input.strayFiles ?? []), ...(input.outsideFiles ?? [])];
  const only = new Set<string>();
  const unmatched: NonNullable<CorpusInput['unmatched']> = [];
  for (const p of paths) {
    const wanted = displayPath(resolve(cwd, p), cwd);
    const matched = known.filter((file) => file === wanted || file.startsWith(`${wanted.replace(/\/$/, '')}/`));
    for (const m of matched) only.add(m);
    if (matched.length === 0) unmatched.push({ path: p, exists: existsSync(resolve(cwd, p)) });
  }
  return { ...input, only, unmatched };
}

export function readContentDir(dir: string, cwd = process.cwd()): CorpusInput {
  const root = resolve(cwd, dir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
    return { entries: [], strayFiles: [], outsideFiles: [] };
  const entryNames = globSync(ENTRY_PATTERN, { cwd: root, expandDirectories: false }).map(toSlash).sort();
  const entries: EntryFile[] = entryNames.map((rel) => {
    const abs = join(root, rel);
    const decoded = decodeEntryBytes(readFileSync(abs));
    return {
      file: displayPath(abs, cwd),
      relative: rel,
      text: decoded.text,
      encoding: decoded.encoding,
      ...(decoded.badLine ? { badLine: decoded.badLine } : {}),
    };
  });
  const isEntry = new Set(entryNames);
  const strayFiles = allFiles(root)
    .filter((rel) => !isEntry.has(rel))
    .map((rel) => displayPath(join(root, rel), cwd));
  // content/articles is the collection; an entry anywhere else under content/ is never published.
  const outsideFiles: string[] = [];
  const parent = dirname(root);
  if (basename(parent) === 'content') {
    // content/digests/ holds the written digests, a collection of their own (checked apart).
    const digests = resolve(cwd, digestsDirFor(dir));
    for (const rel of allFiles(parent, root))
      if (/\.mdx?$/i.test(rel) && !resolve(parent, rel).startsWith(`${digests}${sep}`))
        outsideFiles.push(displayPath(join(parent, rel), cwd));
  }
  return { entries, strayFiles, outsideFiles };
}
