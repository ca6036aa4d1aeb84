/**
 * One input's extraction as the ingest records it: the entries it gives, or the message a person reads
 * when it gives none. Plain data (no class, no function), so it crosses to and from a worker thread
 * unchanged (src/lib/ingest/extract-pool.ts); imports only the extractor, so a worker loads little.
 */
import { extractArticle, ExtractError, type ExtractedEntry } from '../extract/article.ts';

export type ExtractOutcome = { entries: ExtractedEntry[] } | { error: string };

/** The message for an input that could not be read: the extractor's own, or what went wrong. */
export const readFailure = (err: unknown): string =>
  err instanceof ExtractError ? err.message : `could not be read: ${(err as Error).message}`;

export function extractOutcome(text: string): ExtractOutcome {
  try {
    return { entries: extractArticle(text).entries };
  } catch (err) {
    return { error: readFailure(err) };
  }
}
