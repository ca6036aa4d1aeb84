/**
 * Telling Astro's editor extension about a file npm run new just wrote.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addToAstroManifest, withEntry } from '../../src/lib/scaffold/astro-manifest-fs.ts';

describe('the Astro extension learns about a new file', () => {
  it("adds it to Astro's collection manifest the way Astro keys it, and leaves anything else alone", () => {
    const root = mkdtempSync(join(tmpdir(), 'digest-manifest-'));
    try {
      const file = join(root, 'content/articles/son-la/2024-12-26-a.mdx');
      expect(addToAstroManifest(root, file)).toBe(false);
      mkdirSync(join(root, '.astro/collections'), { recursive: true });
      const manifest = join(root, '.astro/collections/collections.json');
      writeFileSync(
        manifest,
        JSON.stringify({
          collections: [{ hasSchema: true, name: 'articles' }],
          entries: { 'file:///old.mdx': 'articles' },
        }),
      );
      expect(addToAstroManifest(root, file)).toBe(true);
      expect(JSON.parse(readFileSync(manifest, 'utf8')).entries).toEqual({
        'file:///old.mdx': 'articles',
        [`file://${file}`.toLowerCase()]: 'articles',
      });
      expect(withEntry('not json', file, 'articles')).toBeNull();
      expect(withEntry('{"entries":{}}', file, 'articles')).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
