/**
 * The site search's index: after the build, Pagefind indexes the pages of SEARCH_GLOB (article,
 * province and year pages; src/lib/search/scope.ts) and writes `dist/pagefind/`. Reading only those
 * folders spares it the map pages, a third of the HTML, which are not searched. Each page is handed
 * to Pagefind with a space between adjacent tags (src/lib/search/index-html.ts), so that excerpts do
 * not run blocks together. In `astro dev` the last build's index is served at /pagefind/, so the
 * search page works against it.
 */
import { createReadStream, existsSync, globSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { indexUrl, spacedForIndex } from '../lib/search/index-html.ts';
import { SEARCH_GLOB } from '../lib/search/scope.ts';

/** Pages handed to Pagefind at a time. */
const BATCH = 16;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

export default function searchIndex(): AstroIntegration {
  let outDir = 'dist';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith('/pagefind/')) return next();
          const file = path.join(outDir, path.normalize(decodeURIComponent(url)));
          if (!file.startsWith(path.join(outDir, 'pagefind')) || !existsSync(file) || !statSync(file).isFile())
            return next();
          res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const files = globSync(SEARCH_GLOB, { cwd: root }).sort();
        const failures: string[] = [];
        for (let i = 0; i < files.length; i += BATCH) {
          const added = await Promise.all(
            files.slice(i, i + BATCH).map(async (file) =>
              index.addHTMLFile({
                url: indexUrl(file),
                content: spacedForIndex(await readFile(path.join(root, file), 'utf8')),
              }),
            ),
          );
          for (const [j, a] of added.entries())
            if (a.errors.length > 0) failures.push(`${files[i + j]}: ${a.errors.join('; ')}`);
        }
        if (failures.length > 0) throw new Error(`Pagefind could not index: ${failures.join('; ')}`);
        logger.info(`Pagefind read ${files.length} pages (those without data-pagefind-body are left out)`);
        const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`Pagefind wrote index to ${written.outputPath}`);
        await close();
      },
    },
  };
}
