/**
 * What the body of an entry or a written digest may contain, and what it finds that it may not.
 *
 * A body is compiled to JavaScript when the site is built (that is what MDX is), so anything it writes
 * as code runs on the build machine, and any HTML it holds is published as written. Editors add files
 * through pull requests, so a body is held to a safe subset:
 *
 * - Markdown: paragraphs, headings, emphasis, lists, tables, block quotes, code, links and images whose
 *   address is relative, `http(s):`, `mailto:` or `tel:` (never `javascript:`, `data:` or another scheme);
 * - plain HTML elements from an allowlist (`<abbr>`, `<sup>`, `<table>`…), each with the attributes
 *   allowlisted for it, written as plain text values: no event handlers (`onerror=`), no `style`, no
 *   `set:html` or other directive, no `srcdoc`, no `{expression}` and no `{...spread}`;
 * - the project's own components by name (src/lib/mdx/project-components.ts) with literal props: a
 *   string, or braces holding only a number, string or boolean literal (`year={2023}`);
 * - MDX comments `{/* … *\/}`.
 *
 * Nothing else: no `import` or `export` line, no other `{expression}` anywhere, no fragment, no
 * member component (`<a.b>`). The check (`npm run check`) reports these as errors, and the content
 * loader refuses such a file when the site is built (src/integrations/safe-content.ts), drafts
 * included, so the safety holds even when the check is not run.
 *
 * A `.md` body is Markdown, whose raw HTML is published as written: its HTML is held to the same
 * allowlists.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Problem } from '../check/problem.ts';
import { isProjectComponent, PROJECT_COMPONENTS } from './project-components.ts';

export interface SafetyFinding {
  /** A line of the text that was read (the whole file, when given the whole file). */
  line: number;
  /** Which construct: for tests and for the check's rule ids. */
  kind:
    | 'esm'
    | 'expression'
    | 'fragment'
    | 'element'
    | 'component'
    | 'attribute'
    | 'attribute-expression'
    | 'spread'
    | 'prop'
    | 'url'
    | 'html';
  /** What was found, as the editor wrote it (shortened). */
  found: string;
  vi: { what: string; fix: string };
  en: { what: string; fix: string };
}

/** Elements a body may write, with the attributes each may carry beyond the global ones. */
const ELEMENTS: Record<string, readonly string[]> = {
  a: ['href', 'hreflang', 'rel', 'target'],
  abbr: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  section: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};
/** Attributes any allowed element may carry (`aria-*` and `data-*` too). */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'title', 'lang', 'dir', 'role', 'translate', 'hidden']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

interface Node {
  type: string;
  value?: string | null;
  name?: string | null;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number } };
}
interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/**
 * What a body holds that it may not. `text` is the whole file (frontmatter and body), so that lines
 * are the file's; `format` is the file's (`.md` bodies are Markdown with raw HTML).
 */
export function unsafeConstructs(text: string, format: 'mdx' | 'md' = 'mdx'): SafetyFinding[] {
  if (!mayHoldUnsafe(text)) return [];
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(text) : markdownToMdast(text)) as unknown as Node;
  } catch {
    // A body that does not parse does not compile either: the compiler (and the check) refuse it.
    return [];
  }
  const findings: SafetyFinding[] = [];
  walk(tree, findings);
  return findings;
}

/**
 * The findings of a file (`file` as the editor sees it, `text` the whole file) as the check's
 * problems: what `npm run check` prints and what stops the build.
 */
export function bodySafetyProblems(file: string, text: string): Problem[] {
  return unsafeConstructs(text, /\.md$/i.test(file) ? 'md' : 'mdx').map((f) => ({
    file,
    line: f.line,
    field: 'body',
    severity: 'error',
    rule: 'unsafe-body',
    vi: f.vi,
    en: f.en,
  }));
}

/**
 * A cheap first look, so that the usual body (plain text) is not parsed: only a `<`, `{`, a line
 * starting with import/export, or a link or definition (`](`, `]:`) can hold anything unsafe.
 */
export function mayHoldUnsafe(text: string): boolean {
  return /[<{]|\]\s*[(:]|^[ \t]*(?:import|export)\b/mu.test(text);
}

function walk(node: Node, out: SafetyFinding[]): void {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'mdxjsEsm':
      out.push(esmFinding(line, node.value ?? ''));
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isComment(node.value ?? '')) out.push(expressionFinding(line, node.value ?? ''));
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      jsxElement(node, line, out);
      break;
    case 'link':
    case 'image':
    case 'definition':
      if (node.url !== undefined && !isSafeUrl(node.url)) out.push(urlFinding(line, node.url));
      break;
    case 'html':
      rawHtml(node.value ?? '', line, out);
      return;
  }
  for (const child of node.children ?? []) walk(child, out);
}

function jsxElement(node: Node, line: number, out: SafetyFinding[]): void {
  const name = node.name;
  if (!name) {
    out.push(
      finding(line, 'fragment', '<>', {
        vi: ['thẻ rỗng <>…</> không được dùng trong nội dung', 'xóa <> và </>, giữ phần chữ bên trong'],
        en: ['an empty tag <>…</> is not allowed in the text', 'delete <> and </>, keep the text inside'],
      }),
    );
    return;
  }
  const component = /^[A-Z]/.test(name) || name.includes('.');
  if (component) {
    if (!isProjectComponent(name)) {
      out.push(componentFinding(line, name));
      return;
    }
    for (const attribute of node.attributes ?? []) componentProp(name, attribute, line, out);
    return;
  }
  const allowed = ELEMENTS[name.toLowerCase()];
  if (allowed === undefined) {
    out.push(elementFinding(line, name));
    return;
  }
  for (const attribute of node.attributes ?? []) htmlAttribute(name, allowed, attribute, line, out);
}

function componentProp(component: string, attribute: Attribute, line: number, out: SafetyFinding[]): void {
  if (attribute.type !== 'mdxJsxAttribute') {
    out.push(spreadFinding(line, component, String(attribute.value ?? '')));
    return;
  }
  const value = attribute.value;
  if (value === null || value === undefined || typeof value === 'string') return;
  if (!isLiteral(value.value)) {
    out.push(
      finding(line, 'prop', `${attribute.name}={${value.value}}`, {
        vi: [
          `thuộc tính ${attribute.name} của <${component}> là mã lệnh {${short(value.value)}}`,
          `chỉ viết giá trị cố định: ${attribute.name}="…" hoặc ${attribute.name}={2023}`,
        ],
        en: [
          `the prop ${attribute.name} of <${component}> is code {${short(value.value)}}`,
          `write a plain value only: ${attribute.name}="…" or ${attribute.name}={2023}`,
        ],
      }),
    );
  }
}

function htmlAttribute(
  element: string,
  allowed: readonly string[],
  attribute: Attribute,
  line: number,
  out: SafetyFinding[],
): void {
  if (attribute.type !== 'mdxJsxAttribute') {
    out.push(spreadFinding(line, element, String(attribute.value ?? '')));
    return;
  }
  const name = attribute.name ?? '';
  const value = attribute.value;
  if (!attributeAllowed(allowed, name)) {
    out.push(attributeFinding(line, element, name));
    return;
  }
  if (value !== null && value !== undefined && typeof value !== 'string') {
    out.push(
      finding(line, 'attribute-expression', `${name}={${value.value}}`, {
        vi: [
          `thuộc tính ${name} của thẻ <${element}> là mã lệnh {${short(value.value)}}, sẽ bị chạy khi dựng trang`,
          `viết giá trị trong dấu nháy: ${name}="…"`,
        ],
        en: [
          `the attribute ${name} of <${element}> is code {${short(value.value)}}, which would run when the site is built`,
          `write the value in quotes: ${name}="…"`,
        ],
      }),
    );
    return;
  }
  if (typeof value === 'string' && URL_ATTRIBUTES.has(name.toLowerCase()) && !isSafeUrl(value))
    out.push(urlFinding(line, value));
}

function attributeAllowed(allowed: readonly string[], name: string): boolean {
  const lower = name.toLowerCase();
  if (name !== lower && !/^aria-|^data-/i.test(name)) return false;
  if (GLOBAL_ATTRIBUTES.has(lower) || allowed.includes(lower)) return true;
  return /^aria-[a-z]+$/.test(lower) || /^data-[a-z0-9-]+$/.test(lower);
}

/** `2023`, `-1.5`, `"son-la"`, `'x'`, `true`, `false`: a literal and nothing else. */
export function isLiteral(code: string): boolean {
  const c = code.trim();
  return (
    /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i.test(c) ||
    /^"(?:[^"\\\n]|\\[^\n])*"$/.test(c) ||
    /^'(?:[^'\\\n]|\\[^\n])*'$/.test(c) ||
    c === 'true' ||
    c === 'false'
  );
}

function isComment(code: string): boolean {
  const c = code.trim();
  return c === '' || /^\/\*(?:(?!\*\/)[\s\S])*\*\/$/.test(c);
}

/**
 * An address a reader's browser may follow or load: relative, or with a scheme from the allowlist.
 * Character references and the tabs and newlines browsers ignore in a scheme are undone first.
 */
export function isSafeUrl(raw: string): boolean {
  const url = decodeReferences(raw)
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  const head = url.split(/[/?#]/, 1)[0]!;
  // A reference we did not decode may still spell a scheme in the browser.
  if (head.includes('&')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(head);
  return scheme === null || SAFE_SCHEMES.has(scheme[1]!);
}

const NAMED_REFERENCES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  sol: '/',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  period: '.',
  lpar: '(',
  rpar: ')',
};

function decodeReferences(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED_REFERENCES[ref.toLowerCase()] ?? all;
  });
}

/** Raw HTML of a `.md` body: every tag is held to the same allowlists as MDX's. */
function rawHtml(html: string, line: number, out: SafetyFinding[]): void {
  const TAG = /<(!--[\s\S]*?(?:-->|$)|[!?][^>]*>?|\/?([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?)/g;
  for (const m of html.matchAll(TAG)) {
    const at = line + (html.slice(0, m.index).match(/\n/g)?.length ?? 0);
    if (m[1]!.startsWith('!--')) continue;
    const name = m[2];
    if (name === undefined) {
      out.push(
        finding(at, 'html', short(m[0]), {
          vi: ['khai báo HTML này không được dùng trong nội dung', 'xóa nó'],
          en: ['this HTML declaration is not allowed in the text', 'delete it'],
        }),
      );
      continue;
    }
    // A closing tag does nothing on its own; its opening tag is the one judged.
    if (m[0][1] === '/') continue;
    const allowed = ELEMENTS[name.toLowerCase()];
    if (allowed === undefined) {
      out.push(elementFinding(at, name));
      continue;
    }
    const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    for (const a of (m[3] ?? '').matchAll(ATTRIBUTE)) {
      const attrName = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4];
      if (!attributeAllowed(allowed, attrName)) out.push(attributeFinding(at, name, a[1]!));
      else if (value !== undefined && URL_ATTRIBUTES.has(attrName) && !isSafeUrl(value))
        out.push(urlFinding(at, value));
    }
  }
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 37)}…` : one;
}

function finding(
  line: number,
  kind: SafetyFinding['kind'],
  found: string,
  words: { vi: [string, string]; en: [string, string] },
): SafetyFinding {
  return {
    line,
    kind,
    found: short(found),
    vi: { what: words.vi[0], fix: words.vi[1] },
    en: { what: words.en[0], fix: words.en[1] },
  };
}

function esmFinding(line: number, code: string): SafetyFinding {
  return finding(line, 'esm', code, {
    vi: [
      `dòng “${short(code)}” là mã lệnh (import/export), không được dùng trong nội dung`,
      'xóa dòng này; nếu đó là chữ của bài, viết \\ trước chữ đầu dòng (\\import …)',
    ],
    en: [
      `the line “${short(code)}” is code (import/export), which the text may not hold`,
      'delete the line; if it is the article’s text, write \\ before its first word (\\import …)',
    ],
  });
}

function expressionFinding(line: number, code: string): SafetyFinding {
  return finding(line, 'expression', `{${code}}`, {
    vi: [
      `{${short(code)}} trong nội dung sẽ bị chạy như mã lệnh khi dựng trang`,
      'nếu muốn hiện dấu ngoặc nhọn, viết \\{ và \\}',
    ],
    en: [
      `{${short(code)}} in the text would be run as code when the site is built`,
      'to show the braces, write \\{ and \\}',
    ],
  });
}

function componentFinding(line: number, name: string): SafetyFinding {
  const list = PROJECT_COMPONENTS.map((c) => `<${c}>`).join(', ');
  return finding(line, 'component', `<${name}>`, {
    vi: [
      `thẻ <${name}> không phải thẻ HTML cũng không phải thành phần của dự án`,
      `nếu muốn hiện dấu <, viết \\<; các thành phần được dùng: ${list}`,
    ],
    en: [
      `<${name}> is neither an HTML tag nor one of the project’s components`,
      `to show a “<”, write \\<; the components are ${list}`,
    ],
  });
}

function elementFinding(line: number, name: string): SafetyFinding {
  return finding(line, 'element', `<${name}>`, {
    vi: [
      `thẻ <${name}> không được dùng trong nội dung (chỉ các thẻ trình bày như <abbr>, <sup>, <table>)`,
      `xóa thẻ <${name}>; nếu muốn hiện dấu <, viết \\<`,
    ],
    en: [
      `the tag <${name}> is not allowed in the text (only presentational tags such as <abbr>, <sup>, <table>)`,
      `delete the <${name}> tag; to show a “<”, write \\<`,
    ],
  });
}

function attributeFinding(line: number, element: string, name: string): SafetyFinding {
  const why = /^on/i.test(name)
    ? { vi: ' (trình xử lý sự kiện chạy mã lệnh)', en: ' (an event handler runs code)' }
    : { vi: '', en: '' };
  return finding(line, 'attribute', name, {
    vi: [`thuộc tính ${name} không được dùng trên thẻ <${element}>${why.vi}`, `xóa ${name}=…`],
    en: [`the attribute ${name} is not allowed on <${element}>${why.en}`, `delete ${name}=…`],
  });
}

function spreadFinding(line: number, element: string, code: string): SafetyFinding {
  return finding(line, 'spread', `{${code}}`, {
    vi: [`{${short(code)}} trong thẻ <${element}> là mã lệnh`, 'xóa nó; viết từng thuộc tính với giá trị cố định'],
    en: [`{${short(code)}} in <${element}> is code`, 'delete it; write each attribute with a plain value'],
  });
}

function urlFinding(line: number, url: string): SafetyFinding {
  return finding(line, 'url', url, {
    vi: [
      `địa chỉ “${short(url)}” không được dùng: chỉ địa chỉ http(s), mailto, tel hoặc đường dẫn trong trang`,
      'thay bằng địa chỉ https://…, hoặc xóa liên kết',
    ],
    en: [
      `the address “${short(url)}” is not allowed: only http(s), mailto, tel or a path within the site`,
      'use an https://… address, or remove the link',
    ],
  });
}
