/**
 * The frontmatter writer gives js-yaml's own output, so entries read back (by Astro, by the check) as
 * they did when js-yaml wrote them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { entryData, extractArticle } from '../../src/lib/extract/article.ts';
import { dumpYaml, dumpYamlReference } from '../../src/lib/ingest/yaml.ts';

const RAW = join(import.meta.dirname, '../fixtures/raw');

describe('dumpYaml', () => {
  it("writes every shipped article's frontmatter as js-yaml does", () => {
    for (const dir of ['seeds', 'articles']) {
      for (const name of readdirSync(join(RAW, dir)).filter((n) => n.endsWith('.txt'))) {
        for (const e of extractArticle(readFileSync(join(RAW, dir, name), 'utf8')).entries) {
          const data = { ...entryData(e), ingest: { version: 1, hash: 'sha256-pending' } } as Record<string, unknown>;
          expect(dumpYaml(data), name).toBe(dumpYamlReference(data));
        }
      }
    }
  });

  it('writes a string that starts or ends with a space other than space and tab as js-yaml does (plain)', () => {
    // U+1680 ogham, U+2000 en quad, U+200A hair space, U+3000 ideographic space: white space to `\s`, not to YAML.
    for (const space of ['\u1680', '\u2000', '\u200a', '\u3000'])
      for (const value of [space, `${space}Sơn La`, `Sơn La${space}`]) {
        const data = { a: { title: value } };
        expect(dumpYaml(data)).toBe(dumpYamlReference(data));
        expect(jsYaml.load(dumpYaml(data))).toEqual(data);
      }
  });

  it('writes any strings, numbers and nesting as js-yaml does, and reads back the same', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom(...'-?:,[]{}#&*!|=>\'"%@` \\.~+<0123456789eE_xX'.split('')),
          fc.constantFrom(
            'Bưu điện',
            'tỷ đồng',
            ': ',
            ' #',
            'true',
            'null',
            'yes',
            'No',
            '2023-12-27',
            '0x1F',
            '1e5',
            '.inf',
            '<<',
            '12:30',
            '~',
            '\u00a0',
            '\u2028',
            '\u0085',
            '\u0007',
            '\ufeff',
            '😀',
          ),
          fc.string({ unit: 'grapheme', maxLength: 4 }),
        ),
        { maxLength: 8 },
      )
      .map((p) => p.join('').replace(/\n/g, ' '));
    const scalar = fc.oneof(
      text,
      fc.integer({ min: -1e15, max: 1e15 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(fc.oneof(scalar, tie('map')), { maxLength: 3 }),
        tie('map'),
      ),
      // Keys are field names (js-yaml itself writes an odd key such as " " differently by its value).
      map: fc.dictionary(
        fc.oneof(fc.constantFrom('title', 'kpis', 'value', 'yes', 'null'), fc.stringMatching(/^[a-z][A-Za-z]{0,8}$/)),
        tie('node'),
        { maxKeys: 4 },
      ),
    }));
    fc.assert(
      fc.property(value.map, (data) => {
        const ours = dumpYaml(data as Record<string, unknown>);
        expect(ours).toBe(dumpYamlReference(data as Record<string, unknown>));
        expect(jsYaml.load(ours) ?? {}).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 3000 },
    );
  });
});
