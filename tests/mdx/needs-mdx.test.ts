/**
 * bodyNeedsMdx: which bodies Markdown renders to the HTML MDX gives (src/lib/mdx/needs-mdx.ts).
 * Here: the rule on examples of each construct, and a property at the parser level (Sätteri's Markdown
 * and MDX trees of a plain body are the same tree) over the bodies the ingest writes. The byte-for-byte
 * comparison of the rendered HTML, through Astro, is tests/integrations/markdown-when-plain.test.ts.
 */
import fc from 'fast-check';
import { markdownToHast, mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/lib/extract/clean.ts';
import { blockText, blocksToMdx } from '../../src/lib/mdx/body.ts';
import { bodyNeedsMdx } from '../../src/lib/mdx/needs-mdx.ts';
import { paragraphText } from './support/block-text.ts';

const FEATURES = { gfm: true, smartPunctuation: false };

type Node = { type: string; tagName?: string; value?: string; properties?: unknown; children?: Node[] };

/** A tree without positions, as comparable JSON. */
function shape(n: Node): unknown {
  return {
    type: n.type,
    ...(n.tagName ? { tagName: n.tagName, properties: n.properties } : {}),
    ...(n.value !== undefined ? { value: n.value } : {}),
    ...(n.children ? { children: n.children.map(shape) } : {}),
  };
}
const rootOf = (r: unknown): Node => ((r as { hast?: Node }).hast ?? r) as Node;

describe('bodyNeedsMdx', () => {
  it.each([
    [
      'plain paragraphs',
      'Ngày 27/12/2023, Bưu điện tỉnh Sơn La tổ chức hội nghị.\n\nDoanh thu đạt 101 tỷ đồng, tăng 21%.',
    ],
    ['a caption and a heading', '## Kết quả năm 2023\n\n*Ảnh: Toàn cảnh hội nghị*'],
    ['escaped braces and angle brackets', 'Tăng trưởng \\{6,5%} và a \\< 5 > 3'],
    ['a lone closing brace', 'Chỉ số } lẻ'],
    ['character references', '&#x69;mport x; &#x65;xport y; &amp; &copy;'],
    ['links and autolink literals', '[VNPost](https://vnpost.vn), https://vnpost.vn, www.vnpost.vn'],
    ['emphasis, strikethrough, inline code', '*a* **b** ~~c~~ `d`'],
    ['a list', '- một\n- hai\n  tiếp hai\n\n1. ba'],
    ['a table without alignment', '| a | b |\n| --- | --- |\n| 1 | 2 |'],
    ['"important" not at a line start', 'Một việc importance cao'],
    ['an empty body', ''],
  ])('is false for %s', (_, body) => {
    expect(bodyNeedsMdx(body)).toBe(false);
  });

  it.each([
    ['a component', 'Văn bản <Kpi metric="revenue" />'],
    ['HTML', 'Văn bản <b>đậm</b>'],
    ['an autolink', '<https://vnpost.vn>'],
    ['an HTML comment', '<!-- ghi chú -->'],
    ['an expression', 'Năm {2023}'],
    ['an MDX comment', '{/* ghi chú */}'],
    ['an escaped backslash before a brace', 'a \\\\{b}'],
    ['an import', 'import Kpi from "../../src/components/Kpi.astro"\n\nVăn bản'],
    ['an export', 'export const year = 2023'],
    ['indented code', 'Đoạn\n\n    mã thụt lề'],
    ['a tab-indented line', '\tmã'],
    ['a fenced code block', '```\nmã\n```'],
    ['an image', '![ảnh](./anh.jpg)'],
    ['a footnote', 'Văn bản[^1]\n\n[^1]: chú thích'],
    ['a block quote', '> trích dẫn'],
    ['a thematic break', 'Trên\n\n***\n\nDưới'],
    ['a setext heading', 'Tiêu đề\n---'],
    ['a hard break with spaces', 'dòng  \ndòng'],
    ['a hard break with a backslash', 'dòng\\\ndòng'],
    ['a table with aligned columns', '| a | b |\n| :-- | --: |\n| 1 | 2 |'],
    ['a task list', '- [ ] việc'],
    ['a lazy list line', '- mục\ntiếp không thụt'],
    ['a straight double quote', 'Phong trào "Lao động giỏi"'],
    ['a straight single quote', "Phong trào 'Lao động giỏi'"],
    ['an escaped quote', 'Phong trào \\"x'],
  ])('is true for %s', (_, body) => {
    expect(bodyNeedsMdx(body)).toBe(true);
  });
});

/** Text a block may hold, quotes left out (they always go to MDX). */
const text = paragraphText.map((s) => s.replace(/["']/gu, '')).filter((s) => blockText(s).length > 0);

const body = fc
  .array(fc.record({ kind: fc.constantFrom<Block['kind']>('paragraph', 'caption', 'heading'), text }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((blocks) => blocksToMdx(blocks as Block[]));

describe('bodies the ingest writes', () => {
  it('are plain when their text has no straight quote, and then Markdown and MDX read the same tree', () => {
    fc.assert(
      fc.property(body, (mdx) => {
        expect(bodyNeedsMdx(mdx)).toBe(false);
        const md = shape(rootOf(markdownToHast(mdx, { features: FEATURES })));
        const x = shape(rootOf(mdxToHast(mdx, { features: FEATURES })));
        expect(md).toEqual(x);
      }),
      { numRuns: 1000 },
    );
  });
});
