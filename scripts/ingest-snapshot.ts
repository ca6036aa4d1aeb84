/**
 * npm run ingest:snapshot [-- --save | --compare] [--out .tmp/ingest-snapshot]
 * The safety net of a refactoring of the extractor: runs `ingest --dry-run --json` over every raw article
 * in the repository (the test fixtures, content/sources, and ../shared when it is there) and a few hundred
 * generated articles of every kind, and saves the output (--save) or compares it with the saved one byte
 * for byte (--compare, the default), input by input, naming the first inputs whose output changed and any input
 * the saved snapshot does not have. Writes only under --out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { provincesOfYear, rawArticle, rng, type ArticleKind } from '../src/lib/bench/raw-articles.ts';

const { values } = parseArgs({
  options: {
    save: { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
    out: { type: 'string', default: '.tmp/ingest-snapshot' },
  },
});

const ROOTS = [
  'tests/fixtures/raw',
  'tests/extract/fixtures',
  'content/sources',
  '../shared/seeds',
  '../shared/articles',
];
const KINDS: ArticleKind[] = ['year-end', 'year-end', 'year-end', 'mid-year', 'nine-month', 'first-quarter'];

function rawFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile() && file.endsWith('.txt'))
    .sort();
}

/** 300 generated articles of every kind, from fixed seeds, written under `dir`. */
function generated(dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = rng(20261207);
  const files: string[] = [];
  for (let i = 0; i < 300; i += 1) {
    const reportYear = r.int(2011, 2025);
    const unit = r.pick(provincesOfYear(reportYear));
    const kind = r.pick(KINDS);
    const file = path.join(
      path.relative(process.cwd(), dir),
      `${String(i).padStart(3, '0')}-${unit.slug}-${reportYear}-${kind}.txt`,
    );
    writeFileSync(file, rawArticle({ unit, reportYear, seed: r.int(1, 2 ** 31), kind }));
    files.push(file);
  }
  return files;
}

const out = path.resolve(values.out);
const inputs = [...ROOTS.flatMap(rawFilesUnder), ...generated(path.join(out, 'generated'))];
const run = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--dry-run', '--json', ...inputs], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (run.error) throw run.error;
const snapshot = run.stdout;
const saved = path.join(out, 'snapshot.jsonl');

if (values.save) {
  writeFileSync(saved, snapshot);
  console.log(`Saved the dry-run output of ${inputs.length} inputs to ${path.relative(process.cwd(), saved)}.`);
} else {
  if (!existsSync(saved)) {
    console.error(`No saved snapshot at ${saved}: run with --save first (on the commit before the refactoring).`);
    process.exit(2);
  }
  // Compared input by input (an input added since the snapshot, such as a new fixture, is listed, not a difference).
  const byFile = (jsonl: string): Map<string, string> =>
    new Map(
      jsonl
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => [(JSON.parse(line) as { file: string }).file, line]),
    );
  const before = byFile(readFileSync(saved, 'utf8'));
  const after = byFile(snapshot);
  const changed = [...before.keys()].filter((file) => before.get(file) !== after.get(file));
  const added = [...after.keys()].filter((file) => !before.has(file));
  if (added.length > 0) {
    console.log(`${added.length} inputs are not in the saved snapshot (new since it was saved):`);
    for (const file of added.slice(0, 20)) console.log(`  ${file}`);
  }
  if (changed.length === 0) {
    console.log(`Identical: ${before.size} inputs of the saved snapshot, ${snapshot.length} bytes in all.`);
  } else {
    console.error(`${changed.length} of the ${before.size} saved outputs differ or are missing:`);
    for (const file of changed.slice(0, 20)) console.error(`  ${file}${after.has(file) ? '' : ' (missing)'}`);
    writeFileSync(path.join(out, 'snapshot-changed.jsonl'), snapshot);
    console.error(`The new output is in ${path.relative(process.cwd(), path.join(out, 'snapshot-changed.jsonl'))}.`);
    process.exit(1);
  }
}
