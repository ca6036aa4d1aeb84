/**
 * The site search's index: after the build, Pagefind indexes the pages of SEARCH_GLOB (article,
 * province and year pages, not the printed yearbooks: SEARCH_EXCLUDE; src/lib/search/scope.ts) and
 * writes `dist/pagefind/`. Reading only those folders spares it the map pages, a third of the HTML,
 * which are not searched. Pagefind reads a copy of those pages with a space between adjacent tags
 * (src/lib/search/index-html.ts), so that excerpts do not run blocks together; the copy goes to a
 * temporary folder (in memory when there is room: src/lib/search/staging-fs.ts) that Pagefind reads
 * as a whole (handing it each page through its Node API took half as long again: BENCHMARKS.md). The
 * shipped pages are not changed. In `astro dev` the last build's index is served at /pagefind/, so
 * the search page works against it.
 */
import {
  createReadStream,
  existsSync,
  globSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { spacedForIndex } from '../lib/search/index-html.ts';
import { stagingParent } from '../lib/search/staging-fs.ts';
import { SEARCH_EXCLUDE, SEARCH_GLOB } from '../lib/search/scope.ts';

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
        const files = globSync(SEARCH_GLOB, { cwd: root, exclude: [...SEARCH_EXCLUDE] }).sort();
        // The copy keeps each page's path, so Pagefind gives it the URL it has on the site.
        const bytes = files.reduce((sum, file) => sum + statSync(path.join(root, file)).size, 0);
        const staging = mkdtempSync(path.join(stagingParent(bytes), 'digest-search-'));
        try {
          const made = new Set<string>();
          for (const file of files) {
            const target = path.join(staging, file);
            const folder = path.dirname(target);
            if (!made.has(folder)) mkdirSync(folder, { recursive: true });
            made.add(folder);
            writeFileSync(target, spacedForIndex(readFileSync(path.join(root, file), 'utf8')));
          }
          const added = await index.addDirectory({ path: staging });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index: ${added.errors.join('; ')}`);
        } finally {
          rmSync(staging, { recursive: true, force: true });
        }
        logger.info(`Pagefind read ${files.length} pages (those without data-pagefind-body are left out)`);
        const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        logger.info(`Pagefind wrote index to ${written.outputPath}`);
        await close();
      },
    },
  };
}
