/**
 * Reading a content folder as the site's loader reads it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ENTRY_PATTERN } from '../../src/lib/check/files-fs.ts';

describe('which files are entries', () => {
  it('uses the very pattern of the content loader in src/content.config.ts', () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    expect(/pattern:\s*'([^']+)'/.exec(config)?.[1]).toBe(ENTRY_PATTERN);
    expect(config).toContain("process.env.DIGEST_CONTENT_DIR || './content/articles'");
  });
});
