/**
 * The ingest reads the entries already in the folder with js-yaml (as Astro and the check do) instead
 * of the `yaml` package: the same data on every entry there is, and on what the ingest writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseEntryFile } from '../../src/lib/ingest/entry-file.ts';
import { runIngest } from '../../src/lib/ingest/run.ts';
import { memoryFs } from './memory-fs.ts';

const ROOT = join(import.meta.dirname, '../..');
const RAW = join(ROOT, 'tests/fixtures/raw');

function entriesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/u.test(f))
    .map((f) => join(ROOT, dir, f));
}
const frontmatter = (text: string): string => /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text.replace(/^\uFEFF/u, ''))![1]!;
/** What the `yaml` package read (the ingest's reader before). */
const before = (text: string): unknown => YAML.parse(frontmatter(text));

describe('parseEntryFile', () => {
  it('reads every shipped and test entry as the yaml package did', () => {
    const files = [...entriesUnder('content/articles'), ...entriesUnder('tests/fixtures')].filter((f) =>
      readFileSync(f, 'utf8').startsWith('---'),
    );
    expect(files.length).toBeGreaterThan(40);
    const differ = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      let old: unknown;
      try {
        old = before(text);
      } catch {
        return false;
      }
      return !isDeepStrictEqual(parseEntryFile(text).data, old);
    });
    expect(differ).toEqual([]);
  });

  it('reads what the ingest writes from the real articles as the yaml package did', () => {
    const fs = memoryFs();
    const inputs = ['seeds', 'articles'].flatMap((dir) =>
      readdirSync(join(RAW, dir))
        .filter((n) => n.endsWith('.txt'))
        .map((n) => ({ path: n, text: readFileSync(join(RAW, dir, n), 'utf8') })),
    );
    runIngest(inputs, { contentDir: 'content' }, fs);
    const written = [...fs.files].filter(([p]) => p.endsWith('.mdx'));
    expect(written.length).toBeGreaterThan(30);
    for (const [path, text] of written) expect(parseEntryFile(text).data, path).toStrictEqual(before(text));
  });

  it('keeps an unquoted date an editor typed as its text, and refuses broken YAML', () => {
    const file = (yaml: string) => `---\n${yaml}\n---\n\nBody.\n`;
    expect(parseEntryFile(file('eventDate: 2023-12-27\nreportYear: 2023')).data).toStrictEqual({
      eventDate: '2023-12-27',
      reportYear: 2023,
    });
    expect(() => parseEntryFile(file('province: son-la\nprovince: lao-cai'))).toThrow();
    expect(() => parseEntryFile(file('kpis: [1, 2'))).toThrow();
    expect(() => parseEntryFile(file('- a\n- b'))).toThrow(/field: value/u);
  });
});
