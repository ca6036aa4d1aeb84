import { z } from 'astro/zod';

/** A real calendar date written YYYY-MM-DD. YAML loaders may hand over a Date: accept both. */
export const isoDateSchema = z.preprocess(
  (v) => fromYamlDate(v),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
    .refine(isRealDate, { error: 'is not a real calendar date' }),
);

/**
 * js-yaml (what Astro reads frontmatter with) turns an unquoted 2023-12-28 into a Date; take it back
 * as the date it was written as. A time of day is kept when there is one.
 */
export function fromYamlDate(v: unknown, withTime = false): unknown {
  if (!(v instanceof Date) || Number.isNaN(v.getTime())) return v;
  const iso = v.toISOString();
  return withTime && !iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 16) : iso.slice(0, 10);
}

export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Earliest year the digest accepts (Vietnam Post took its present form in 2008; older reports are rare). */
export const MIN_YEAR = 1990;
/** Latest year a figure may be for: plans reach at most two years ahead of today. */
export const maxYear = (): number => new Date().getUTCFullYear() + 2;

export const yearSchema = z
  .number({ error: 'must be a year written as a number, like 2023' })
  .int({ error: 'must be a whole year, like 2023' })
  .refine((y) => y >= MIN_YEAR && y <= maxYear(), {
    error: (issue) => `year ${String(issue.input)} is out of range (${MIN_YEAR}–${maxYear()})`,
  })
  // A refinement is invisible to JSON Schema: say the bounds, so the editor's checking has them too.
  .meta({ minimum: MIN_YEAR, maximum: maxYear() });

export const qualifierSchema = z.enum(['exact', 'over', 'about', 'nearly', 'under']);
export type Qualifier = z.output<typeof qualifierSchema>;
