/**
 * Does an entry's body need the MDX compiler, or does Markdown render it to the same HTML?
 *
 * Entries are `.mdx` files, but the ingest writes plain text: paragraphs, emphasised captions and
 * headings, with braces, angle brackets and "import"/"export" at a line's start escaped. Such a body
 * renders to the same HTML as Markdown, which the content layer renders while it syncs (no module to
 * compile and bundle per entry). This decides which bodies qualify, conservatively: anything MDX
 * reads differently from Markdown, anything the two write differently (Astro's JSX renderer writes
 * `<br/>`, `&quot;` and `text-align:right` where Markdown writes `<br>`, `"` and `text-align: right`),
 * anything Astro resolves differently (images) and anything not compared (block quotes, footnotes,
 * lazy lines, code blocks) sends the body to MDX. An entry that adds a component is therefore compiled
 * as MDX, as before.
 *
 * The definition is syntactic and deliberately simple, so that it can later be pointed at the content
 * check's own parser without changing what it promises: false only for bodies made of paragraphs,
 * headings, emphasis, strikethrough, inline code, links, lists and tables without alignment, with
 * backslash escapes and character references. tests/integrations/markdown-when-plain.test.ts builds
 * such bodies both ways and compares the HTML byte for byte.
 */

/** A line that starts ESM in MDX ("import x from …", "export const …"). */
const ESM_LINE = /^[ \t]*(?:import|export)\b/mu;
/** Indented code in Markdown, a paragraph in MDX (indented code is off in MDX). */
const INDENTED_LINE = /^(?: {4}|[ \t]*\t)/mu;
/** A block quote line: its lazy continuation lines are read differently by MDX. */
const BLOCK_QUOTE_LINE = /^ {0,3}>/mu;
/** A fenced code block: highlighted, with a style attribute the two write differently. */
const FENCE_LINE = /^ {0,3}(?:```|~~~)/mu;
/** A thematic break (`<hr>` against `<hr/>`), or a setext underline that may be one. */
const BREAK_LINE = /^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$/mu;
/** A hard line break (`<br>` against `<br/>`): two spaces at a line's end (a backslash: below). */
const HARD_BREAK = / {2,}\n/u;
/** A table delimiter row with an alignment colon (the two write the style differently). */
const ALIGNED_TABLE = /^(?=[^\n]*:)[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/mu;
/** A task list item (`<input …>` against `<input …/>`). */
const TASK_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/mu;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/u;
const LINE_CHECKS = [ESM_LINE, INDENTED_LINE, BLOCK_QUOTE_LINE, FENCE_LINE, BREAK_LINE, HARD_BREAK, TASK_ITEM];

/**
 * True when the body holds anything that may be MDX-specific or rendered differently: a JSX tag or
 * HTML (an unescaped `<`), an expression or comment (an unescaped `{`), ESM, indented or fenced code,
 * an image, a footnote, a block quote, a thematic break, a hard line break, a table with aligned
 * columns, a task list, a lazy continuation line of a list item, or a straight quote (`"`, `'`: MDX
 * writes them as character references). False means Markdown renders the body to the HTML MDX gives.
 */
export function bodyNeedsMdx(body: string): boolean {
  if (LINE_CHECKS.some((re) => re.test(body))) return true;
  if (body.includes('|') && ALIGNED_TABLE.test(body)) return true;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (ch === '"' || ch === "'") return true;
    if (ch === '\\') {
      // An escaped character is text in both, but an escaped quote is still a quote, and a backslash
      // at a line's end is a hard break.
      const next = body[i + 1];
      if (next === '"' || next === "'" || next === '\n') return true;
      i += 1;
      continue;
    }
    // `<` opens JSX or HTML, `{` an expression; a `}` with no `{` before it is text in MDX too.
    if (ch === '<' || ch === '{') return true;
    // An image (`![`) and a footnote (`[^`): Astro resolves images differently in .md and .mdx.
    if (ch === '!' && body[i + 1] === '[') return true;
    if (ch === '[' && body[i + 1] === '^') return true;
  }
  return hasLazyListLine(body);
}

/** A line that continues a list item's paragraph without being indented under it. */
function hasLazyListLine(body: string): boolean {
  let inItem = false;
  for (const line of body.split('\n')) {
    if (line.trim() === '') inItem = false;
    else if (LIST_ITEM.test(line)) inItem = true;
    else if (inItem && !/^ {2}/u.test(line)) return true;
  }
  return false;
}
