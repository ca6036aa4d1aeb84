/**
 * npm run bench:ingest [-- --count 400 --seed 1]
 * Generates raw articles in the shape of the real ones into a temporary folder, ingests them into a
 * temporary content folder (real files, atomic writes) and reports articles per second. A benchmark,
 * not a test: it asserts nothing and never touches content/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rawArticles } from '../src/lib/bench/raw-articles.ts';
import { extractArticle } from '../src/lib/extract/article.ts';
import { nodeIngestFs } from '../src/lib/ingest/ingest-fs.ts';
import { runIngest } from '../src/lib/ingest/run.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '400' }, seed: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
const count = Number(values.count);
const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
try {
  const articles = rawArticles(count, Number(values.seed));
  mkdirSync(join(dir, 'raw'));
  for (const a of articles) writeFileSync(join(dir, 'raw', a.name), a.text);

  // Warm up the regular expressions and the JIT on a few inputs first, as a long run would be.
  for (const a of articles.slice(0, 20)) extractArticle(a.text);

  const t0 = performance.now();
  const inputs = articles.map((a) => ({ path: `raw/${a.name}`, text: readFileSync(join(dir, 'raw', a.name), 'utf8') }));
  // The same path as `npm run ingest`: read, merge, write.
  const disk = nodeIngestFs(dir);
  const outcomes = runIngest(inputs, { contentDir: 'content' }, disk);
  await disk.flush();
  const seconds = (performance.now() - t0) / 1000;
  const failed = outcomes.filter((o) => o.error).length;
  const entries = new Set(outcomes.flatMap((o) => o.entries.map((e) => e.path))).size;

  const t1 = performance.now();
  for (const a of articles) extractArticle(a.text);
  const extractSeconds = (performance.now() - t1) / 1000;

  const result = {
    articles: count,
    entries,
    failed,
    seconds: Number(seconds.toFixed(3)),
    articlesPerSecond: Math.round(count / seconds),
    extractOnlyPerSecond: Math.round(count / extractSeconds),
    budget: 500,
    pass: count / seconds >= 500,
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `Ingested ${count} generated articles into ${entries} entries in ${result.seconds} s (read, extract, write, atomic): ${result.articlesPerSecond} articles/s` +
        ` (extraction alone: ${result.extractOnlyPerSecond}/s). Budget ≥ 500/s: ${result.pass ? 'pass' : 'MISSED'}.${failed ? ` ${failed} failed.` : ''}\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
