/**
 * What a body may hold (src/lib/mdx/safe-subset.ts): one case per construct the content-safety
 * probe found running or published, the ways around a simple filter, and what editors legitimately
 * write. The ingest's own output is always inside the subset, whatever the article says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/lib/extract/clean.ts';
import { blocksToMdx } from '../../src/lib/mdx/body.ts';
import { isLiteral, isSafeUrl, unsafeConstructs, type SafetyFinding } from '../../src/lib/mdx/safe-subset.ts';

const FRONT = '---\ntitle: "Bài"\n---\n\n';
const kinds = (body: string, format: 'mdx' | 'md' = 'mdx') =>
  unsafeConstructs(FRONT + body, format).map((f: SafetyFinding) => f.kind);

describe('the constructs the probe ran or published are refused', () => {
  const attacks: [string, string, SafetyFinding['kind']][] = [
    ['an expression in an attribute', '<abbr title={JSON.stringify(process.env)}>x</abbr>', 'attribute-expression'],
    ['an exit in an attribute', 'Chữ <span title={process.exit(7)}>x</span> tiếp', 'attribute-expression'],
    ['an import line', "import fs from 'node:fs'\n\nChữ.", 'esm'],
    ['an export line', 'export const secret = process.env\n\nChữ.', 'esm'],
    ['an expression after an import', "import x from 'y'\n\n{process.exit(0)}", 'expression'],
    ['an inline expression', 'Doanh thu {globalThis.fetch("https://x")} tỷ', 'expression'],
    ['a string expression', "Chữ {'a'} chữ", 'expression'],
    ['a script', '<script>alert(1)</script>', 'element'],
    ['an inline script', 'Chữ <script src="https://x/a.js"></script>', 'element'],
    ['an event handler', '<img src="a.png" alt="" onerror="alert(1)" />', 'attribute'],
    ['an event handler in camel case', '<div onLoad="alert(1)">x</div>', 'attribute'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>" />', 'element'],
    ['srcdoc on an allowed element', '<div srcdoc="x">y</div>', 'attribute'],
    ['set:html', '<div set:html="<b>x</b>" />', 'attribute'],
    ['set:html with code', '<span set:html={x} />', 'attribute'],
    ['a style element', '<style>{`body{display:none}`}</style>', 'element'],
    ['a style attribute', '<p style="position:fixed">x</p>', 'attribute'],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)">x</a>', 'url'],
    ['a javascript: link in Markdown', '[x](javascript:alert(1))', 'url'],
    ['a javascript: link in mixed case', '[x](JaVaScRiPt:alert(1))', 'url'],
    ['a javascript: link with a tab', '<a href="java\tscript:alert(1)">x</a>', 'url'],
    ['a javascript: link spelled with a reference', '[x](&#106;avascript:alert(1))', 'url'],
    ['a javascript: link spelled with a hex reference', '<a href="java&#x09;script:alert(1)">x</a>', 'url'],
    ['a colon spelled as a named reference', '<a href="javascript&colon;alert(1)">x</a>', 'url'],
    ['a data: image', '![ảnh](data:text/html;base64,PHNjcmlwdD4=)', 'url'],
    ['a definition with javascript:', '[x][a]\n\n[a]: javascript:alert(1)', 'url'],
    ['a spread on an element', '<span {...props}>x</span>', 'spread'],
    ['a spread on a component', '<Figure {...props} />', 'spread'],
    ['an unknown component', '<Secret />', 'component'],
    ['a member component', '<a.b />', 'component'],
    ['a fragment', '<>chữ</>', 'fragment'],
    ['code in a component prop', '<Figure province="son-la" metric="total_revenue" year={2022 + 1} />', 'prop'],
    ['a function call in a component prop', '<Ranking metric={process.exit(1)} />', 'prop'],
    ['an object', '<Figure year={{ a: 1 }} />', 'prop'],
    ['a form', '<form action="https://x"><input name="a" /></form>', 'element'],
    ['an svg', '<svg><a href="x">y</a></svg>', 'element'],
    ['an object element', '<object data="x.swf" />', 'element'],
  ];
  for (const [name, body, kind] of attacks) {
    it(name, () => {
      expect(kinds(body)).toContain(kind);
    });
  }

  it('names the line of the file each construct is on', () => {
    const text = `${FRONT}Đoạn một.\n\nĐoạn hai <span title={process.exit(7)}>x</span>.\n\n[x](javascript:alert(1))\n`;
    expect(unsafeConstructs(text).map((f) => [f.line, f.kind])).toEqual([
      [7, 'attribute-expression'],
      [9, 'url'],
    ]);
  });

  it('says what it found and what to do, in both languages', () => {
    const [f] = unsafeConstructs(`${FRONT}<img src="a.png" alt="" onerror="alert(1)" />\n`);
    expect(f!.found).toBe('onerror');
    expect(f!.en.what).toMatch(/onerror.*<img>.*event handler/);
    expect(f!.vi.what).toMatch(/onerror.*<img>/);
    expect(f!.en.fix).toBe('delete onerror=…');
  });
});

describe('what editors legitimately write is allowed', () => {
  const safe: [string, string][] = [
    ['plain text', 'Doanh thu đạt 133,643 tỷ đồng, tăng 12% so với năm 2022.'],
    ['escaped braces and brackets', 'Công thức \\{a\\} và a \\< b'],
    ['an MDX comment', '{/* ghi chú của biên tập viên */}\n\nChữ.'],
    ['an abbreviation', '<abbr title="Bưu điện văn hóa xã">BĐVHX</abbr>'],
    ['a superscript', 'm<sup>2</sup> và H<sub>2</sub>O'],
    [
      'a table',
      '<table><caption>Bảng</caption><tbody><tr><th scope="row">A</th><td colspan="2">1</td></tr></tbody></table>',
    ],
    ['links', '[Báo Sơn La](https://baosonla.vn/a) [tỉnh](/provinces/son-la/) [thư](mailto:a@b.vn) [gọi](tel:+84)'],
    ['a link in HTML', '<a href="https://vnpost.vn" rel="noopener" target="_blank">VNPost</a>'],
    ['an anchor', '[lên đầu](#top)'],
    ['an image', '![Hội nghị](./hoi-nghi.jpg)'],
    ['aria and data attributes', '<span aria-label="tỷ đồng" data-note="x">tỷ</span>'],
    ['a project component with literal props', '<Figure province="son-la" metric="total_revenue" year={2023} />'],
    [
      'literal props of every kind',
      '<Ranking metric=\'total_revenue\' year={2023} top={10} approximate={true} label={"x"} />',
    ],
    [
      'a component inside a paragraph',
      'Sơn La đạt <Figure province="son-la" metric="total_revenue" year={2023} /> năm nay.',
    ],
  ];
  for (const [name, body] of safe) {
    it(name, () => {
      expect(kinds(body)).toEqual([]);
    });
  }

  it('reads braces, import lines and tags in a .md body as Markdown, where only HTML is live', () => {
    expect(kinds('Chữ {process.exit(0)}\n\nimport fs from "fs"', 'md')).toEqual([]);
    expect(kinds('Chữ <script>alert(1)</script>', 'md')).toEqual(['element']);
    expect(kinds('<img src=x onerror=alert(1)>', 'md')).toEqual(['attribute']);
    expect(kinds('<div\nonload="x">\n</div>', 'md')).toEqual(['attribute']);
    expect(kinds('<a href="javascript:alert(1)">x</a>', 'md')).toEqual(['url']);
    expect(kinds('<!DOCTYPE html>', 'md')).toEqual(['html']);
    expect(kinds('<b class="x">đậm</b> <https://vnpost.vn> <!-- ghi chú <script> -->', 'md')).toEqual([]);
    expect(kinds('<javascript:alert(1)>', 'md')).toEqual(['url']);
  });
});

describe('literals and addresses', () => {
  it('a literal is a number, a string or a boolean and nothing more', () => {
    for (const yes of ['2023', '-1.5', '.5', '1e3', '"son-la"', "'x'", '"a\\"b"', 'true', 'false', ' 10 '])
      expect(isLiteral(yes), yes).toBe(true);
    for (const no of ['2022 + 1', 'x', '"a" + "b"', 'true && x', '`t`', '[1]', '{}', '"a"; process.exit()', 'null'])
      expect(isLiteral(no), no).toBe(false);
  });

  it('an address is safe when relative or http(s), mailto or tel', () => {
    for (const yes of ['https://a.vn', 'HTTP://a', '/x', 'x/y:z', '#a', '?q=1:2', 'mailto:a@b', 'tel:1', 'a.png'])
      expect(isSafeUrl(yes), yes).toBe(true);
    for (const no of ['javascript:x', ' javascript:x', 'vbscript:x', 'data:x', 'file:///etc/passwd', 'java\nscript:x'])
      expect(isSafeUrl(no), no).toBe(false);
  });

  it('no spelling of javascript: gets through', () => {
    // Each letter as itself, in either case, or as a decimal or hex reference; tabs and newlines between.
    const letter = (ch: string) =>
      fc.oneof(
        fc.constant(ch),
        fc.constant(ch.toUpperCase()),
        fc.constant(`&#${ch.charCodeAt(0)};`),
        fc.constant(`&#x${ch.charCodeAt(0).toString(16)};`),
        fc.constant(`&#X${ch.charCodeAt(0).toString(16).toUpperCase()};`),
      );
    const gap = fc.constantFrom('', '', '\t', '\n', '&#9;', '&Tab;', '&NewLine;');
    const spelled = fc
      .tuple(...[...'javascript:'].map((ch) => fc.tuple(letter(ch), gap)))
      .map((parts) => parts.map(([l, g]) => l + g).join(''));
    fc.assert(fc.property(spelled, fc.string(), (s, rest) => !isSafeUrl(s + rest)));
  });
});

describe('what the ingest writes is always inside the subset', () => {
  it('for any article text', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '{process.exit(0)}',
        'import fs from "fs"',
        'export const a = 1',
        '<img src=x onerror=alert(1)>',
        '[x](javascript:alert(1))',
        '<https://vnpost.vn>',
        '<abbr title={x}>y</abbr>',
        '&#106;avascript:',
        '<>',
        '</div>',
      ),
    );
    const block = fc.record({
      kind: fc.constantFrom('paragraph', 'caption', 'heading'),
      text: fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(' ')),
    }) as fc.Arbitrary<Block>;
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (blocks) => {
        expect(unsafeConstructs(FRONT + blocksToMdx(blocks))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
