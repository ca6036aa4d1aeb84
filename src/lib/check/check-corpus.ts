/**
 * Check a whole content folder: every file on its own, then the checks across files. Pure: the
 * caller reads the files (see files-fs.ts) and prints the report (see report.ts).
 */
import { checkEntry, type EntryCheck, type EntryFile } from './check-entry.ts';
import { duplicateConferences, duplicateIds, outliers } from './corpus-problems.ts';
import { bilingual, compareProblems, onePerField, type Problem } from './problem.ts';

export interface CorpusInput {
  entries: EntryFile[];
  /** Files in the content folder that the site does not read (`.txt`, `.MDX`, `.markdown`). */
  strayFiles?: string[];
  /** Entry-like files (`.md`, `.mdx`) elsewhere under content/: the site never reads them. */
  outsideFiles?: string[];
  /** Report problems only for these files (displayed paths); cross-file checks still see all. */
  only?: ReadonlySet<string>;
  /** Paths named on the command line that are no file of the content folder (missing, or elsewhere). */
  unmatched?: { path: string; exists: boolean }[];
}

export interface CheckReport {
  problems: Problem[];
  /** Entries checked (all of them, even when `only` narrows what is reported). */
  entries: number;
  errors: number;
  warnings: number;
  /**
   * The errors that stop a production build: all but those in drafts that Astro can still load (a
   * draft is left out of the site, so a wrong quote or a duplicate there harms no reader; a draft the
   * schema or the MDX compiler rejects stops Astro itself).
   */
  buildErrors: number;
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
          ...bilingual({
            what: {
              vi: `công cụ kiểm tra gặp lỗi khi đọc tệp này (${message})`,
              en: `the checker failed on this file (${message})`,
            },
            fix: { vi: 'báo cho nhóm kỹ thuật, kèm tệp này', en: 'report it to the developers, with this file' },
          }),
        },
      ],
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
    ...outliers(checks, input.only),
    ...(input.strayFiles ?? []).flatMap(strayFile),
    ...(input.outsideFiles ?? []).map(outsideFile),
  ]);
  if (input.only) problems = problems.filter((p) => input.only!.has(p.file));
  problems.push(...(input.unmatched ?? []).map(unmatchedPath));
  problems.sort(compareProblems);
  const loadableDrafts = new Set(
    checks
      .filter((c) => c.data?.draft === true && c.entry !== null && !c.problems.some((p) => p.rule === 'mdx-syntax'))
      .map((c) => c.file),
  );
  const blocksBuild = (p: Problem): boolean =>
    p.severity === 'error' && (!loadableDrafts.has(p.file) || p.rule === 'duplicate-id');
  const scope = input.only ? checks.filter((c) => input.only!.has(c.file)) : checks;
  const status = (c: EntryCheck): unknown => (c.data?.review as Record<string, unknown> | undefined)?.status;
  return {
    problems,
    entries: checks.length,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    buildErrors: problems.filter(blocksBuild).length,
    needsReview: scope.filter((c) => status(c) === 'needs-review').map((c) => c.file),
    drafts: scope.filter((c) => c.data?.draft === true).map((c) => c.file),
    checks,
  };
}

/** Files an entry's body may show or link to (`![…](./anh.jpg)`): not entries, but not strays either. */
const MEDIA = /^(?:jpe?g|png|gif|webp|avif|svg|pdf)$/i;

/** A file in the content folder that the site's loader does not pick up as an entry. */
function strayFile(file: string): Problem[] {
  const name = file.split('/').at(-1) ?? file;
  const ext = /\.([^.]+)$/.exec(name)?.[1] ?? '';
  if (MEDIA.test(ext)) return [];
  const base = { file, line: 1, field: 'file', rule: 'not-an-entry' } as const;
  if (/^mdx?$/i.test(ext)) {
    // `.MDX`: the loader's pattern is case-sensitive, on every system.
    const better = `${name.slice(0, -ext.length)}${ext.toLowerCase()}`;
    return [
      {
        ...base,
        severity: 'error',
        ...bilingual({
          what: {
            vi: `trang web không đọc tệp này: phần đuôi .${ext} phải viết thường`,
            en: `the site does not read this file: the .${ext} extension must be lower case`,
          },
          fix: { vi: `đổi tên tệp thành "${better}"`, en: `rename the file to "${better}"` },
        }),
      },
    ];
  }
  if (/^(?:txt|text|markdown|mdown|mkd|md\w*|docx?|rtf)$/i.test(ext) || ext === '') {
    return [
      {
        ...base,
        severity: 'error',
        ...bilingual({
          what: {
            vi: `trang web không đọc tệp .${ext || '(không có đuôi)'}: bài này sẽ không có trên trang`,
            en: `the site does not read ${ext ? `.${ext}` : 'extension-less'} files: this entry would not be on the site`,
          },
          fix: {
            vi: 'nếu là một bài, đổi đuôi thành .mdx (hoặc nhập văn bản gốc bằng npm run ingest); nếu không, chuyển tệp ra khỏi content/articles/',
            en: 'if it is an entry, rename it to .mdx (or turn the raw text into one with npm run ingest); otherwise move it out of content/articles/',
          },
        }),
      },
    ];
  }
  return [
    {
      ...base,
      severity: 'warning',
      ...bilingual({
        what: {
          vi: 'trang web không đọc tệp này (chỉ đọc tệp .mdx và .md)',
          en: 'the site does not read this file (only .mdx and .md files)',
        },
        fix: {
          vi: 'chuyển tệp ra khỏi content/articles/ nếu không cần',
          en: 'move it out of content/articles/ if it is not needed',
        },
      }),
    },
  ];
}

/** An entry-like file under content/ but outside content/articles/: never published. */
function outsideFile(file: string): Problem {
  return {
    file,
    line: 1,
    field: 'file',
    severity: 'error',
    rule: 'outside-articles',
    ...bilingual({
      what: {
        vi: 'tệp nằm ngoài content/articles/ nên trang web không đọc',
        en: 'the file is outside content/articles/, so the site does not read it',
      },
      fix: {
        vi: 'chuyển tệp vào content/articles/<mã-tỉnh>/ (hoặc content/articles/unassigned/)',
        en: 'move it to content/articles/<province>/ (or content/articles/unassigned/)',
      },
    }),
  };
}

/** A path given to `npm run check` that names no file the site reads. */
function unmatchedPath({ path, exists }: { path: string; exists: boolean }): Problem {
  const base = {
    file: path,
    line: 1,
    field: 'file',
    severity: 'error',
    rule: exists ? 'not-in-content' : 'no-such-file',
  } as const;
  if (!exists && (path === 'vi' || path === 'en')) {
    // `npm run check --lang en`: npm took --lang and left "en".
    const fix = `npm run check -- --lang ${path}`;
    return {
      ...base,
      ...bilingual({
        what: { vi: 'không có tệp hay thư mục này', en: 'there is no such file or folder' },
        fix: {
          vi: `để chỉ in một ngôn ngữ, viết ${fix} (có -- trước các tùy chọn)`,
          en: `to print one language only, write ${fix} (with -- before the options)`,
        },
      }),
    };
  }
  if (!exists) {
    return {
      ...base,
      ...bilingual({
        what: { vi: 'không có tệp hay thư mục này', en: 'there is no such file or folder' },
        fix: {
          vi: 'kiểm tra lại đường dẫn (gõ vài chữ đầu rồi bấm Tab để máy điền nốt)',
          en: 'check the path (type the first letters and press Tab to complete it)',
        },
      }),
    };
  }
  return {
    ...base,
    ...bilingual({
      what: {
        vi: 'đường dẫn này không có bài nào mà trang web đọc (bài nằm trong content/articles/)',
        en: 'this path holds no entry the site reads (entries are under content/articles/)',
      },
      fix: {
        vi: 'kiểm tra lại đường dẫn, hoặc chuyển tệp vào content/articles/<mã-tỉnh>/',
        en: 'check the path, or move the file to content/articles/<province>/',
      },
    }),
  };
}
