/**
 * Write a synthetic corpus to disk the way the digest gets one: raw article texts run through the
 * real ingest into `<root>/content/articles`. Never content/ of the repository: the caller gives a
 * temporary folder.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { nodeIngestFs } from '../ingest/ingest-fs.ts';
import { ingestOnThreads } from '../ingest/extract-pool.ts';
import { planCorpus, plannedText, type CorpusOptions } from './corpus-plan.ts';
import { mdxFileToMarkdown } from './markdown-variant.ts';

export interface WrittenCorpus {
  /** The entries' folder (what DIGEST_CONTENT_DIR points at). */
  articlesDir: string;
  articles: number;
  entries: number;
  failed: number;
  bytes: number;
  seconds: number;
}

/** Every file under a folder with one of the extensions, as absolute paths, sorted. */
export function filesUnder(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (exts.some((e) => name.endsWith(e))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const sizeOf = (files: readonly string[]): number => files.reduce((n, f) => n + statSync(f).size, 0);

/** Generate the corpus's raw texts and ingest them into `<root>/content`. */
export async function writeCorpus(root: string, options: CorpusOptions): Promise<WrittenCorpus> {
  const started = performance.now();
  rmSync(join(root, 'content'), { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const plan = planCorpus(options);
  const inputs = plan.map((a) => ({ path: `raw/${a.name}`, text: plannedText(a) }));
  const disk = nodeIngestFs(root);
  const outcomes = await ingestOnThreads(inputs, { contentDir: 'content' }, disk);
  // The ingest may write on a helper thread; wait until every file is on disk.
  await (disk as { flush?: () => Promise<void> }).flush?.();
  const articlesDir = join(root, 'content', 'articles');
  const files = filesUnder(articlesDir, ['.mdx', '.md']);
  return {
    articlesDir,
    articles: plan.length,
    entries: files.length,
    failed: outcomes.filter((o) => o.error || o.entries.some((e) => e.status === 'failed')).length,
    bytes: sizeOf(files),
    seconds: (performance.now() - started) / 1000,
  };
}

/** The same entries as `.md` files under `target` (same folders and names, other extension). */
export function writeMarkdownVariant(articlesDir: string, target: string): WrittenCorpus {
  const started = performance.now();
  rmSync(target, { recursive: true, force: true });
  const files = filesUnder(articlesDir, ['.mdx']);
  let bytes = 0;
  for (const file of files) {
    const out = join(target, relative(articlesDir, file)).replace(/\.mdx$/, '.md');
    mkdirSync(dirname(out), { recursive: true });
    const text = mdxFileToMarkdown(readFileSync(file, 'utf8'));
    writeFileSync(out, text);
    bytes += Buffer.byteLength(text);
  }
  return {
    articlesDir: target,
    articles: files.length,
    entries: files.length,
    failed: 0,
    bytes,
    seconds: (performance.now() - started) / 1000,
  };
}
