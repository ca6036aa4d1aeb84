/**
 * The MDX body: does it compile with the parser Astro 7 uses (Sätteri), does it hold code an editor
 * did not mean, and what plain text does a reader see (for finding quotes)?
 */
import { markdownToJs, markdownToMdast, mdxToJs, mdxToMdast } from 'satteri';
import { bilingual, type Bilingual } from './problem.ts';

export interface BodyFinding extends Bilingual {
  line: number;
  rule: string;
  severity: 'error' | 'warning';
}

export interface BodyResult {
  /** False when the MDX does not compile (then findings says why). */
  compiles: boolean;
  findings: BodyFinding[];
  /**
   * The body's source with MDX comments removed. A quote found here word for word needs no parse;
   * `text()` is only wanted for the rest (escapes such as \{, emphasis inside a quote).
   */
  source: string;
  /** Plain text a reader sees, one block (paragraph, heading, cell) per line; parsed on first use. */
  text(): string;
}

interface MdNode {
  type: string;
  value?: string;
  name?: string | null;
  children?: MdNode[];
  position?: { start: { line: number } };
}

const INLINE = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'footnoteReference',
  'image',
  'imageReference',
  'html',
]);
const SKIP = new Set([
  'yaml',
  'toml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'code',
  'html',
  'definition',
  'footnoteDefinition',
]);

const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
/** A `{` or `<` that is not escaped: only then can the body hold code or components. */
const MAYBE_CODE = /(?:^|[^\\])[{<]/;

/**
 * `body` is the text after the frontmatter; `fileText` the whole file, compiled whole so that
 * positions are file lines. Turning Sätteri's tree into JavaScript objects is the costly step (and
 * most of the garbage), so it happens only when code may be present or a quote needs the text.
 */
export function checkBody(fileText: string, body: string, format: 'mdx' | 'md' = 'mdx'): BodyResult {
  // A .md entry is plain Markdown to Astro: braces and "<" are just text there.
  const mdx = format === 'mdx';
  const source = mdx ? body.replace(MDX_COMMENT, ' ') : body;
  try {
    if (mdx) mdxToJs(fileText);
    else markdownToJs(fileText);
  } catch (e) {
    return {
      compiles: false,
      findings: [compileFinding(String((e as Error).message ?? e), fileText)],
      source,
      text: () => '',
    };
  }
  let tree: MdNode | undefined;
  const treeOf = (): MdNode => (tree ??= (mdx ? mdxToMdast(fileText) : markdownToMdast(fileText)) as unknown as MdNode);
  let text: string | undefined;
  return {
    compiles: true,
    findings: mdx && MAYBE_CODE.test(source) ? codeInBody(treeOf()) : [],
    source,
    text: () => {
      if (text === undefined) {
        const blocks: string[] = [];
        collectBlocks(treeOf(), blocks);
        text = blocks.join('\n');
      }
      return text;
    },
  };
}

function collectBlocks(node: MdNode, blocks: string[]): void {
  if (SKIP.has(node.type)) return;
  const children = node.children ?? [];
  if (children.length > 0 && children.every((c) => INLINE.has(c.type))) {
    const parts: string[] = [];
    for (const c of children) inlineText(c, parts);
    const text = parts.join('');
    if (text.trim()) blocks.push(text);
    return;
  }
  for (const c of children) collectBlocks(c, blocks);
}

function inlineText(node: MdNode, parts: string[]): void {
  if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value ?? '');
  else if (node.type === 'break') parts.push(' ');
  else if (!SKIP.has(node.type)) for (const c of node.children ?? []) inlineText(c, parts);
}

/**
 * `{…}` and `<Component>` in the body are run as code when the page is built. Editors write text,
 * so an expression or an unknown component is almost always a brace or `<` meant as a character,
 * and it would fail the build ("x is not defined") far from the file.
 */
function codeInBody(tree: MdNode): BodyFinding[] {
  const findings: BodyFinding[] = [];
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
    findings.push({
      line: n.position?.start.line ?? 1,
      rule: 'mdx-expression',
      severity: 'error',
      ...bilingual({
        what: {
          vi: `${shown} trong nội dung sẽ bị chạy như mã lệnh khi dựng trang`,
          en: `${shown} in the text would be run as code when the site is built`,
        },
        fix: { vi: 'nếu muốn hiện dấu ngoặc nhọn, viết \\{ và \\}', en: 'to show the braces, write \\{ and \\}' },
      }),
    });
  }
  for (const n of components) {
    if (imported.has(n.name!.split('.')[0]!)) continue;
    findings.push({
      line: n.position?.start.line ?? 1,
      rule: 'mdx-component',
      severity: 'error',
      ...bilingual({
        what: {
          vi: `thẻ <${n.name}> không phải thẻ HTML và chưa được import`,
          en: `<${n.name}> is not an HTML tag and is not imported`,
        },
        fix: {
          vi: 'nếu muốn hiện dấu <, viết \\<; nếu là thành phần, thêm dòng import',
          en: 'to show a “<”, write \\<; for a component, add an import line',
        },
      }),
    });
  }
  return findings;
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}

/** A tag's opening written up to the end of its line without ">" or "/>": `<Kpi metric="total_revenue"`. */
const OPEN_TAG = /^<([A-Za-z][\w.:-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?)*)\s*$/;

/**
 * Sätteri says "6:7: Expected a closing tag for `<div>` (6:7) … (mdx-jsx:unexpected-character)";
 * `fileText`, when given, lets the message name the tag an unparsable "<" starts.
 */
export function compileFinding(raw: string, fileText?: string): BodyFinding {
  const m = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\(([\w:-]+)\))?\s*$/.exec(raw.trim());
  const line = m ? Number(m[1]) : 1;
  const at = m && fileText !== undefined ? (fileText.split(/\r?\n/)[line - 1] ?? '').slice(Number(m[2]) - 1) : '';
  const message = m ? m[3]! : raw.trim();
  const base = { line, rule: 'mdx-syntax', severity: 'error' as const };
  let tag: RegExpExecArray | null;
  if ((tag = /Expected a closing tag for `<([^>`]+)>`/.exec(message))) {
    const t = tag[1]!;
    return {
      ...base,
      ...bilingual({
        what: { vi: `thẻ <${t}> mở nhưng không đóng`, en: `the tag <${t}> is opened but never closed` },
        fix: {
          vi: `đóng thẻ bằng </${t}> (hoặc viết <${t} />); nếu muốn hiện dấu <, viết \\<`,
          en: `close it with </${t}> (or write <${t} />); to show a “<”, write \\<`,
        },
      }),
    };
  }
  if ((tag = /Unexpected closing tag `<\/([^>`]+)>`/.exec(message))) {
    const t = tag[1]!;
    return {
      ...base,
      ...bilingual({
        what: { vi: `thẻ đóng </${t}> không có thẻ mở tương ứng`, en: `the closing tag </${t}> has no opening tag` },
        fix: { vi: `xóa </${t}>, hoặc thêm thẻ mở <${t}>`, en: `delete </${t}>, or add the opening <${t}>` },
      }),
    };
  }
  if (/to create a link in MDX/.test(message) && (tag = /^<([A-Za-z][\w.:-]*)/.exec(at))) {
    const t = tag[1]!;
    const open = OPEN_TAG.exec(at.trimEnd());
    const closed = open ? `<${t}${open[2]!.replace(/\s+$/, '')} />` : `<${t} … />`;
    return {
      ...base,
      ...bilingual({
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
      }),
    };
  }
  if (/to create a link in MDX/.test(message)) {
    return {
      ...base,
      ...bilingual({
        what: { vi: 'dấu < ở đây bị hiểu là mở một thẻ', en: 'this “<” is read as the start of a tag' },
        fix: {
          vi: 'viết \\< để hiện dấu <; liên kết viết dạng [chữ](https://…)',
          en: 'write \\< to show a “<”; write links as [text](https://…)',
        },
      }),
    };
  }
  if (/to create a comment in MDX/.test(message)) {
    return {
      ...base,
      ...bilingual({
        what: { vi: 'MDX không dùng chú thích HTML <!-- … -->', en: 'MDX does not accept HTML comments <!-- … -->' },
        fix: { vi: 'viết chú thích dạng {/* … */}, hoặc xóa nó', en: 'write the comment as {/* … */}, or delete it' },
      }),
    };
  }
  if (/closing brace for `\{`|parse expression/.test(message)) {
    return {
      ...base,
      ...bilingual({
        what: { vi: 'dấu { ở đây bị hiểu là bắt đầu mã lệnh', en: 'this “{” is read as the start of code' },
        fix: { vi: 'viết \\{ và \\} để hiện dấu ngoặc nhọn', en: 'write \\{ and \\} to show braces' },
      }),
    };
  }
  if (/parse esm/i.test(message)) {
    return {
      ...base,
      ...bilingual({
        what: { vi: 'dòng import/export viết sai', en: 'an import/export line is not valid code' },
        fix: {
          vi: 'sửa hoặc xóa dòng này; một dòng bắt đầu bằng “import ” hay “export ” bị hiểu là mã lệnh',
          en: 'fix or delete the line; a line starting with “import ” or “export ” is read as code',
        },
      }),
    };
  }
  return {
    ...base,
    ...bilingual({
      what: { vi: `nội dung MDX không dịch được: ${message}`, en: `the MDX body does not compile: ${message}` },
      fix: { vi: 'xem mục MDX trong docs/editing.md', en: 'see the MDX section of docs/editing.en.md' },
    }),
  };
}
