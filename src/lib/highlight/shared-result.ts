/**
 * Both language versions of an article page show the same highlighted text. The first to render keeps
 * its result here (deflated: at 15 000 articles all Vietnamese pages render before the English ones) and
 * the second takes it and drops it, so each article's MDX is rendered and highlighted once per build.
 * Only production builds share: in `astro dev` a page must reflect the file as it is now.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { HighlightResult } from './highlight-quotes.ts';

const kept = new Map<string, { html: Buffer; marks: [string, string][] }>();

export function keepForTwin(id: string, result: HighlightResult): void {
  kept.set(id, { html: deflateRawSync(result.html, { level: 1 }), marks: [...result.marks] });
}

/** The twin's result, removed from the store; undefined when this is the first of the two pages. */
export function takeFromTwin(id: string): HighlightResult | undefined {
  const found = kept.get(id);
  if (!found) return undefined;
  kept.delete(id);
  return { html: inflateRawSync(found.html).toString('utf8'), marks: new Map(found.marks) };
}
