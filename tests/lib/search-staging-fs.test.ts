import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { pickStaging, stagingParent } from '../../src/lib/search/staging-fs.ts';

describe('where the search copy goes', () => {
  const mb = 1024 * 1024;

  it('takes the memory folder when it has twice the room the copy needs', () => {
    const candidates = [
      { path: '/dev/shm', free: 300 * mb },
      { path: '/tmp', free: 50_000 * mb },
    ];
    expect(pickStaging(candidates, 100 * mb)).toBe('/dev/shm');
    expect(pickStaging(candidates, 200 * mb)).toBe('/tmp');
  });

  it('falls back to the temporary folder when the memory folder is missing or small', () => {
    expect(
      pickStaging(
        [
          { path: '/dev/shm', free: null },
          { path: '/tmp', free: 10 * mb },
        ],
        1 * mb,
      ),
    ).toBe('/tmp');
    // A container's 64 MB /dev/shm and a copy of 40 MB: not enough to spare.
    expect(
      pickStaging(
        [
          { path: '/dev/shm', free: 64 * mb },
          { path: '/tmp', free: null },
        ],
        40 * mb,
      ),
    ).toBe('/tmp');
  });

  it('names a folder that exists on this machine', () => {
    const parent = stagingParent(1024);
    expect(existsSync(parent)).toBe(true);
    expect(['/dev/shm', tmpdir()]).toContain(parent);
  });
});
