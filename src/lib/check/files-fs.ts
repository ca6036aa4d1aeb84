/**
 * Read a content folder from disk for the checker: entries (`.md`, `.mdx`, as the site's glob
 * loader reads them) and stray files the site would ignore.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { EntryFile } from './check-entry.ts';
import type { CorpusInput } from './check-corpus.ts';

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

export function readContentDir(dir: string, cwd = process.cwd()): CorpusInput {
  const root = resolve(cwd, dir);
  const entries: EntryFile[] = [];
  const strayFiles: string[] = [];
  const walk = (folder: string): void => {
    for (const d of readdirSync(folder, { withFileTypes: true })) {
      if (d.name.startsWith('.')) continue;
      const abs = join(folder, d.name);
      if (d.isDirectory()) walk(abs);
      else if (/\.mdx?$/.test(d.name)) {
        entries.push({ file: displayPath(abs, cwd), relative: toSlash(relative(root, abs)), text: readFileSync(abs, 'utf8') });
      } else if (d.isFile()) strayFiles.push(displayPath(abs, cwd));
    }
  };
  if (statSync(root, { throwIfNoEntry: false })?.isDirectory()) walk(root);
  return { entries, strayFiles };
}
