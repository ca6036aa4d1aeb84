/**
 * An entry file as plain Markdown (`.md`) instead of MDX, for the Markdown-against-MDX benchmark:
 * the same frontmatter, and the body parsed as MDX (what the reader sees) and serialised again by
 * remark-stringify without remark-mdx, so `{` and `<` are no longer escaped for MDX but anything
 * Markdown would misread still is.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const markdownWriter = unified()
  .use(remarkGfm)
  .use(remarkStringify, { emphasis: '*', strong: '*', bullet: '-', fences: true, rule: '-' });

/** The body of an MDX entry as Markdown with the same text. */
export function mdxBodyToMarkdown(body: string): string {
  const tree = mdxParser.parse(body) as Root;
  return markdownWriter.stringify(tree);
}

/** A whole entry file (frontmatter + MDX body) as a Markdown entry file. */
export function mdxFileToMarkdown(text: string): string {
  const m = /^(---\r?\n[\s\S]*?\r?\n---\r?\n)([\s\S]*)$/.exec(text);
  if (!m) throw new Error('not an entry file: no frontmatter between two --- lines');
  return `${m[1]}\n${mdxBodyToMarkdown(m[2]!)}`;
}
