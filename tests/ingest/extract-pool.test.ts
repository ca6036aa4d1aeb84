import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  extractMany,
  extractShared,
  helperThreads,
  ingestOnThreads,
  PARALLEL_FROM,
} from '../../src/lib/ingest/extract-pool.ts';
import { extractOutcome } from '../../src/lib/ingest/extract-outcome.ts';
import { runIngest } from '../../src/lib/ingest/run.ts';
import { memoryFs } from './memory-fs.ts';

const RAW = join(import.meta.dirname, '../fixtures/raw');
const files = (dir: string): string[] =>
  readdirSync(join(RAW, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${dir}/${f}`);
/** Real articles (the seeds and the annotated ones), an input that is not an article, and a repeat. */
const inputs = [...files('seeds'), ...files('articles')].map((p) => ({
  path: p,
  text: readFileSync(join(RAW, p), 'utf8'),
}));
const notAnArticle = { path: 'menu.txt', text: 'Trang chủ | Tin tức | Liên hệ\n' };
const all = [...inputs, notAnArticle, inputs[0]!];

describe('extractMany', () => {
  it('reads on a helper thread exactly what one thread reads, in input order', async () => {
    expect(inputs.length).toBeGreaterThan(30);
    const one = all.map((i) => extractOutcome(i.text));
    const { outcomes: shared, byHelpers } = await extractShared(
      all.map((i) => i.text),
      { threads: 1, mainReads: false },
    );
    expect(byHelpers).toBe(all.length);
    // Deep and strict: same values, same keys in the same order, no class or undefined lost on the way.
    expect(isDeepStrictEqual(shared, one)).toBe(true);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(one));
    expect(shared.at(-2)).toEqual({ error: expect.stringMatching(/cannot tell which year/u) });
  });

  it('gives an ingest the same files, in the same order of writing, as reading on one thread', async () => {
    const serial = memoryFs();
    const outSerial = runIngest(all, { contentDir: 'content' }, serial);
    for (const mainReads of [true, false]) {
      const pooled = memoryFs();
      const outPooled = await ingestOnThreads(all, { contentDir: 'content' }, pooled, { threads: 1, mainReads });
      expect(outPooled).toEqual(outSerial);
      expect([...pooled.files]).toEqual([...serial.files]);
      expect(pooled.writes).toEqual(serial.writes);
    }
    expect(serial.files.size).toBeGreaterThan(inputs.length);
  });

  it('hands each input on in input order, each once', async () => {
    const order: number[] = [];
    const texts = all.map((i) => i.text);
    const got = await extractMany(texts, { threads: 1, onOutcome: (i) => order.push(i) });
    expect(order).toEqual(texts.map((_, i) => i));
    expect(got).toHaveLength(texts.length);
  });

  it('reads what a helper claimed but never sent back', async () => {
    const texts = inputs.slice(0, 8).map((i) => i.text);
    const seen: number[] = [];
    const got = await extractShared(texts, {
      threads: 1,
      mainReads: false,
      worker: new URL('./fixtures/claim-and-stop-worker.mjs', import.meta.url),
      onProgress: (done) => seen.push(done),
    });
    expect(got).toEqual({ outcomes: texts.map(extractOutcome), byHelpers: 0 });
    expect(seen.at(-1)).toBe(texts.length);
  });

  it('does not wait for a helper that took nothing once every input is read', async () => {
    const texts = inputs.slice(0, 3).map((i) => i.text);
    const got = await extractShared(texts, {
      threads: 1,
      worker: new URL('./fixtures/idle-worker.mjs', import.meta.url),
    });
    expect(got).toEqual({ outcomes: texts.map(extractOutcome), byHelpers: 0 });
  });

  it('reports progress in order up to the last input, whichever thread reads', async () => {
    for (const mainReads of [true, false]) {
      const seen: number[] = [];
      await extractMany(
        inputs.slice(0, 6).map((i) => i.text),
        { threads: 1, mainReads, onProgress: (done, total) => seen.push(done / total) },
      );
      expect(seen.at(-1)).toBe(1);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    }
  });
});

describe('helperThreads', () => {
  it('starts no thread for a small batch, then one per spare core, at most seven', () => {
    expect(helperThreads(PARALLEL_FROM - 1, 8)).toBe(0);
    expect(helperThreads(1000, 1)).toBe(0);
    expect(helperThreads(1000, 2)).toBe(1);
    expect(helperThreads(10000, 64)).toBe(7);
    // Each thread gets enough inputs to pay for its start.
    expect(helperThreads(PARALLEL_FROM, 64)).toBe(1);
    expect(helperThreads(2400, 64)).toBe(5);
  });
});
