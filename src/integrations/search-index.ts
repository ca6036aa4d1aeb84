/**
 * Site search with Pagefind, indexed while the pages are rendered rather than after.
 *
 * Pagefind's indexer is a separate process. Run after the build (as astro-pagefind does), it reads
 * back every HTML file while the build waits; here a middleware hands each page to it the moment
 * Astro renders it, so indexing runs on another core during rendering and the build only waits for
 * the last pages and for the index files to be written. Pages are handed over trimmed to what the
 * index reads (src/lib/search/index-page.ts). Pages a build does not render (cached by
 * `experimental.incrementalBuild`) are read back from the output folder.
 *
 * In `astro dev` nothing is indexed; `/pagefind/` is served from the last build's output, if any.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIndex, close, type PagefindIndex } from 'pagefind';
import { builtFileOf, indexableDocument } from '../lib/search/index-page.ts';
import { SEARCH_BRIDGE, type SearchBridge } from './search-bridge.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

function htmlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFilesUnder(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let incremental = false;
  let index: PagefindIndex | undefined;
  const added = new Set<string>();
  const pending: Promise<{ errors: string[] }>[] = [];
  const bridge = globalThis as { [SEARCH_BRIDGE]?: SearchBridge };

  const add = (file: string, content: string): void => {
    added.add(file);
    pending.push(index!.addHTMLFile({ sourcePath: file, content }));
  };

  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config, command, addMiddleware }) => {
        base = config.base;
        incremental = Boolean((config.experimental as { incrementalBuild?: boolean }).incrementalBuild);
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:server:setup': ({ server }) => {
        const outDir = fileURLToPath(new URL('pagefind/', new URL(server.config.build.outDir, `file://${server.config.root}/`)));
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split('?')[0]!;
          const at = url.indexOf('/pagefind/');
          if (at < 0) return next();
          const file = join(outDir, decodeURIComponent(url.slice(at + '/pagefind/'.length)));
          if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:start': async ({ logger }) => {
        const created = await createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        bridge[SEARCH_BRIDGE] = {
          page(pathname, html) {
            const doc = indexableDocument(html);
            if (doc !== null) add(builtFileOf(pathname, base), doc);
          },
        };
        logger.debug('indexing pages as they are rendered');
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete bridge[SEARCH_BRIDGE];
        if (!index) return;
        const outDir = fileURLToPath(dir);
        if (incremental) {
          // Pages reused from an earlier build were not rendered, so the middleware never saw them.
          for (const file of htmlFilesUnder(outDir)) {
            const rel = relative(outDir, file).split(sep).join('/');
            if (added.has(rel)) continue;
            const doc = indexableDocument(readFileSync(file, 'utf8'));
            if (doc !== null) add(rel, doc);
          }
        }
        const errors = (await Promise.all(pending)).flatMap((r) => r.errors);
        if (errors.length > 0) throw new Error(`Pagefind could not index every page: ${errors.slice(0, 5).join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.size} pages for search`);
        await close();
      },
    },
  };
}
