import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedLoader } from './integrations/content-check-gate.ts';
import { safeLoader } from './integrations/safe-content.ts';
import { entrySchema } from './lib/schema/entry.ts';

/**
 * Where entries live. DIGEST_CONTENT_DIR points the build at another folder (the benchmarks' synthetic
 * corpus, test fixtures); it is never needed for the real digest.
 */
const base = process.env.DIGEST_CONTENT_DIR || './content/articles';

/**
 * One collection: the articles under the top-level content/ folder. The id is the file name without
 * its extension (`2023-12-27-buu-dien-tinh-son-la-…`), which is also the article's URL slug.
 */
const articles = defineCollection({
  // During `astro build` the loader also waits for the content check (src/integrations/content-check.ts).
  // It stores no entry whose body holds code or unsafe HTML, and then stops (src/integrations/safe-content.ts).
  loader: checkedLoader(
    safeLoader(
      glob({
        pattern: '**/*.{md,mdx}',
        base,
        generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
      }),
    ),
  ),
  schema: entrySchema,
});

export const collections = { articles };
