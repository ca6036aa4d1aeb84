/**
 * The MDX body: does it compile with the parser Astro 7 uses (Sätteri), and what plain text does a reader
 * see (for finding quotes)? What it may hold is the safe subset's to say (rules/body.ts: unsafeBodyFindings).
 */
import { markdownToJs, markdownToMdast, mdxToJs, mdxToMdast } from 'satteri';
import type { Finding } from './problem.ts';
import { compileFinding } from './rules/body.ts';

export interface BodyResult {
  /** False when the MDX does not compile (then findings says why). */
  compiles: boolean;
  findings: Finding[];
  /**
   * The body's source with MDX comments removed. A quote found here word for word needs no parse;
   * `text()` is only wanted for the rest (escapes such as \{, emphasis inside a quote).
   */
  source: string;
  /** Plain text a reader sees, one block (paragraph, heading, cell) per line; parsed on first use. */
  text(): string;
}

/** A node of the Markdown tree, as far as the check reads it. */
export interface MdNode {
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

/**
 * `body` is the text after the frontmatter; `fileText` the whole file, compiled whole so that
 * positions are file lines. Turning Sätteri's tree into JavaScript objects is the costly step (and
 * most of the garbage), so it happens only when a quote needs the text.
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
    findings: [],
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
