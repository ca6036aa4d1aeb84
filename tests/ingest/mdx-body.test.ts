/**
 * Any article text, however hostile, becomes MDX that compiles with Astro 7's own MDX parser
 * (Sätteri) and shows exactly the text that went in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { mdxToHast, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/lib/extract/clean.ts';
import { extractArticle, ExtractError } from '../../src/lib/extract/article.ts';
import { blockText, blocksToMdx, blocksToMdxViaTree, mdxToPlainParagraphs } from '../../src/lib/mdx/body.ts';
import { CONTROLS, paragraphText } from '../mdx/support/block-text.ts';

const RAW = join(import.meta.dirname, '../fixtures/raw');

type HastNode = { type: string; value?: string; tagName?: string; children?: HastNode[] };

/** The text of each top-level element Sätteri renders. */
function renderedTexts(mdx: string): string[] {
  const result = mdxToHast(mdx, { features: { gfm: true, smartPunctuation: false } }) as unknown as {
    hast?: HastNode;
  } & HastNode;
  const root = result.hast ?? result;
  const text = (n: HastNode): string => (n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(text).join(''));
  return (root.children ?? []).filter((n) => n.type === 'element').map(text);
}

const hostile = [
  'Tăng trưởng {6,5%} <b>x</b> a < 5 > 3',
  'import x from "y"',
  'export const a = 1',
  'export default function(){}',
  '<script>alert(1)</script>',
  '<https://gso.gov.vn> và https://vnpost.vn',
  '# không phải tiêu đề',
  '1. không phải danh sách',
  '- không phải danh sách',
  '> không phải trích dẫn',
  '*a* _b_ ~~c~~ `d` **e**',
  '[^1]: chú thích',
  '[liên kết](x) ![ảnh](y)',
  '| a | b |',
  '\\ \\{ \\\\',
  '&amp; &#123; &lt;',
  '---',
  '<!-- ghi chú -->',
  '{',
  '}',
  '<',
  '$x$ $$y$$',
  ':::note',
  'a  b', // two spaces are kept inside a paragraph
];

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/u;

/** Every string inside a value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

const blocks = fc.array(
  fc.record({ kind: fc.constantFrom<Block['kind']>('paragraph', 'caption'), text: paragraphText }),
  { minLength: 1, maxLength: 4 },
);

describe('MDX body', () => {
  it.each(hostile)('compiles and renders %j verbatim', (text) => {
    const input: Block[] = [
      { kind: 'paragraph', text },
      { kind: 'caption', text },
    ];
    const mdx = blocksToMdx(input);
    expect(() => mdxToJs(mdx)).not.toThrow();
    expect(renderedTexts(mdx)).toEqual([text, text]);
    expect(mdxToPlainParagraphs(mdx)).toEqual([text, text]);
  });

  it('compiles and renders thousands of random texts verbatim, control characters taken out', () => {
    fc.assert(
      fc.property(blocks, (input) => {
        const mdx = blocksToMdx(input);
        mdxToJs(mdx); // throws on anything MDX cannot compile
        expect(mdx.replace(/\n/g, '')).not.toMatch(UNSAFE);
        const shown = input.map((b) => blockText(b.text));
        expect(renderedTexts(mdx)).toEqual(shown);
        expect(mdxToPlainParagraphs(mdx)).toEqual(shown);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes control characters out of raw articles before anything reads them', () => {
    const raw = fc
      .array(
        fc.oneof(
          fc.constantFrom(...CONTROLS),
          fc.constantFrom(
            'Bưu điện tỉnh Sơn La ',
            'tổng doanh thu đạt 101 tỷ đồng. ',
            'Năm 2023, ',
            '\n',
            '\r\n',
            'Ngày 27/12/2023, ',
          ),
        ),
        { minLength: 1, maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(raw, (text) => {
        let article;
        try {
          article = extractArticle(text);
        } catch (err) {
          if (err instanceof ExtractError) return;
          throw err;
        }
        for (const e of article.entries) {
          for (const s of strings({ title: e.title, blocks: e.blocks, kpis: e.kpis, awards: e.awards }))
            expect(s).not.toMatch(UNSAFE);
          for (const b of e.blocks) expect(b.text).toBe(blockText(b.text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes text the stringifier would leave unchanged directly, with the same result as through the syntax tree', () => {
    // Mostly words and the punctuation of prose, so that both ways of writing are exercised.
    const prose = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            'Bưu điện',
            'tỷ đồng',
            'Đắk Lắk',
            '101%',
            'năm 2023',
            ' ',
            ' ',
            ', ',
            '. ',
            ': ',
            '; ',
            '(',
            ')',
            '“',
            '”',
            '"',
            "'",
            '…',
            '–',
            '—',
            '-',
            '+',
            '/',
            '?',
            '!',
            '1.',
            '2)',
            'http://a.vn',
            'www.',
            'import ',
            'export ',
          ),
          fc.string({ unit: 'grapheme', maxLength: 3 }),
        ),
        { minLength: 1, maxLength: 14 },
      )
      .map((p) => p.join('').replace(/\s+/gu, ' '))
      .filter((t) => blockText(t).length > 0);
    const kinds = fc.constantFrom<Block['kind']>('paragraph', 'caption', 'heading');
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: kinds, text: fc.oneof(prose, paragraphText) }), { minLength: 1, maxLength: 5 }),
        (input) => {
          expect(blocksToMdx(input)).toBe(blocksToMdxViaTree(input));
        },
      ),
      { numRuns: 5000 },
    );
    for (const text of hostile)
      expect(
        blocksToMdx([
          { kind: 'paragraph', text },
          { kind: 'caption', text },
        ]),
      ).toBe(
        blocksToMdxViaTree([
          { kind: 'paragraph', text },
          { kind: 'caption', text },
        ]),
      );
    // And every article shipped.
    for (const dir of ['seeds', 'articles']) {
      for (const name of readdirSync(join(RAW, dir)).filter((n) => n.endsWith('.txt'))) {
        for (const e of extractArticle(readFileSync(join(RAW, dir, name), 'utf8')).entries)
          expect(blocksToMdx(e.blocks), name).toBe(blocksToMdxViaTree(e.blocks));
      }
    }
  });

  it("renders captions as emphasis and a second source's heading as a heading", () => {
    const mdx = blocksToMdx([
      { kind: 'paragraph', text: 'Nội dung' },
      { kind: 'caption', text: 'Toàn cảnh hội nghị' },
      { kind: 'heading', text: 'Theo vnpost.vn' },
    ]);
    expect(mdx).toBe('Nội dung\n\n*Toàn cảnh hội nghị*\n\n## Theo vnpost.vn\n');
  });
});
