/** A worker thread that reads raw articles: the pure extraction, run in parallel for big batches. */
import { parentPort } from 'node:worker_threads';
import { extractArticle, ExtractError } from '../extract/article.ts';

parentPort!.on('message', (msg: { ids: number[]; texts: string[] }) => {
  const outcomes = msg.texts.map((text) => {
    try {
      // Only the entries cross back: the cleaned text and dropped lines are not needed by the ingest.
      return { article: { entries: extractArticle(text).entries } };
    } catch (err) {
      return { error: (err as Error).message, expected: err instanceof ExtractError };
    }
  });
  parentPort!.postMessage({ ids: msg.ids, outcomes });
});
