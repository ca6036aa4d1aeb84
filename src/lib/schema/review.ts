import { z } from 'astro/zod';

export const REVIEW_STATUSES = ['needs-review', 'unreviewed', 'reviewed'] as const;

export const reviewWarningSchema = z.object({
  /** The field the warning is about (`kpis[0].value`, `province`, `eventDate`). */
  field: z.string().min(1),
  /** What a person should check, in plain words. */
  message: z.string().min(1),
  /** The phrase of the article that raised it. */
  quote: z.string().optional(),
});

export const reviewSchema = z.object({
  /**
   * needs-review: the ingest has open warnings; unreviewed: read by the ingest with no doubts, not yet
   * checked by a person; reviewed: a person checked it against the article.
   */
  status: z.enum(REVIEW_STATUSES, { error: (i) => `unknown review status "${String(i.input)}"; use ${REVIEW_STATUSES.join(', ')}` }),
  warnings: z.array(reviewWarningSchema).default([]),
  /** Who reviewed it. */
  reviewedBy: z.string().optional(),
  /** When (YYYY-MM-DD). */
  reviewedAt: z.string().optional(),
});
export type Review = z.output<typeof reviewSchema>;
export type ReviewWarning = z.output<typeof reviewWarningSchema>;
