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

/** Cheap key: enough when the quote was copied from the same text, which is nearly always. */
function quickKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

/** A body prepared once for many quotes; the full normalisation is only done if a quote needs it. */
export interface SearchableText {
  quick: string;
  full(): string;
}

export function searchable(bodyText: string): SearchableText {
  let full: string | undefined;
  return { quick: quickKey(bodyText), full: () => (full ??= quoteKey(bodyText)) };
}

export function containsQuote(body: SearchableText, quote: string): boolean {
  // Sentence punctuation at the ends is the quoter's, not the article's.
  const trim = (s: string): string => s.replace(/^[\s.,;:!?"'-]+|[\s.,;:!?"'-]+$/g, '');
  const quick = trim(quickKey(quote));
  if (!quick || body.quick.includes(quick)) return true;
  const q = trim(quoteKey(quote));
  const key = body.full();
  if (key.includes(q)) return true;
  const parts = q.split(/\s*(?:\[…\]|\(…\)|…)\s*/).filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  let from = 0;
  for (const part of parts) {
    const at = key.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
