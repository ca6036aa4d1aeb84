import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeNewFile } from '../../src/lib/written/write-new-fs.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'digest-new-'));
  dirs.push(d);
  return d;
};

function digestNew(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/digest-new.ts', ...args], { encoding: 'utf8' });
}

describe('npm run digest:new', () => {
  it('writes a draft from the fixture corpus, then refuses to overwrite it', () => {
    const out = temp();
    const args = [
      '--year',
      '2023',
      '--lang',
      'en',
      '--content-dir',
      'tests/fixtures/site-content',
      '--digests-dir',
      out,
    ];
    const first = digestNew(...args);
    expect(first.status, first.stderr).toBe(0);
    const text = readFileSync(path.join(out, '2023.en.mdx'), 'utf8');
    expect(text).toMatch(/^---\nyear: 2023\n/);
    expect(text).toContain('draft: true');
    writeFileSync(path.join(out, '2023.en.mdx'), 'edited by hand');
    const second = digestNew(...args);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('error: the file exists and is never overwritten');
    expect(readFileSync(path.join(out, '2023.en.mdx'), 'utf8')).toBe('edited by hand');
  });

  it('says so when the year has no data, and on a wrong command line', () => {
    const out = temp();
    const none = digestNew('--year', '2001', '--content-dir', 'tests/fixtures/site-content', '--digests-dir', out);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('has no entry or figure for 2001');
    expect(digestNew('--lang', 'vi').status).toBe(2);
    expect(digestNew('--year', '2023', '--lang', 'fr').status).toBe(2);
  });
});

describe('writeNewFile', () => {
  it('writes a new file and leaves an existing one as it is, with no temporary file behind', () => {
    const dir = temp();
    const file = path.join(dir, 'a', '2023.mdx');
    expect(writeNewFile(file, 'one')).toBe(true);
    expect(writeNewFile(file, 'two')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('one');
    expect(spawnSync('ls', ['-A', path.dirname(file)], { encoding: 'utf8' }).stdout.trim()).toBe('2023.mdx');
  });
});
