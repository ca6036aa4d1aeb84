/**
 * Entries whose body uses nothing of MDX are rendered as Markdown by the content layer, while it
 * syncs, instead of being compiled to a JavaScript module each and bundled (src/lib/mdx/needs-mdx.ts
 * says which bodies qualify). The files stay `.mdx`: editors see no difference, and an entry that
 * adds a component is compiled as MDX as before. The HTML is the same either way (a test builds both
 * and compares); what changes is the build's cost: the bundle step no longer grows with the number of
 * entries, and rendering an article page reads stored HTML.
 *
 * How: the glob loader stores an `.mdx` entry with `deferredRender` (Astro then imports its module
 * when a page renders it). The store this wrapper hands the loader keeps such an entry back when its
 * body is plain, renders the body with the content layer's Markdown renderer (the site's configured
 * processor, as for `.md` files) and stores it rendered, like a `.md` entry. In `astro dev` an edited
 * entry goes the same way as it is reloaded.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyNeedsMdx } from '../lib/mdx/needs-mdx.ts';

type DataStore = LoaderContext['store'];
type StoredEntry = Parameters<DataStore['set']>[0];

/**
 * Part of every entry's digest: a data store kept from a build before this change (or before a change
 * of the rule) would otherwise keep each unchanged entry rendered the old way.
 */
const RULE_VERSION = 'markdown-when-plain:1';

/**
 * Renders a body as Markdown: an empty frontmatter first, so that a body starting with `---` stays
 * body; without the newline Markdown ends with, which MDX does not write.
 */
async function renderAsMarkdown(context: LoaderContext, entry: StoredEntry) {
  const fileURL = entry.filePath ? pathToFileURL(join(fileURLToPath(context.config.root), entry.filePath)) : undefined;
  const rendered = await context.renderMarkdown(`---\n---\n${entry.body ?? ''}`, { fileURL });
  return { ...rendered, html: rendered.html.replace(/\n$/u, '') };
}

/** The same loader, with plain `.mdx` bodies rendered as Markdown. */
export function markdownWhenPlain(inner: Loader, needsMdx: (body: string) => boolean = bodyNeedsMdx): Loader {
  return {
    ...inner,
    async load(context) {
      const { store } = context;
      const held: StoredEntry[] = [];
      let syncing = true;
      /** The newest entry held for each id, so that a late render never overwrites a newer edit. */
      const latest = new Map<string, StoredEntry>();

      const storeRendered = async (entry: StoredEntry): Promise<void> => {
        const rendered = await renderAsMarkdown(context, entry);
        if (latest.get(entry.id) !== entry) return;
        latest.delete(entry.id);
        const { deferredRender: _, ...rest } = entry;
        store.set({ ...rest, rendered, assetImports: rendered.metadata?.imagePaths });
      };

      const wrapped: DataStore = {
        ...store,
        set(entry) {
          const plain =
            entry.deferredRender === true &&
            entry.filePath?.endsWith('.mdx') === true &&
            typeof entry.body === 'string' &&
            !needsMdx(entry.body);
          if (!plain) {
            latest.delete(entry.id);
            return store.set(entry);
          }
          latest.set(entry.id, entry);
          if (syncing) held.push(entry);
          else
            storeRendered(entry).catch((err: unknown) =>
              context.logger.error(`${entry.filePath}: ${(err as Error).message}`),
            );
          return true;
        },
      };
      const generateDigest: LoaderContext['generateDigest'] = (data) =>
        context.generateDigest(typeof data === 'string' ? `${RULE_VERSION}\n${data}` : { ...data, [RULE_VERSION]: 1 });

      await inner.load({ ...context, store: wrapped, generateDigest });
      // Rendered one after the other: the renderer is synchronous native code, so running the
      // renders concurrently would only interleave them.
      for (const entry of held) await storeRendered(entry);
      syncing = false;
    },
  };
}
