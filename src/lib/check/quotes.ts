/**
 * Is a figure's quote really in the article? The comparison forgives what a reader would not notice:
 * case, runs of spaces, typographic quotes and dashes, where a tone mark sits ("hoà"/"hòa"), and an
 * elision written "…" inside the quote. It does not forgive other words or other numbers.
 */
import { normalizeText, normalizeTonePlacement } from '../text/fold.ts';

export function quoteKey(text: string): string {
  return normalizeTonePlacement(normalizeText(text))
    .toLocaleLowerCase('vi')
    .replace(/[“”„‟«»"]/g, '"')
    .replace(/[‘’‚‛`]/g, "'")
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\.\.\./g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A body prepared once for many quotes. */
export interface SearchableText {
  key: string;
}

export function searchable(bodyText: string): SearchableText {
  return { key: quoteKey(bodyText) };
}

export function containsQuote(body: SearchableText, quote: string): boolean {
  // Sentence punctuation at the ends is the quoter's, not the article's.
  const q = quoteKey(quote).replace(/^[\s.,;:!?"'-]+|[\s.,;:!?"'-]+$/g, '');
  if (!q) return true;
  if (body.key.includes(q)) return true;
  const parts = q.split(/\s*(?:\[…\]|\(…\)|…)\s*/).filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  let from = 0;
  for (const part of parts) {
    const at = body.key.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
