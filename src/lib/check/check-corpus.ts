/**
 * Check a whole content folder: every file on its own, then the checks across files. Pure: the
 * caller reads the files (see files-fs.ts) and prints the report (see report.ts).
 */
import { checkEntry, type EntryCheck, type EntryFile } from './check-entry.ts';
import { duplicateConferences, duplicateIds, outliers } from './corpus-problems.ts';
import { bi, compareProblems, type Problem } from './problem.ts';

export interface CorpusInput {
  entries: EntryFile[];
  /** Files in the content folder that the site does not read (`.txt`, `.MDX`, `.markdown`). */
  strayFiles?: string[];
  /** Report problems only for these files (displayed paths); cross-file checks still see all. */
  only?: ReadonlySet<string>;
}

export interface CheckReport {
  problems: Problem[];
  /** Entries checked (all of them, even when `only` narrows what is reported). */
  entries: number;
  errors: number;
  warnings: number;
  /** Files whose review.status is needs-review. */
  needsReview: string[];
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
    const message = String((e as Error)?.message ?? e).split('\n')[0];
    return {
      file: file.file,
      relative: file.relative,
      entry: null,
      data: null,
      lineOf: () => 1,
      problems: [
        {
          file: file.file,
          line: 1,
          field: 'file',
          severity: 'error',
          rule: 'checker-failed',
          ...bi(`công cụ kiểm tra gặp lỗi khi đọc tệp này (${message})`, 'báo cho nhóm kỹ thuật, kèm tệp này', `the checker failed on this file (${message})`, 'report it to the developers, with this file'),
        },
      ],
    };
  }
}

export function checkCorpus(input: CorpusInput): CheckReport {
  const sorted = [...input.entries].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  const checks = sorted.map(checkSafely);
  let problems = [
    ...checks.flatMap((c) => c.problems),
    ...duplicateConferences(checks),
    ...duplicateIds(checks),
    ...outliers(checks),
    ...(input.strayFiles ?? []).map(
      (file): Problem => ({
        file,
        line: 1,
        field: 'file',
        severity: 'warning',
        rule: 'not-an-entry',
        ...bi('trang web không đọc tệp này (chỉ đọc tệp .mdx và .md)', 'đổi phần đuôi thành .mdx nếu đây là một bài, hoặc chuyển tệp ra khỏi content/articles/', 'the site does not read this file (only .mdx and .md files)', 'rename it to .mdx if it is an entry, or move it out of content/articles/'),
      }),
    ),
  ];
  if (input.only) problems = problems.filter((p) => input.only!.has(p.file));
  problems.sort(compareProblems);
  const scope = input.only ? checks.filter((c) => input.only!.has(c.file)) : checks;
  const status = (c: EntryCheck): unknown => (c.data?.review as Record<string, unknown> | undefined)?.status;
  return {
    problems,
    entries: checks.length,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    needsReview: scope.filter((c) => status(c) === 'needs-review').map((c) => c.file),
    drafts: scope.filter((c) => c.data?.draft === true).map((c) => c.file),
    checks,
  };
}
