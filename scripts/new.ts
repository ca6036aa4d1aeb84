/**
 * npm run new -- --province son-la --date 2024-12-26 [--title "…"] [--content-dir DIR]
 * npm run new -- --province unassigned --date 2024-12-26      (the article does not tell the province)
 *
 * Writes content/articles/<province>/<date>-<slug>.mdx: a valid entry with every field and a comment
 * on each (Vietnamese and English), marked needs-review and draft. Refuses to overwrite a file or to
 * add a second entry for the same conference; checks the province, date and title first, with the
 * same messages as `npm run check`. Exit 1 when nothing was written, 2 when the command line is wrong.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { checkCorpus } from '../src/lib/check/check-corpus.ts';
import { defaultContentDir, displayPath, readContentDir } from '../src/lib/check/files-fs.ts';
import {
  bilingual,
  formatProblemLines,
  type Bilingual,
  type InBoth,
  type Problem,
  type Wording,
} from '../src/lib/check/problem.ts';
import { checkProvince } from '../src/lib/check/rules/province.ts';
import { checkSchema } from '../src/lib/check/rules/schema.ts';
import { argsOrExit, argumentLines } from '../src/lib/cli/cli-args.ts';
import { addToAstroManifest } from '../src/lib/scaffold/astro-manifest-fs.ts';
import { scaffoldEntry, titleWithoutLetters } from '../src/lib/scaffold/scaffold.ts';

const usage = `npm run new -- --province <slug> --date YYYY-MM-DD [--title "…"]

  Tạo một bài mới có đủ mọi trường, kèm chú thích. / Writes a new entry with every field, commented.
  --province unassigned (hoặc bỏ --province): bài không cho biết tỉnh nào / the article does not tell the province.
  Ví dụ / Example: npm run new -- --province son-la --date 2024-12-26`;

const args = argsOrExit(
  'new',
  {
    province: { type: 'string' },
    date: { type: 'string' },
    title: { type: 'string' },
    'content-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  false,
  usage,
);
const values = args.values as {
  province?: string;
  date?: string;
  title?: string;
  'content-dir'?: string;
  help: boolean;
};

if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.date) {
  const words = bilingual({
    what: { vi: 'thiếu ngày hội nghị', en: 'the conference date is missing' },
    fix: { vi: 'thêm --date YYYY-MM-DD, như --date 2024-12-26', en: 'add --date YYYY-MM-DD, like --date 2024-12-26' },
  });
  for (const line of argumentLines('--date', words)) console.error(line);
  console.error(`\n${usage}`);
  process.exit(2);
}

const contentDir = values['content-dir'] ?? defaultContentDir();
// No province, or "unassigned": an entry whose article does not tell (province: null, needs-review).
const givenProvince = values.province?.trim() ?? '';
const province = givenProvince === '' || givenProvince === 'unassigned' ? null : givenProvince;
const date = values.date.trim();
/** A problem with an argument, worded like the same problem in a file, but pointing at the option. */
const argLines = (option: string, value: string, words: Bilingual): string[] => {
  const toOption = (w: Wording): Wording => ({ what: w.what, fix: w.fix.replace(/\beventDate: /g, '--date ') });
  return argumentLines(`--${option} ${value}`, { vi: toOption(words.vi), en: toOption(words.en) });
};

const argErrors: string[] = [];
// The date alone, through the schema: the same words as `npm run check` (format, real date, year range).
const dateFinding = checkSchema({ eventDate: date }).findings.find((f) => f.path[0] === 'eventDate');
const yearFinding = /^\d{4}/.test(date)
  ? checkSchema({ reportYear: Number(date.slice(0, 4)) }).findings.find((f) => f.path[0] === 'reportYear')
  : undefined;
if (dateFinding ?? yearFinding) argErrors.push(...argLines('date', date, (dateFinding ?? yearFinding)!));
const provinceFinding = province === null ? null : checkProvince(province, dateFinding ? null : date, null);
if (provinceFinding) argErrors.push(...argLines('province', givenProvince, provinceFinding));
if (titleWithoutLetters(values.title)) {
  const words = bilingual({
    what: {
      vi: 'tiêu đề không có chữ cái hay chữ số nào, nên không đặt được tên tệp',
      en: 'the title has no letters or digits, so no file name can be made from it',
    },
    fix: {
      vi: 'ghi tiêu đề của bài, như --title "Bưu điện tỉnh Sơn La tổng kết năm 2024"',
      en: 'write the article\'s headline, like --title "Bưu điện tỉnh Sơn La tổng kết năm 2024"',
    },
  });
  argErrors.push(...argumentLines(`--title "${values.title}"`, words));
}
if (argErrors.length > 0) {
  for (const l of argErrors) console.error(l);
  console.error('Chưa tạo tệp nào. / No file was written.');
  process.exit(1);
}

const scaffold = scaffoldEntry({ province, date, title: values.title });
const target = resolve(contentDir, scaffold.relative);
const shown = displayPath(target);
if (existsSync(target)) {
  const words = bilingual({
    what: { vi: 'tệp đã có, không ghi đè', en: 'the file already exists and is not overwritten' },
    fix: {
      vi: 'mở tệp đó để sửa, hoặc đặt tiêu đề khác bằng --title',
      en: 'open it to edit, or choose another title with --title',
    },
  });
  for (const line of argumentLines(`${shown}:1  file`, words)) console.error(line);
  process.exit(1);
}

// The new entry among the existing ones: a second file for the same conference or page address is refused.
const corpus = readContentDir(contentDir);
corpus.entries.push({ file: shown, relative: scaffold.relative, text: scaffold.text });
corpus.only = new Set([shown]);
fail(checkCorpus(corpus).problems.filter((p) => p.severity === 'error'));

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, scaffold.text, { flag: 'wx' });
say({ vi: `Đã tạo ${shown}`, en: `Created ${shown}` });
// Only for files of this project's own collection: a --content-dir elsewhere is not what Astro reads.
const inProject = target.startsWith(resolve(defaultContentDir()) + sep);
if (!(inProject && addToAstroManifest(process.cwd(), target))) {
  say({
    vi: 'Để VS Code gợi ý và kiểm tra khi gõ trong tệp mới, chạy npx astro sync một lần.',
    en: 'For completion and checks while typing in the new file, run npx astro sync once.',
  });
}
if (scaffold.guessed) {
  say({
    vi: 'Ngày này không thuộc mùa hội nghị tổng kết (tháng 10 đến tháng 3): kiểm tra lại reportYear, planYear và eventKind.',
    en: 'The date is outside the year-end season (October to March): check reportYear, planYear and eventKind.',
  });
}
if (province === null) {
  say({
    vi: 'Chưa rõ tỉnh: bài nằm trong unassigned/ với province: null và review.status: needs-review; khi biết tỉnh, ghi province và chuyển tệp vào thư mục của tỉnh.',
    en: 'Province unknown: the entry is in unassigned/ with province: null and review.status: needs-review; once it is known, set province and move the file to its folder.',
  });
}
say({
  vi: `Tiếp theo: dán nội dung bài, điền số liệu, rồi chạy npm run check -- ${shown}`,
  en: `Next: paste the article text, fill in the figures, then run npm run check -- ${shown}`,
});

/** A line for the editor in Vietnamese, then the same in English. */
function say(line: InBoth): void {
  console.log(line.vi);
  console.log(line.en);
}

function fail(list: Problem[]): void {
  if (list.length === 0) return;
  for (const p of list) for (const l of formatProblemLines(p, ['vi', 'en'])) console.error(l);
  console.error('Chưa tạo tệp nào. / No file was written.');
  process.exit(1);
}
