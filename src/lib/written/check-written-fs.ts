/**
 * The written digests of an articles folder (`content/digests/` beside `content/articles/`: the folder
 * the build reads, file-name.ts), checked file by file as the build's loader checks them
 * (check-written.ts: checkWrittenFile), for `npm run check`: a component whose props name no figure, a
 * wrong year, a broken frontmatter are found before anyone builds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../check/problem.ts';
import { checkWrittenFile } from './check-written.ts';
import { readCorpus } from './corpus-fs.ts';
import { digestsDirFor } from './file-name.ts';

export interface WrittenDigestsReport {
  problems: Problem[];
  /** Digests checked. */
  digests: number;
  /** The errors that stop a production build: those of digests that are not drafts. */
  buildErrors: number;
}

/** Check every `.md`/`.mdx` file of the digests folder against the articles (drafts included). */
export function checkWrittenDigestsDir(articlesDir: string, cwd = process.cwd()): WrittenDigestsReport {
  const dir = path.resolve(cwd, digestsDirFor(articlesDir));
  const names = existsSync(dir) ? readdirSync(dir).filter((n) => /\.mdx?$/.test(n)) : [];
  if (names.length === 0) return { problems: [], digests: 0, buildErrors: 0 };
  const corpus = readCorpus(articlesDir, { drafts: true, cwd });
  const problems: Problem[] = [];
  let buildErrors = 0;
  for (const name of names.sort()) {
    const file = path.relative(cwd, path.join(dir, name)).split(path.sep).join('/');
    const checked = checkWrittenFile(file, readFileSync(path.join(dir, name), 'utf8'), corpus);
    problems.push(...checked.problems);
    if (!checked.draft) buildErrors += checked.problems.filter((p) => p.severity === 'error').length;
  }
  return { problems, digests: names.length, buildErrors };
}
