/**
 * Is a figure's quote really in the article? The same matching as the article page's highlighting
 * (src/lib/text/quote-match.ts): what one finds, the other shows, elided quotes included. It forgives
 * case, spaces, typographic quotes and dashes, where a tone mark sits, and "…" for words left out,
 * within one block of the text; it does not forgive other words or other numbers.
 */
import { foldText, quoteInBlocks, type Folded } from '../text/quote-match.ts';

/** A body prepared once for many quotes, one block per line, folded the first time a quote needs it. */
export interface SearchableText {
  blocks(): Folded[];
}

export function searchable(bodyText: string): SearchableText {
  let blocks: Folded[] | undefined;
  return { blocks: () => (blocks ??= bodyText.split(/\r?\n/).map(foldText)) };
}

/** A quote that is only punctuation is in no text. */
export function containsQuote(body: SearchableText, quote: string): boolean {
  return quoteInBlocks(body.blocks(), quote);
}
