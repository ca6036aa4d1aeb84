/**
 * House rule: every code file is formatted by Prettier (.prettierrc.json, print width 120). `npm test` fails
 * here, naming the files, when one is not; `npm run format` fixes them.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const prettierBin = path.join(path.dirname(require.resolve('prettier/package.json')), 'bin', 'prettier.cjs');

describe('formatting', () => {
  it('leaves no code file unformatted (run `npm run format` to fix)', () => {
    const run = spawnSync(process.execPath, [prettierBin, '--list-different', '.'], { encoding: 'utf8' });
    // Exit 1 with names on stdout: files differ; exit 2: Prettier itself failed (a syntax error, a bad config).
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});
