/**
 * Tell the Astro VS Code extension about a file `npm run new` just wrote. The extension checks and
 * completes frontmatter only in files listed in `.astro/collections/collections.json`, which Astro
 * rewrites on `astro sync`, `astro dev` start and `astro build`, but not when a file is added while
 * `astro dev` runs. Adding the new file's entry there (the extension watches that file) makes the
 * new entry checked as soon as it is opened; the next sync rewrites the list anyway.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Manifest {
  collections?: unknown;
  entries?: Record<string, string>;
}

/** The manifest with the file added, or null when it is not a manifest this code understands. */
export function withEntry(manifestText: string, absoluteFile: string, collection: string): string | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    return null;
  }
  if (!manifest || typeof manifest !== 'object' || !Array.isArray(manifest.collections)) return null;
  // Astro keys entries by the lower-cased file URL (content-layer.js, regenerateCollectionFileManifest).
  const key = pathToFileURL(absoluteFile).href.toLowerCase();
  return `${JSON.stringify({ ...manifest, entries: { ...(manifest.entries ?? {}), [key]: collection } }, null, 2)}`;
}

/** True when the manifest under `root/.astro/` now lists the file. Never fails: it is a convenience. */
export function addToAstroManifest(root: string, absoluteFile: string, collection = 'articles'): boolean {
  const path = join(root, '.astro', 'collections', 'collections.json');
  try {
    const updated = withEntry(readFileSync(path, 'utf8'), absoluteFile, collection);
    if (updated === null) return false;
    writeFileSync(path, updated);
    return true;
  } catch {
    return false;
  }
}
