/**
 * The search index's own thread (see search-index.ts). Pagefind's Node API encodes every page it is
 * given (JSON, then base64) and pipes it to its indexing process; done on the build's main thread
 * that costs as much as rendering a page, so it is done here. Messages:
 *   { page: { file, doc } }          a page just rendered (its built file name), trimmed
 *   { finish: { outDir, readBack } } index what is left (pages on disk not rendered this time, when
 *                                    readBack), write the index, answer { done } or { error }
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { indexableDocument } from '../lib/search/index-page.ts';

const created = createIndex({});
const added = new Set();
const pending = [];

async function started() {
  const { index, errors } = await created;
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

function add(file, doc) {
  added.add(file);
  const indexed = started().then((index) => index.addHTMLFile({ sourcePath: file, content: doc }));
  indexed.catch(() => {}); // reported by finish(), not as an unhandled rejection
  pending.push(indexed);
}

function htmlFilesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...htmlFilesUnder(p));
    else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

async function finish({ outDir, readBack }) {
  if (readBack) {
    for (const file of htmlFilesUnder(outDir)) {
      const rel = relative(outDir, file).split(sep).join('/');
      if (added.has(rel)) continue;
      const doc = indexableDocument(readFileSync(file, 'utf8'));
      if (doc !== null) add(rel, doc);
    }
  }
  const index = await started();
  const failed = (await Promise.all(pending)).flatMap((r) => r.errors);
  if (failed.length > 0) throw new Error(`Pagefind could not index every page: ${failed.slice(0, 5).join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await close();
  return added.size;
}

parentPort.on('message', (m) => {
  if (m.page) {
    add(m.page.file, m.page.doc);
  } else if (m.finish) {
    finish(m.finish).then(
      (pages) => parentPort.postMessage({ done: pages }),
      (err) => parentPort.postMessage({ error: String(err?.message ?? err) }),
    );
  }
});
