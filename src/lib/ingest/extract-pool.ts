/**
 * Read many raw articles on all cores. Extraction is pure and takes most of an ingest's time, so a
 * batch of hundreds of files is shared among worker threads; small batches stay on the main thread,
 * where starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle, ExtractError, type ExtractedArticle } from '../extract/article.ts';

export type ExtractOutcome = { article: ExtractedArticle } | { error: string; expected: boolean };

/** Below this many inputs, workers are not worth starting. */
export const POOL_THRESHOLD = 64;

export function extractHere(text: string): ExtractOutcome {
  try {
    return { article: extractArticle(text) };
  } catch (err) {
    return { error: (err as Error).message, expected: err instanceof ExtractError };
  }
}

export async function extractAll(texts: readonly string[], threads = Math.min(availableParallelism(), 4)): Promise<ExtractOutcome[]> {
  if (texts.length < POOL_THRESHOLD || threads < 2) return texts.map(extractHere);
  const results: ExtractOutcome[] = new Array(texts.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./extract-worker.ts', import.meta.url), { execArgv: process.execArgv }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              if (next >= texts.length) {
                resolve();
                return;
              }
              const id = next;
              next += 1;
              worker.postMessage({ id, text: texts[id] });
            };
            worker.on('message', (msg: { id: number } & ExtractOutcome) => {
              const { id, ...outcome } = msg;
              results[id] = outcome as ExtractOutcome;
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0 && next < texts.length) reject(new Error(`an extraction worker stopped (exit code ${code})`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
