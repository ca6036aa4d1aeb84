/**
 * The MDX body: that it compiles with the parser Astro 7 uses (Sätteri), and that it holds no code an
 * editor did not mean (`{…}` and `<Component>` are run when the page is built). mdx-body.ts reads the body;
 * the problems it has are worded here.
 */
import { walk, type MdNode } from '../mdx-body.ts';
import type { Finding, InBoth } from '../problem.ts';
import { defineRule, example, finding } from '../rule.ts';
import { entryFile, FILE } from './example-entry.ts';

/** The example entry with this paragraph after its own. */
const withText = (text: string) =>
  entryFile({ 'có doanh thu đạt trên 101 tỷ đồng.': `có doanh thu đạt trên 101 tỷ đồng.\n\n${text}` });

export const mdxSyntax = defineRule({
  id: 'mdx-syntax',
  severity: 'error',
  describes: {
    vi: 'Nội dung bài dịch được bằng trình dịch MDX của Astro: thẻ mở thì đóng, dấu { và < muốn hiện ra thì viết \\{ và \\<, chú thích viết {/* … */}.',
    en: "The text compiles with Astro's MDX compiler: a tag opened is closed, a { or < meant as a character is written \\{ or \\<, a comment is {/* … */}.",
  },
  good: [withText('Tăng trưởng \\{6,5%\\} so với năm 2022; a \\< b.')],
  bad: [
    example(
      withText('<div>Doanh thu tăng.'),
      `${FILE}:18  body  lỗi: thẻ <div> mở nhưng không đóng  — đóng thẻ bằng </div> (hoặc viết <div />); nếu muốn hiện dấu <, viết \\<
       ${FILE}:18  body  error: the tag <div> is opened but never closed  — close it with </div> (or write <div />); to show a “<”, write \\<`,
    ),
    example(
      withText('Tăng trưởng {6,5%} so với năm 2022.'),
      `${FILE}:18  body  lỗi: dấu { ở đây bị hiểu là bắt đầu mã lệnh  — viết \\{ và \\} để hiện dấu ngoặc nhọn
       ${FILE}:18  body  error: this “{” is read as the start of code  — write \\{ and \\} to show braces`,
    ),
    example(
      withText('<!-- ghi chú -->'),
      `${FILE}:18  body  lỗi: MDX không dùng chú thích HTML <!-- … -->  — viết chú thích dạng {/* … */}, hoặc xóa nó
       ${FILE}:18  body  error: MDX does not accept HTML comments <!-- … -->  — write the comment as {/* … */}, or delete it`,
    ),
    example(
      withText('<Kpi metric="total_revenue"'),
      `${FILE}:18  body  lỗi: thẻ <Kpi> chưa đóng: sau các thuộc tính không có “/>” hay “>”  — kết thúc thẻ bằng /> (<Kpi metric="total_revenue" />); nếu muốn hiện dấu <, viết \\<
       ${FILE}:18  body  error: the tag <Kpi> is not closed: its attributes are not followed by “/>” or “>”  — end the tag with /> (<Kpi metric="total_revenue" />); to show a “<”, write \\<`,
    ),
  ],
});

export const mdxExpression = defineRule({
  id: 'mdx-expression',
  severity: 'error',
  describes: {
    vi: 'Nội dung không có biểu thức {…} (bị chạy như mã lệnh khi dựng trang); chú thích {/* … */} thì được.',
    en: 'The text has no {…} expression (run as code when the site is built); a {/* … */} comment is fine.',
  },
  good: [withText('Chú thích {/* ẩn */} được phép.')],
  bad: [
    example(
      withText('Giá {gia} đồng.'),
      `${FILE}:18  body  lỗi: {gia} trong nội dung sẽ bị chạy như mã lệnh khi dựng trang  — nếu muốn hiện dấu ngoặc nhọn, viết \\{ và \\}
       ${FILE}:18  body  error: {gia} in the text would be run as code when the site is built  — to show the braces, write \\{ and \\}`,
    ),
  ],
});

export const mdxComponent = defineRule({
  id: 'mdx-component',
  severity: 'error',
  describes: {
    vi: 'Nội dung không dùng thành phần <Tên /> chưa được import; thẻ HTML như <br /> thì được.',
    en: 'The text uses no <Component /> that is not imported; an HTML tag such as <br /> is fine.',
  },
  good: [withText('Xuống dòng <br /> được phép.')],
  bad: [
    example(
      withText('Xem <BieuDo />'),
      `${FILE}:18  body  lỗi: thẻ <BieuDo> không phải thẻ HTML và chưa được import  — nếu muốn hiện dấu <, viết \\<; nếu là thành phần, thêm dòng import
       ${FILE}:18  body  error: <BieuDo> is not an HTML tag and is not imported  — to show a “<”, write \\<; for a component, add an import line`,
    ),
  ],
});

export const BODY_RULES = [mdxSyntax, mdxExpression, mdxComponent] as const;

/**
 * `{…}` and `<Component>` in the body are run as code when the page is built. Editors write text,
 * so an expression or an unknown component is almost always a brace or `<` meant as a character,
 * and it would fail the build ("x is not defined") far from the file.
 */
export function codeFindings(tree: MdNode): Finding[] {
  const findings: Finding[] = [];
  const imported = new Set<string>();
  const expressions: MdNode[] = [];
  const components: MdNode[] = [];
  let hasEsm = false;
  walk(tree, (n) => {
    if (n.type === 'mdxjsEsm') {
      hasEsm = true;
      for (const m of (n.value ?? '').matchAll(/\b([A-Z][\w$]*)\b/g)) imported.add(m[1]!);
    } else if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') expressions.push(n);
    else if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name && /^[A-Z]|\./.test(n.name))
      components.push(n);
  });
  // With an import or export in the file, expressions may use what it defines: leave them alone.
  for (const n of hasEsm ? [] : expressions) {
    const code = (n.value ?? '').trim();
    const harmless = code === '' || /^\/\*[\s\S]*\*\/$/.test(code) || /^(["'`])[\s\S]*\1$/.test(code);
    if (harmless) continue;
    const shown = `{${code.length > 30 ? `${code.slice(0, 27)}…` : code}}`;
    findings.push(
      finding(mdxExpression, n.position?.start.line ?? 1, 'body', {
        what: {
          vi: `${shown} trong nội dung sẽ bị chạy như mã lệnh khi dựng trang`,
          en: `${shown} in the text would be run as code when the site is built`,
        },
        fix: { vi: 'nếu muốn hiện dấu ngoặc nhọn, viết \\{ và \\}', en: 'to show the braces, write \\{ and \\}' },
      }),
    );
  }
  for (const n of components) {
    if (imported.has(n.name!.split('.')[0]!)) continue;
    findings.push(
      finding(mdxComponent, n.position?.start.line ?? 1, 'body', {
        what: {
          vi: `thẻ <${n.name}> không phải thẻ HTML và chưa được import`,
          en: `<${n.name}> is not an HTML tag and is not imported`,
        },
        fix: {
          vi: 'nếu muốn hiện dấu <, viết \\<; nếu là thành phần, thêm dòng import',
          en: 'to show a “<”, write \\<; for a component, add an import line',
        },
      }),
    );
  }
  return findings;
}

/** A tag's opening written up to the end of its line without ">" or "/>": `<Kpi metric="total_revenue"`. */
const OPEN_TAG = /^<([A-Za-z][\w.:-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*$/;

/**
 * Sätteri says "6:7: Expected a closing tag for `<div>` (6:7) … (mdx-jsx:unexpected-character)";
 * `fileText`, when given, lets the message name the tag an unparsable "<" starts.
 */
export function compileFinding(raw: string, fileText?: string): Finding {
  const m = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\(([\w:-]+)\))?\s*$/.exec(raw.trim());
  const line = m ? Number(m[1]) : 1;
  const at = m && fileText !== undefined ? (fileText.split(/\r?\n/)[line - 1] ?? '').slice(Number(m[2]) - 1) : '';
  const message = m ? m[3]! : raw.trim();
  const here = (words: { what: InBoth; fix: InBoth }): Finding => finding(mdxSyntax, line, 'body', words);
  let tag: RegExpExecArray | null;
  if ((tag = /Expected a closing tag for `<([^>`]+)>`/.exec(message))) {
    const t = tag[1]!;
    return here({
      what: { vi: `thẻ <${t}> mở nhưng không đóng`, en: `the tag <${t}> is opened but never closed` },
      fix: {
        vi: `đóng thẻ bằng </${t}> (hoặc viết <${t} />); nếu muốn hiện dấu <, viết \\<`,
        en: `close it with </${t}> (or write <${t} />); to show a “<”, write \\<`,
      },
    });
  }
  if ((tag = /Unexpected closing tag `<\/([^>`]+)>`/.exec(message))) {
    const t = tag[1]!;
    return here({
      what: { vi: `thẻ đóng </${t}> không có thẻ mở tương ứng`, en: `the closing tag </${t}> has no opening tag` },
      fix: { vi: `xóa </${t}>, hoặc thêm thẻ mở <${t}>`, en: `delete </${t}>, or add the opening <${t}>` },
    });
  }
  if (/to create a link in MDX/.test(message) && (tag = /^<([A-Za-z][\w.:-]*)/.exec(at))) {
    const t = tag[1]!;
    const open = OPEN_TAG.exec(at.trimEnd());
    const closed = open ? `<${t}${open[2]!.replace(/\s+$/, '')} />` : `<${t} … />`;
    return here({
      what: open
        ? {
            vi: `thẻ <${t}> chưa đóng: sau các thuộc tính không có “/>” hay “>”`,
            en: `the tag <${t}> is not closed: its attributes are not followed by “/>” or “>”`,
          }
        : {
            vi: `thẻ <${t}> viết dở: thiếu “/>” ở cuối, hoặc một giá trị thiếu dấu " đóng`,
            en: `the tag <${t}> is unfinished: “/>” is missing at its end, or a value lacks its closing "`,
          },
      fix: {
        vi: `kết thúc thẻ bằng /> (${closed}); nếu muốn hiện dấu <, viết \\<`,
        en: `end the tag with /> (${closed}); to show a “<”, write \\<`,
      },
    });
  }
  if (/to create a link in MDX/.test(message)) {
    return here({
      what: { vi: 'dấu < ở đây bị hiểu là mở một thẻ', en: 'this “<” is read as the start of a tag' },
      fix: {
        vi: 'viết \\< để hiện dấu <; liên kết viết dạng [chữ](https://…)',
        en: 'write \\< to show a “<”; write links as [text](https://…)',
      },
    });
  }
  if (/to create a comment in MDX/.test(message)) {
    return here({
      what: { vi: 'MDX không dùng chú thích HTML <!-- … -->', en: 'MDX does not accept HTML comments <!-- … -->' },
      fix: { vi: 'viết chú thích dạng {/* … */}, hoặc xóa nó', en: 'write the comment as {/* … */}, or delete it' },
    });
  }
  if (/closing brace for `\{`|parse expression/.test(message)) {
    return here({
      what: { vi: 'dấu { ở đây bị hiểu là bắt đầu mã lệnh', en: 'this “{” is read as the start of code' },
      fix: { vi: 'viết \\{ và \\} để hiện dấu ngoặc nhọn', en: 'write \\{ and \\} to show braces' },
    });
  }
  if (/parse esm/i.test(message)) {
    return here({
      what: { vi: 'dòng import/export viết sai', en: 'an import/export line is not valid code' },
      fix: {
        vi: 'sửa hoặc xóa dòng này; một dòng bắt đầu bằng “import ” hay “export ” bị hiểu là mã lệnh',
        en: 'fix or delete the line; a line starting with “import ” or “export ” is read as code',
      },
    });
  }
  return here({
    what: { vi: `nội dung MDX không dịch được: ${message}`, en: `the MDX body does not compile: ${message}` },
    fix: { vi: 'xem mục MDX trong docs/editing.md', en: 'see the MDX section of docs/editing.en.md' },
  });
}
