/**
 * The ingest benchmark (`npm run bench:ingest`, and the ingest row of `npm run bench`): generated raw
 * articles written to a temporary folder, then read from disk and ingested into a temporary content
 * folder by the path `npm run ingest` takes (read, extract, merge, render, atomic writes). A
 * benchmark, not a test: it asserts nothing and never touches content/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../extract/article.ts';
import { ingestOnThreads } from '../ingest/extract-pool.ts';
import { nodeIngestFs } from '../ingest/ingest-fs.ts';
import { rawArticles } from './raw-articles.ts';

export interface IngestBenchResult {
  articles: number;
  entries: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  /** Extraction alone (no merging, rendering or writing), for comparison. */
  extractOnlyPerSecond: number;
}

/** `threads`: helper threads beside the main one (default: one per spare core, as `npm run ingest`). */
export async function benchIngest(count: number, seed = 1, threads?: number): Promise<IngestBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const articles = rawArticles(count, seed);
    mkdirSync(join(dir, 'raw'));
    for (const a of articles) writeFileSync(join(dir, 'raw', a.name), a.text);

    // Warm up the regular expressions and the JIT on a few inputs first, as a long run would be.
    for (const a of articles.slice(0, 20)) extractArticle(a.text);

    const t0 = performance.now();
    const inputs = articles.map((a) => ({
      path: `raw/${a.name}`,
      text: readFileSync(join(dir, 'raw', a.name), 'utf8'),
    }));
    // As `npm run ingest` does: the inputs read on every core, then merged, rendered and written.
    const disk = nodeIngestFs(dir);
    const outcomes = await ingestOnThreads(inputs, { contentDir: 'content' }, disk, { threads });
    // The ingest may write on a helper thread: the time counts until every file is on disk.
    await (disk as { flush?: () => Promise<void> }).flush?.();
    const seconds = (performance.now() - t0) / 1000;
    const failed = outcomes.filter((o) => o.error).length;
    const entries = new Set(outcomes.flatMap((o) => o.entries.map((e) => e.path))).size;

    const t1 = performance.now();
    for (const a of articles) extractArticle(a.text);
    const extractSeconds = (performance.now() - t1) / 1000;

    return {
      articles: count,
      entries,
      failed,
      seconds: Number(seconds.toFixed(3)),
      articlesPerSecond: Math.round(count / seconds),
      extractOnlyPerSecond: Math.round(count / extractSeconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
