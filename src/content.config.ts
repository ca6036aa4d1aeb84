import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedLoader } from './integrations/content-check-gate.ts';
import { safeLoader } from './integrations/safe-content.ts';
import { entrySchema } from './lib/schema/entry.ts';
import { writtenDigestSchema } from './lib/schema/written-digest.ts';
import { defaultDigestsDir } from './lib/written/file-name.ts';
import { writtenDigestsLoader } from './integrations/written-digests.ts';

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

/**
 * The written digests, `content/digests/<year>.mdx` and `<year>.en.mdx` (id `2023`, `2023.en`). Their
 * loader is built here alone, so it can be wrapped like the articles' one: it stores no unsafe body, and
 * stops the build on a digest whose frontmatter or component props are wrong, naming file and line
 * (src/integrations/written-digests.ts).
 */
function digestsLoader() {
  const inner = glob({
    pattern: '*.mdx',
    base: defaultDigestsDir(),
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
  return checkedLoader(safeLoader(writtenDigestsLoader(inner, base)));
}

const digests = defineCollection({ loader: digestsLoader(), schema: writtenDigestSchema });

export const collections = { articles, digests };
