/**
 * Short ways to write a rule's examples: an entry of Sơn La reviewing 2023 at a conference on
 * 2023-12-27 unless told otherwise, and figures with only what the example is about.
 */
import type { ReviewAward, ReviewEntry, ReviewExample, ReviewFigure } from './types.ts';

/** A figure of total revenue for 2023 read from `quote`, with `value` in base units. */
export function fig(quote: string, value: number | null, more: Partial<ReviewFigure> = {}): ReviewFigure {
  return {
    metric: 'total_revenue',
    value,
    unit: 'VND',
    qualifier: 'exact',
    year: 2023,
    period: 'year',
    quote,
    ...more,
  };
}

/** An award whose quote is `quote`. */
export function award(
  quote: string,
  more: Partial<ReviewAward> & Pick<ReviewAward, 'award' | 'level' | 'giver'>,
): ReviewAward {
  return { recipient: 'Bưu điện tỉnh', year: 2023, quote, ...more };
}

export function entry(more: Partial<ReviewEntry> = {}): ReviewEntry {
  return { province: 'son-la', reportYear: 2023, planYear: 2024, eventDate: '2023-12-27', ...more };
}

/** An example: the article's text, the entry read from it, and the field the rule flags (null: none). */
export function example(text: string, e: Partial<ReviewEntry>, expected: string | null): ReviewExample {
  return [{ text, entry: entry(e) }, expected];
}

export const BILLION = 1e9;
export const MILLION = 1e6;
