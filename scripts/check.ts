/**
 * npm run check [-- <file-or-folder>...] [--content-dir DIR] [--lang vi|en] [--json] [--review] [--watch]
 *
 * Validates every entry under the content folder without building the site. Prints one line per
 * problem in Vietnamese and in English (`file:line  field  severity: what  — what to do`), then a
 * summary. Exit 1 when there is an error, 0 when there are only warnings, 2 when the command line
 * itself is wrong. With --watch it checks again after every change (VS Code's "Theo dõi nội dung"
 * task reads that output).
 */
import { existsSync, watch } from 'node:fs';
import { resolve } from 'node:path';
import { checkCorpus } from '../src/lib/check/check-corpus.ts';
import { defaultContentDir, narrowToPaths, readContentDir } from '../src/lib/check/files-fs.ts';
import { bilingual, type Lang } from '../src/lib/check/problem.ts';
import { reportLines } from '../src/lib/check/report.ts';
import { reviewLines } from '../src/lib/check/review-list.ts';
import { argsOrExit, argumentLines } from '../src/lib/cli/cli-args.ts';
import { checkWrittenDigestsDir } from '../src/lib/written/check-written-fs.ts';

const usage = `npm run check [-- <file-or-folder>...] [--content-dir DIR] [--lang vi|en] [--json] [--review] [--watch]

  Kiểm tra mọi bài trong thư mục nội dung (mặc định content/articles) mà không dựng trang.
  Checks every entry in the content folder (content/articles by default) without building the site.

  <file-or-folder>  chỉ báo lỗi của các tệp này / only report problems in these files
  --lang vi|en      chỉ in một ngôn ngữ / print one language only
  --json            in kết quả dạng JSON / print the result as JSON
  --review          liệt kê từng bài chưa rà soát xong với các cảnh báo của nó, và số bài theo trạng thái
                    list each entry left to review with its warnings, and the entries by status
  --watch           kiểm tra lại mỗi khi có thay đổi / check again after every change`;

const args = argsOrExit(
  'check',
  {
    'content-dir': { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean', default: false },
    review: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  true,
  usage,
);
const values = args.values as {
  'content-dir'?: string;
  lang?: string;
  json: boolean;
  review: boolean;
  watch: boolean;
  help: boolean;
};
const positionals = args.positionals;

if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') {
  const words = bilingual({
    what: { vi: 'chỉ có vi hoặc en', en: 'only vi or en' },
    fix: { vi: 'viết --lang vi hoặc --lang en', en: 'write --lang vi or --lang en' },
  });
  for (const line of argumentLines(`--lang ${values.lang}`, words)) console.error(line);
  process.exit(2);
}

const langs: Lang[] = values.lang === 'vi' ? ['vi'] : values.lang === 'en' ? ['en'] : ['vi', 'en'];
const contentDir = values['content-dir'] ?? defaultContentDir();
if (!existsSync(contentDir)) {
  const words = bilingual({
    what: { vi: 'không có thư mục nội dung này', en: 'there is no such content folder' },
    fix: { vi: 'kiểm tra lại --content-dir', en: 'check --content-dir' },
  });
  for (const line of argumentLines(contentDir, words)) console.error(line);
  process.exit(1);
}

/** One full check; returns the exit code it calls for. */
function run(): number {
  const started = performance.now();
  const folder = readContentDir(contentDir);
  const report = checkCorpus(positionals.length > 0 ? narrowToPaths(folder, positionals) : folder);
  // The written digests (content/digests/ beside the articles) are checked too, unless files were named.
  if (positionals.length === 0) {
    const written = checkWrittenDigestsDir(contentDir);
    report.problems.push(...written.problems);
    report.errors += written.problems.filter((p) => p.severity === 'error').length;
    report.warnings += written.problems.filter((p) => p.severity === 'warning').length;
    report.buildErrors += written.buildErrors;
  }
  const seconds = (performance.now() - started) / 1000;

  if (values.json) {
    const { checks: _checks, review, ...rest } = report;
    const reviews = values.review ? { review } : {};
    console.log(JSON.stringify({ ...rest, ...reviews, seconds: Number(seconds.toFixed(3)) }, null, 2));
  } else {
    for (const line of reportLines(report, langs)) console.log(line);
    if (values.review) {
      console.log('');
      for (const line of reviewLines(report.review, langs)) console.log(line);
    }
    console.log(langs.includes('vi') ? `(${seconds.toFixed(2)} giây)` : `(${seconds.toFixed(2)} s)`);
  }
  return report.errors > 0 ? 1 : 0;
}

if (values.watch) {
  const again = (): void => {
    console.log(`── ${new Date().toLocaleTimeString('vi-VN')} kiểm tra nội dung / checking content ──`);
    run();
  };
  again();
  let timer: NodeJS.Timeout | undefined;
  watch(resolve(contentDir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(again, 150);
  });
} else {
  // exitCode, not exit(): a long report piped to a file or CI log must be written out in full first.
  process.exitCode = run();
}
