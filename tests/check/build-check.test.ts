/**
 * `astro build` runs the same check first and fails with the same lines as `npm run check`.
 * The build stops in the config hook, before any page is rendered, so this is quick.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { readContentDir } from '../../src/lib/check/files-fs.ts';
import { formatProblemLines } from '../../src/lib/check/problem.ts';

it('fails the build with the exact lines of npm run check, and no stack trace', () => {
  const dir = 'tests/fixtures/broken/value-not-a-number';
  const outDir = mkdtempSync(join(tmpdir(), 'digest-build-'));
  try {
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      encoding: 'utf8',
      env: { ...process.env, DIGEST_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    const expected = checkCorpus(readContentDir(dir)).problems.flatMap((p) => formatProblemLines(p, ['vi', 'en']));
    expect(expected).toHaveLength(2);
    for (const line of expected) expect(output.split('\n')).toContain(line);
    expect(output).toContain('Nội dung có 1 lỗi, xem các dòng ở trên. / The content has 1 error: see the lines above.');
    expect(output).not.toContain('Stack trace');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 120_000);
