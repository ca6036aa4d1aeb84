/**
 * npm run check [-- <file-or-folder>...] [--content DIR] [--lang vi|en] [--json] [--review] [--watch]
 *
 * Validates every entry under the content folder without building the site. Prints one line per
 * problem in Vietnamese and in English (`file:line  field  severity: what  — what to do`), then a
 * summary. Exit 1 when there is an error, 0 when there are only warnings, 2 when the command line
 * itself is wrong. With --watch it checks again after every change (VS Code's "Theo dõi nội dung"
 * task reads that output).
 */
import { existsSync, watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkCorpus } from '../src/lib/check/check-corpus.ts';
import { defaultContentDir, narrowToPaths, readContentDir } from '../src/lib/check/files-fs.ts';
import { bilingual, type Lang } from '../src/lib/check/problem.ts';
import { reportLines } from '../src/lib/check/report.ts';
import { reviewLines } from '../src/lib/check/review-list.ts';
import { argsOrExit, argumentLines } from '../src/lib/cli/cli-args.ts';
import { checkWrittenDigestsDir } from '../src/lib/written/check-written-fs.ts';

const usage = `npm run check [-- <file-or-folder>...] [--content DIR] [--lang vi|en] [--json] [--review] [--watch]

  Kiểm tra mọi bài trong thư mục nội dung (mặc định content/articles) mà không dựng trang.
  Checks every entry in the content folder (content/articles by default) without building the site.

  <file-or-folder>  chỉ báo lỗi của các tệp này / only report problems in these files
  --content DIR     thư mục nội dung (mặc định content), như của npm run ingest; --content-dir là tên cũ
                    the content folder (default content), as for npm run ingest; --content-dir is the old name
  --lang vi|en      chỉ in một ngôn ngữ / print one language only
  --json            in kết quả dạng JSON / print the result as JSON
  --review          liệt kê từng bài chưa rà soát xong với các cảnh báo của nó, và số bài theo trạng thái
                    list each entry left to review with its warnings, and the entries by status
  --watch           kiểm tra lại mỗi khi có thay đổi / check again after every change`;

const args = argsOrExit(
  'check',
  {
    content: { type: 'string' },
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
  content?: string;
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
const given = values.content ?? values['content-dir'];
// One name with ingest's meaning (the content folder, its entries in articles/); a folder of entries
// itself is still taken, as --content-dir always took it.
const contentDir =
  given === undefined ? defaultContentDir() : existsSync(join(given, 'articles')) ? join(given, 'articles') : given;
if (!existsSync(contentDir)) {
  const words = bilingual({
    what: { vi: 'không có thư mục nội dung này', en: 'there is no such content folder' },
    fix: { vi: 'kiểm tra lại --content', en: 'check --content' },
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
  // The folder removed or renamed while watched: say so and stop, rather than end without a word.
  const gone = (): never => {
    const words = bilingual({
      what: {
        vi: 'thư mục nội dung không còn nữa, ngừng theo dõi',
        en: 'the content folder is gone; stopped watching',
      },
      fix: { vi: 'khôi phục thư mục rồi chạy lại lệnh', en: 'restore the folder and run the command again' },
    });
    for (const line of argumentLines(contentDir, words)) console.error(line);
    process.exit(1);
  };
  const watcher = watch(resolve(contentDir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => (existsSync(contentDir) ? again() : gone()), 150);
  });
  watcher.on('error', () => (existsSync(contentDir) ? undefined : gone()));
} else {
  // exitCode, not exit(): a long report piped to a file or CI log must be written out in full first.
  process.exitCode = run();
}
