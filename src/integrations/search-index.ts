/**
 * Site search with Pagefind, indexed while the pages are rendered rather than after.
 *
 * Run after the build (as astro-pagefind does), Pagefind reads back every HTML file while the build
 * waits. Here a middleware takes each page the moment Astro renders it, trims it to what the index
 * reads (src/lib/search/index-page.ts) and passes it to a worker thread, which hands it to Pagefind's
 * indexing process. Both run beside the rendering, on the machine's other cores, so the build only
 * waits for the last pages and for the index files to be written. Pages a build does not render
 * (reused by `experimental.incrementalBuild`) are read back from the output folder.
 *
 * In `astro dev` nothing is indexed; `/pagefind/` is served from the last build's output, if any.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { builtFileOf, indexableDocument } from '../lib/search/index-page.ts';
import { SEARCH_BRIDGE, type SearchBridge } from './search-bridge.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let incremental = false;
  let worker: Worker | undefined;
  const bridge = globalThis as { [SEARCH_BRIDGE]?: SearchBridge };

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
      'astro:build:start': () => {
        const w = new Worker(new URL('./search-index-worker.mjs', import.meta.url));
        worker = w;
        bridge[SEARCH_BRIDGE] = {
          page(pathname, html) {
            // Trimmed here, so only the indexed part is copied to the worker (measured: posting a
            // string costs less than encoding it to transfer bytes).
            const doc = indexableDocument(html);
            if (doc !== null) w.postMessage({ page: { file: builtFileOf(pathname, base), doc } });
          },
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete bridge[SEARCH_BRIDGE];
        const w = worker;
        if (!w) return;
        worker = undefined;
        const answer = await new Promise<{ done?: number; error?: string }>((resolve) => {
          w.once('message', resolve);
          w.once('error', (err) => resolve({ error: err.message }));
          w.postMessage({ finish: { outDir: fileURLToPath(dir), readBack: incremental } });
        });
        await w.terminate();
        if (answer.error !== undefined) throw new Error(`The search index could not be built: ${answer.error}`);
        logger.info(`indexed ${answer.done} pages for search`);
      },
    },
  };
}
