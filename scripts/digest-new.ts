/**
 * npm run digest:new -- --year 2024 [--lang en] [--content-dir DIR] [--digests-dir DIR]
 *
 * Writes a draft of the year's written digest (content/digests/<year>.mdx, or <year>.en.mdx) from the
 * data: the year's headline figures and leaders, the biggest changes, the awards, next year's targets
 * and the provinces still missing, each as a component with a sentence around it, for the staff to
 * rewrite. Never overwrites a file. Exit 1 when nothing was written, 2 when the command line is wrong.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../src/lib/lang.ts';
import { readCorpus } from '../src/lib/written/corpus-fs.ts';
import { defaultDigestsDir, digestFileName, digestsDirFor } from '../src/lib/written/file-name.ts';
import { scaffoldWrittenDigest } from '../src/lib/written/scaffold.ts';
import { writeNewFile } from '../src/lib/written/write-new-fs.ts';

const usage = `npm run digest:new -- --year <năm> [--lang vi|en]

  Viết bản nháp bài tổng hợp năm từ số liệu (content/digests/<năm>.mdx), để biên tập viên viết lại.
  Writes a draft of the year's digest from the data (content/digests/<year>.mdx) for the staff to rewrite.
  Ví dụ / Example: npm run digest:new -- --year 2024 --lang en`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      year: { type: 'string' },
      lang: { type: 'string', default: 'vi' },
      'content-dir': { type: 'string' },
      'digests-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const year = Number(values.year);
if (!values.year || !/^\d{4}$/.test(values.year)) {
  console.error(`--year  lỗi: thiếu năm, hoặc năm viết sai  — viết ví dụ --year 2024`);
  console.error(`--year  error: the year is missing or not a year  — write, e.g., --year 2024\n\n${usage}`);
  process.exit(2);
}
if (values.lang !== 'vi' && values.lang !== 'en') {
  console.error(`--lang ${values.lang}  lỗi: chỉ có vi hoặc en / error: only vi or en\n\n${usage}`);
  process.exit(2);
}
const lang: Lang = values.lang;
const articles = values['content-dir'] ?? process.env.DIGEST_CONTENT_DIR ?? 'content/articles';
const dir = values['digests-dir'] ?? (values['content-dir'] ? digestsDirFor(articles) : defaultDigestsDir());
const file = path.join(dir, digestFileName(year, lang));

// Drafts count: a year being written up may rest on entries not yet published.
const text = scaffoldWrittenDigest({
  digest: readCorpus(articles, { drafts: true }),
  year,
  lang,
  today: new Date().toISOString().slice(0, 10),
});
if (text === null) {
  console.error(
    `${file}  lỗi: ${articles} không có bài hay số liệu nào của năm ${year}  — nhập bài của năm trước (npm run ingest), rồi chạy lại`,
  );
  console.error(
    `${file}  error: ${articles} has no entry or figure for ${year}  — ingest the year's articles first (npm run ingest), then run this again`,
  );
  process.exit(1);
}
if (!writeNewFile(file, text)) {
  console.error(`${file}  lỗi: tệp đã có, không ghi đè  — sửa tệp đó, hoặc xóa nó trước nếu muốn viết lại từ đầu`);
  console.error(
    `${file}  error: the file exists and is never overwritten  — edit it, or delete it first to start again`,
  );
  process.exit(1);
}
console.log(
  `✓ ${file}: bản nháp (draft: true), viết lại rồi chạy npm run check / a draft (draft: true): rewrite it, then run npm run check`,
);
