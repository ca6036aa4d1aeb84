/**
 * Check a whole content folder: every file on its own, then the checks across files. Pure: the
 * caller reads the files (see files-fs.ts) and prints the report (see report.ts).
 */
import { checkEntry, type EntryCheck } from './check-entry.ts';
import type { CorpusInput, EntryFile } from './input.ts';
import { compareProblems, onePerField, type Problem } from './problem.ts';
import { reviewItems, type ReviewItem } from './review-list.ts';
import { mdxSyntax, unsafeBody } from './rules/body.ts';
import { duplicateConferences, duplicateId, duplicateIds, outliers, sharedSources } from './rules/corpus.ts';
import { checkerFailedProblem, outsideFileProblem, strayFileProblems, unmatchedPathProblem } from './rules/files.ts';

export type { CorpusInput };

export interface CheckReport {
  problems: Problem[];
  /** Entries checked (all of them, even when `only` narrows what is reported). */
  entries: number;
  errors: number;
  warnings: number;
  /**
   * The errors that stop a production build: all but those in drafts that Astro can still load (a
   * draft is left out of the site, so a wrong quote or a duplicate there harms no reader; a draft the
   * schema or the MDX compiler rejects stops Astro itself). A body beyond the safe subset stops it even
   * in a draft: its code would run on the build machine whether or not the page is published.
   */
  buildErrors: number;
  /** Files whose review.status is needs-review. */
  needsReview: string[];
  /** Each entry's review status and warnings (npm run check -- --review). */
  review: ReviewItem[];
  /** Files with draft: true. */
  drafts: string[];
  checks: EntryCheck[];
}

/**
 * A bug in a check must not hide the other files' problems behind a stack trace: it becomes one
 * problem on that file, worded as what it is.
 */
function checkSafely(file: EntryFile): EntryCheck {
  try {
    return checkEntry(file);
  } catch (e) {
    return {
      file: file.file,
      relative: file.relative,
      entry: null,
      data: null,
      lineOf: () => 1,
      problems: [checkerFailedProblem(file.file, e)],
    };
  }
}

export function checkCorpus(input: CorpusInput): CheckReport {
  const sorted = [...input.entries].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  const checks = sorted.map(checkSafely);
  let problems = onePerField([
    ...checks.flatMap((c) => c.problems),
    ...duplicateConferences(checks),
    ...duplicateIds(checks),
    ...sharedSources(checks),
    ...outliers(checks, input.only),
    ...(input.strayFiles ?? []).flatMap(strayFileProblems),
    ...(input.outsideFiles ?? []).map(outsideFileProblem),
  ]);
  if (input.only) problems = problems.filter((p) => input.only!.has(p.file));
  problems.push(...(input.unmatched ?? []).map(unmatchedPathProblem));
  problems.sort(compareProblems);
  const loadableDrafts = new Set(
    checks
      .filter((c) => c.data?.draft === true && c.entry !== null && !c.problems.some((p) => p.rule === mdxSyntax.id))
      .map((c) => c.file),
  );
  const blocksBuild = (p: Problem): boolean =>
    p.severity === 'error' && (!loadableDrafts.has(p.file) || p.rule === duplicateId.id || p.rule === unsafeBody.id);
  const scope = input.only ? checks.filter((c) => input.only!.has(c.file)) : checks;
  const status = (c: EntryCheck): unknown => (c.data?.review as Record<string, unknown> | undefined)?.status;
  return {
    problems,
    entries: checks.length,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    buildErrors: problems.filter(blocksBuild).length,
    needsReview: scope.filter((c) => status(c) === 'needs-review').map((c) => c.file),
    review: reviewItems(scope),
    drafts: scope.filter((c) => c.data?.draft === true).map((c) => c.file),
    checks,
  };
}
