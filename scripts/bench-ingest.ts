/**
 * npm run bench:ingest [-- --count 400 --seed 1 --threads N --json]
 * Generates raw articles in the shape of the real ones into a temporary folder, ingests them into a
 * temporary content folder (real files, atomic writes) and reports articles per second, then how the
 * extraction time grows with the length of a paragraph (src/lib/bench/ingest-scaling.ts). A benchmark,
 * not a test: it asserts nothing and never touches content/.
 */
import { parseArgs } from 'node:util';
import { ingestBudget } from '../src/lib/bench/budgets.ts';
import { benchIngest } from '../src/lib/bench/ingest-bench-fs.ts';
import { measureScaling } from '../src/lib/bench/ingest-scaling.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '400' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    /** Helper threads for the extraction (default: one per spare core); 0 reads on one thread. */
    threads: { type: 'string' },
  },
});
const r = await benchIngest(
  Number(values.count),
  Number(values.seed),
  values.threads === undefined ? undefined : Number(values.threads),
);
const budget = ingestBudget(r.articles);
const pass = r.articlesPerSecond >= budget;
const scaling = measureScaling();
if (values.json) process.stdout.write(`${JSON.stringify({ ...r, budget, pass, scaling })}\n`);
else {
  process.stdout.write(
    `Ingested ${r.articles} generated articles into ${r.entries} entries in ${r.seconds} s (read, extract, write, atomic): ${r.articlesPerSecond} articles/s` +
      ` (extraction alone: ${r.extractOnlyPerSecond}/s). Budget ≥ ${budget}/s: ${pass ? 'pass' : 'MISSED'}.${r.failed ? ` ${r.failed} failed.` : ''}\n`,
  );
  for (const { shape, ratio } of scaling)
    process.stdout.write(
      `Scaling, ${shape}: eight times the text took ${ratio} times as long (linear ≈ 8, quadratic ≈ 64).\n`,
    );
}
