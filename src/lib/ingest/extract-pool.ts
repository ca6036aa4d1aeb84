/**
 * Read many raw articles on all cores. Extraction is pure and takes most of an ingest's time, so a big
 * batch is shared among worker threads. The main thread starts reading at once and the workers join
 * when they have started (which takes a moment: they load the registry and compile the patterns), so
 * sharing is never slower than reading alone.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle, ExtractError, type ExtractedArticle } from '../extract/article.ts';

export type ExtractOutcome = { article: Pick<ExtractedArticle, 'entries'> } | { error: string; expected: boolean };

/** Below this many inputs, workers are not worth starting. */
export const POOL_THRESHOLD = 200;
/** Articles the main thread reads between looks at its workers' messages. */
const MAIN_CHUNK = 4;
/** Articles a worker is given at a time. */
const WORKER_CHUNK = 16;

export function extractHere(text: string): ExtractOutcome {
  try {
    return { article: extractArticle(text) };
  } catch (err) {
    return { error: (err as Error).message, expected: err instanceof ExtractError };
  }
}

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function extractAll(texts: readonly string[], threads = Math.min(availableParallelism(), 4)): Promise<ExtractOutcome[]> {
  if (texts.length < POOL_THRESHOLD || threads < 2) return texts.map(extractHere);
  const results: (ExtractOutcome | undefined)[] = new Array(texts.length);
  let next = 0;
  let done = 0;
  /** Inputs a failed worker had in hand: the main thread reads them instead. */
  const orphans: number[] = [];
  let wake: () => void = () => undefined;
  const take = (n: number): number[] => {
    const ids = orphans.splice(0, n);
    while (ids.length < n && next < texts.length) ids.push(next++);
    return ids;
  };

  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { execArgv: process.execArgv });
    let inHand: number[] = [];
    const feed = (): void => {
      inHand = take(WORKER_CHUNK);
      if (inHand.length > 0) worker.postMessage({ ids: inHand, texts: inHand.map((id) => texts[id]) });
    };
    worker.on('online', feed);
    worker.on('message', (msg: { ids: number[]; outcomes: ExtractOutcome[] }) => {
      msg.ids.forEach((id, i) => {
        results[id] = msg.outcomes[i];
      });
      done += msg.ids.length;
      feed();
      wake();
    });
    // A worker that fails (or cannot start) leaves its share to the main thread.
    worker.on('error', () => {
      orphans.push(...inHand);
      inHand = [];
      wake();
    });
    return worker;
  });

  try {
    for (;;) {
      const ids = take(MAIN_CHUNK);
      for (const id of ids) results[id] = extractHere(texts[id]!);
      done += ids.length;
      if (done === texts.length) break;
      // Let the workers' messages in; when nothing is left to take, wait for their last answers.
      await (ids.length > 0 ? yieldToEvents() : new Promise<void>((resolve) => (wake = resolve)));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results as ExtractOutcome[];
}
