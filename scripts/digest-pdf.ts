/**
 * npm run digest:pdf [-- --year 2023 [--year 2024]] [--lang vi|en] [--dist dist] [--out public/downloads]
 *
 * Prints each year's yearbook page of a built site (dist/years/<year>/print/) to an A4 PDF with
 * Debian's Chromium, into public/downloads/digest-<year>-<lang>.pdf with its facts beside it. The next
 * `npm run build` publishes them and links each from its year page while it matches the data. Exit 1
 * when a PDF could not be made, 2 when the command line is wrong.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveStatic } from '../src/lib/serve/static-server-fs.ts';
import { LANGS, type Lang } from '../src/lib/lang.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/lib/serve/chromium.ts';
import { printYearbook } from '../src/lib/yearbook/print-pdf-fs.ts';
import { planPdfs } from '../src/lib/yearbook/print-plan.ts';

const usage = `npm run digest:pdf [-- --year 2023] [--lang vi|en] [--dist dist] [--out public/downloads] [--base /]

  In báo cáo năm (trang /years/<năm>/print/ của bản dựng) ra PDF khổ A4; mặc định mọi năm, cả hai thứ tiếng.
  Prints each year's digest (the built /years/<year>/print/ page) to an A4 PDF; every year and both languages by default.`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      year: { type: 'string', multiple: true },
      lang: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'public/downloads' },
      base: { type: 'string', default: process.env.BASE_PATH || '/' },
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
const years = (values.year ?? []).map(Number);
if (years.some((y) => !Number.isInteger(y)) || (values.lang && !LANGS.includes(values.lang as Lang))) {
  console.error(
    `--year nhận một năm (2023), --lang nhận vi hoặc en. / --year takes a year (2023), --lang vi or en.\n\n${usage}`,
  );
  process.exit(2);
}

const dist = path.resolve(values.dist);
const yearsDir = path.join(dist, 'years');
const built = existsSync(yearsDir)
  ? readdirSync(yearsDir)
      .filter((y) => /^\d{4}$/.test(y) && existsSync(path.join(yearsDir, y, 'print', 'index.html')))
      .map(Number)
  : [];
const plan = planPdfs(built, years, values.lang ? [values.lang as Lang] : LANGS);
if (!plan.ok) {
  console.error(plan.message);
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `Không có Chromium ở ${CHROMIUM_PATH}: apt-get install -y chromium (hoặc đặt CHROMIUM_PATH). / Chromium is not at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}

const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const server = await serveStatic(dist, base);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
let failed = 0;
try {
  for (const job of plan.jobs) {
    const pdf = path.join(out, job.file);
    try {
      const facts = await printYearbook(browser, {
        year: job.year,
        lang: job.lang,
        url: new URL(job.page, server.url).href,
        pdf,
      });
      console.log(`✓ ${path.relative(process.cwd(), pdf)}  ${facts.pages} trang / pages`);
    } catch (error) {
      failed += 1;
      console.error(`✗ ${path.relative(process.cwd(), pdf)}  ${(error as Error).message.split('\n')[0]}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed === 0)
  console.log(
    'Dựng lại trang (npm run build) để trang năm dẫn tới các bản PDF. / Build again (npm run build) so the year pages link the PDFs.',
  );
process.exit(failed > 0 ? 1 : 0);
