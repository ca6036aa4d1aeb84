/** A worker thread that reads raw articles: the pure extraction, run in parallel for big batches. */
import { parentPort } from 'node:worker_threads';
import { extractArticle, ExtractError } from '../extract/article.ts';

parentPort!.on('message', (msg: { id: number; text: string }) => {
  try {
    parentPort!.postMessage({ id: msg.id, article: extractArticle(msg.text) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).message, expected: err instanceof ExtractError });
  }
});
