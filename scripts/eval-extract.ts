/**
 * npm run eval:extract [-- --by-article] [--article NN] [--json] [--from saved.jsonl]
 * Measures the extractor on the real articles (issue 9): runs the ingest's dry run over the 30 shared
 * articles and the 5 seeds in tests/fixtures/raw (or reads a saved output of it) and scores it against
 * the readers' annotations (gold/NN.json) and the seed expectations. Definitions: src/lib/eval/score.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ARTICLE_GROUPS, goldFromJson, goldFromSeed, type GoldArticle, type GoldJson } from '../src/lib/eval/gold.ts';
import { articleId, parseOutput, type OutputArticle } from '../src/lib/eval/output.ts';
import {
  articleDetail,
  articleTable,
  groupTable,
  prfTable,
  provinceAndYearList,
  silentWrongList,
} from '../src/lib/eval/report.ts';
import { prf, scoreArticle, scoreGroup, type ArticleScore } from '../src/lib/eval/score.ts';
import { SEEDS } from '../tests/extract/seeds.expected.ts';

const USAGE = `Usage: npm run eval:extract [-- options]
  (no option)        the table by group of articles, then the wrong amounts no warning mentions
  --by-article       also one line per article
  --article NN       the detail of an article: every missed, extra and wrong fact with its quote
                     (repeatable; a seed by the start of its name: --article 002)
  --json             machine output: groups and articles with every count and fact
  --from FILE        score a saved output of
                     npm run --silent ingest -- --dry-run --json tests/fixtures/raw/seeds tests/fixtures/raw/articles
                     instead of running the ingest
  -h, --help         this help`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      'by-article': { type: 'boolean', default: false },
      article: { type: 'string', multiple: true, default: [] },
      json: { type: 'boolean', default: false },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (err) {
  fail(`${(err as Error).message}\n\n${USAGE}`);
}
const { values } = args;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const ROOT = path.resolve(import.meta.dirname, '..');
const RAW = path.join(ROOT, 'tests/fixtures/raw');

// The gold, by article id.
const seedIds = Object.keys(SEEDS).map(articleId);
const gold = new Map<string, GoldArticle>();
for (const [file, exp] of Object.entries(SEEDS)) gold.set(articleId(file), goldFromSeed(articleId(file), exp));
for (const id of ARTICLE_GROUPS.flatMap((g) => g.articles)) {
  const json = JSON.parse(readFileSync(path.join(RAW, 'gold', `${id}.json`), 'utf8')) as GoldJson;
  gold.set(id, goldFromJson(id, json));
}

// The output: a saved file, or the ingest's dry run now.
let jsonl: string;
if (values.from) {
  try {
    jsonl = readFileSync(values.from, 'utf8');
  } catch (err) {
    fail(`Cannot read ${values.from}: ${(err as Error).message}`);
  }
} else {
  const inputs = [
    ...Object.keys(SEEDS).map((f) => path.join('tests/fixtures/raw/seeds', f)),
    ...ARTICLE_GROUPS.flatMap((g) => g.articles).map((id) => path.join('tests/fixtures/raw/articles', `${id}.txt`)),
  ];
  const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--dry-run', '--json', ...inputs], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (!run.stdout?.trim()) fail(`The ingest printed nothing (exit ${run.status}):\n${run.stderr ?? ''}`);
  jsonl = run.stdout;
}
let outputs: OutputArticle[];
try {
  outputs = parseOutput(jsonl);
} catch (err) {
  fail(`The output is not the dry run's JSON lines: ${(err as Error).message}`);
}
const byId = new Map(outputs.map((o) => [o.id, o]));
const unknown = outputs.filter((o) => !gold.has(o.id)).map((o) => o.file);
if (unknown.length > 0) process.stderr.write(`No gold for ${unknown.join(', ')}: not scored.\n`);

// Scores.
const scores = new Map<string, ArticleScore>();
for (const [id, g] of gold) scores.set(id, scoreArticle(g, byId.get(id)));
const missing = [...scores.values()].filter((s) => s.noOutput).map((s) => s.id);
if (missing.length > 0) process.stderr.write(`No output for ${missing.join(', ')}: all their facts count as missed.\n`);

const groupArticles = ARTICLE_GROUPS.map((g) => ({
  name: g.name,
  articles: [...g.articles, ...(g.seeds ? seedIds : [])].map((id) => scores.get(id)!),
}));
const all = groupArticles.flatMap((g) => g.articles);
const groups = [...groupArticles.map((g) => scoreGroup(g.name, g.articles)), scoreGroup('total', all)];

// Articles asked for in detail.
const wanted = values.article.map((a) => {
  const id = /^\d$/.test(a) ? `0${a}` : a.replace(/\.txt$/, '');
  const found = all.find((s) => s.id === id) ?? all.find((s) => seedIds.includes(s.id) && s.id.startsWith(id));
  if (!found) fail(`No article ${a}; articles: ${all.map((s) => s.id).join(', ')}`);
  return found;
});

if (values.json) {
  const withPrf = <T extends object>(
    g: T & { core: object; percent: object; awards: object; otherFigures: object },
  ) => ({
    ...g,
    core: { ...g.core, ...prf(g.core as never) },
    percent: { ...g.percent, ...prf(g.percent as never) },
    awards: { ...g.awards, ...prf(g.awards as never) },
    otherFigures: { ...g.otherFigures, ...prf(g.otherFigures as never) },
  });
  const articles = wanted.length > 0 ? wanted : all;
  process.stdout.write(`${JSON.stringify({ groups: groups.map(withPrf), articles }, null, 2)}\n`);
  process.exit(0);
}

const out: string[] = [];
if (wanted.length > 0) {
  for (const a of wanted) out.push(articleDetail(a), '');
} else {
  out.push(groupTable(groups), '', prfTable(groups), '');
  if (values['by-article']) out.push(articleTable(all), '');
  const silent = silentWrongList(all);
  out.push(`Wrong amounts with no warning (${silent.length}):`, ...silent.map((l) => `  - ${l}`), '');
  const py = provinceAndYearList(all);
  out.push(`Province or report year not right (${py.length}):`, ...py.map((l) => `  - ${l}`), '');
  out.push('Detail of an article: npm run eval:extract -- --article NN');
}
process.stdout.write(`${out.join('\n')}\n`);
