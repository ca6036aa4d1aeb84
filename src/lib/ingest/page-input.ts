/**
 * A web page as an input of the ingest: the text the page reader makes of it (header lines, headline,
 * article text: what a person would type into a .txt), with the page's bytes to keep beside it.
 */
import { readPage, type Problem } from '../html/page.ts';
import { sourceNameForUrl } from './fetch.ts';
import type { IngestInput } from './run.ts';

/** A problem as one line: Vietnamese, then English ("… / …"), as the ingest's other errors. */
export const problemText = (p: Problem): string => `${p.vi} / ${p.en}`;

/** Saved pages: the files a browser's "Save page as" writes. */
export const PAGE_FILE = /\.(?:html?|xhtml|shtml)$/iu;

export function pageInput(
  label: string,
  bytes: Uint8Array,
  options: { contentType?: string | null; fetchedFrom?: string } = {},
): { input: IngestInput } | { problem: Problem } {
  const page = readPage(bytes, {
    ...(options.contentType ? { contentType: options.contentType } : {}),
    ...(options.fetchedFrom ? { fetchedFrom: options.fetchedFrom } : {}),
  });
  if (!page.ok) return { problem: page.problem };
  // A fetched page is kept under a name from its address (the canonical one: the same article fetched
  // through another link keeps one name); a saved page under its file's name.
  const address = options.fetchedFrom ? (page.metadata.url ?? options.fetchedFrom) : null;
  return {
    input: {
      path: label,
      text: page.rawArticle,
      page: bytes,
      ...(address ? { sourceName: `${sourceNameForUrl(address)}.html` } : {}),
    },
  };
}
