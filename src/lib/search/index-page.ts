/**
 * What the search index is given for one built page. Pagefind indexes only the `data-pagefind-body`
 * region of pages that have one, and reads the language from `<html lang>`; everything else of the
 * page (head, navigation, footer) is parsed for nothing. So each page is handed over as a small
 * document: its `<html>` tag, its title and its indexed region, under the file name Pagefind would
 * have found on disk (which fixes the result's URL).
 */

/** The file a built page is written to, relative to the output folder (directory format). */
export function builtFileOf(pathname: string, base: string): string {
  const baseDir = base.endsWith('/') ? base : `${base}/`;
  let rel = pathname.startsWith(baseDir) ? pathname.slice(baseDir.length) : pathname.replace(/^\/+/, '');
  rel = decodeURIComponent(rel);
  if (rel === '' || rel.endsWith('/')) return `${rel}index.html`;
  return /\.html?$/.test(rel) ? rel : `${rel}/index.html`;
}

const BODY_MARK = 'data-pagefind-body';

/**
 * The part of a page the index needs, or null when the page is not to be indexed (no indexed
 * region). The region is the element carrying `data-pagefind-body` (this site puts it on `<main>`
 * only), cut at its own closing tag.
 */
export function indexableDocument(html: string): string | null {
  const mark = html.indexOf(BODY_MARK);
  if (mark < 0) return null;
  const open = html.lastIndexOf('<', mark);
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(open))?.[1];
  if (!tag) return html;
  const close = indexOfClosing(html, tag, open);
  if (close < 0) return html;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const title = /<title\b[^>]*>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  return `<!doctype html>${htmlTag}<head><meta charset="utf-8">${title}</head><body>${html.slice(open, close)}</body></html>`;
}

/** The end of the element of `tag` opened at `from` (after its closing tag), counting nested ones. */
function indexOfClosing(html: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = from;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth -= 1;
    else if (!m[0].endsWith('/>')) depth += 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
