import { z } from 'astro/zod';

export const sourceSchema = z.object({
  /** Where the article was published. */
  url: z.url({ error: 'must be a full web address (https://…)' }).optional(),
  /** The publisher's name or site ("baolangson.vn"). */
  publisher: z.string().optional(),
  /** When it was published: YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time. */
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, { error: 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM' })
    .optional(),
  /** Author or byline as printed. */
  author: z.string().optional(),
  /** The raw text kept under content/sources/. */
  originalFile: z.string().optional(),
  /** `excerpt` when the stored copy stops before the article ends. */
  retrievedAs: z.enum(['full', 'excerpt']).optional(),
});
export type Source = z.output<typeof sourceSchema>;
