/**
 * The article body as MDX, built from a syntax tree and stringified with remark-mdx, so that any text
 * (braces, angle brackets, "import" at a line start, autolinks, HTML, Markdown markers) comes out
 * escaped and renders verbatim. Never build MDX by string escaping: text is either what the stringifier
 * writes, or text it provably writes unchanged (see blocksToMdx).
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Block } from '../extract/clean.ts';
import { removeControlCharactersInLine } from '../text/controls.ts';

const stringifier = unified()
  .use(remarkGfm)
  .use(remarkMdx)
  .use(remarkStringify, { emphasis: '*', strong: '*', bullet: '-', fences: true, rule: '-' });

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * The text a block shows: control characters taken out (the ingest's cleaning already does, this
 * holds for any caller) and a block is one line. Everything else is kept as written.
 */
export function blockText(text: string): string {
  return removeControlCharactersInLine(text).trim();
}

function paragraph(block: Block): Paragraph | Heading {
  const inline = { type: 'text' as const, value: blockText(block.text) };
  if (block.kind === 'heading') return { type: 'heading', depth: 2, children: [inline] };
  return {
    type: 'paragraph',
    children: block.kind === 'caption' ? [{ type: 'emphasis', children: [inline] }] : [inline],
  };
}

/**
 * Text that the stringifier writes unchanged: letters, digits, spaces and punctuation that is no
 * Markdown, MDX or GFM syntax anywhere in a line ("-" and "+" are, at a line's start; ":" and "/" are
 * in an autolink; a digit and "." or ")" at the start make a list item).
 */
const VERBATIM = /^[\p{L}\p{M}\p{N} ,.;:?!%()/"'“”‘’…–—+-]+$/u;
const NOT_VERBATIM = /^[-+:]|^\d+[.)]|:\/\/|www\./u;

function stringifyOne(block: Block): string {
  return stringifier.stringify({ type: 'root', children: [paragraph(block)] as RootContent[] });
}

/** One block as MDX: written directly when its text needs no escaping, else through the syntax tree. */
function blockMdx(block: Block): string {
  const text = blockText(block.text);
  if (!VERBATIM.test(text) || NOT_VERBATIM.test(text)) return stringifyOne(block).replace(/\n$/u, '');
  return block.kind === 'caption' ? `*${text}*` : block.kind === 'heading' ? `## ${text}` : text;
}

/**
 * The body of an entry: one paragraph per block, captions emphasised. Each block is its syntax-tree
 * node stringified with remark-mdx; a block whose text the stringifier would write unchanged is
 * written as that text directly, which is the same output (a property test holds the two equal) at a
 * fraction of the cost.
 */
export function blocksToMdx(blocks: readonly Block[]): string {
  const parts = blocks.filter((b) => blockText(b.text) !== '').map(blockMdx);
  return escapeEsm(parts.length > 0 ? `${parts.join('\n\n')}\n` : '');
}

/** The same body, always through the whole syntax tree: the reference the direct writing is tested against. */
export function blocksToMdxViaTree(blocks: readonly Block[]): string {
  const tree: Root = {
    type: 'root',
    children: blocks.filter((b) => blockText(b.text) !== '').map(paragraph) as RootContent[],
  };
  return escapeEsm(stringifier.stringify(tree));
}

/** remark-stringify has no "unsafe" rule for ESM at a paragraph start; escape the first letter. */
function escapeEsm(out: string): string {
  return out.replace(/^(import|export)(?=[\s{*])/gmu, (w) => `&#x${w.charCodeAt(0).toString(16)};${w.slice(1)}`);
}

/** Parse an MDX body back into its paragraphs' plain text (what a reader sees), in order. */
export function mdxToPlainParagraphs(mdx: string): string[] {
  const tree = parser.parse(mdx) as Root;
  const out: string[] = [];
  for (const node of tree.children) out.push(plainText(node));
  return out;
}

function plainText(node: unknown): string {
  const n = node as { type: string; value?: string; children?: unknown[] };
  if (n.type === 'text' || n.type === 'inlineCode') return n.value ?? '';
  if (n.type === 'break') return '\n';
  if (n.children) return n.children.map(plainText).join('');
  return '';
}
