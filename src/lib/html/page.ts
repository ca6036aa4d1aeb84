/**
 * A news page (saved from a browser, or fetched) to the raw article text the ingest reads: the same
 * `key: value` header a person types at the top of a .txt file (see src/lib/extract/raw.ts), then the
 * headline and the article's text. Everything after this is the ingest of a text file.
 *
 *     source: https://baoquangbinh.vn/…/nam-2018-buu-dien-tinh-…-2152760/
 *     published: 2018-01-09T16:27
 *     title: Năm 2018, Bưu điện tỉnh phấn đấu đạt doanh thu trên 149 tỷ đồng
 *     publisher: Báo Quảng Bình
 *     retrieved-as: full
 *
 *     Năm 2018, Bưu điện tỉnh phấn đấu đạt doanh thu trên 149 tỷ đồng
 *
 *     (QBĐT) - Sáng 9-1, Bưu điện tỉnh tổ chức hội nghị …
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { slugify } from '../text/fold.ts';
import { decodePage } from './charset.ts';
import { readMainText } from './main-text.ts';
import { readMetadata, type PageMetadata } from './metadata.ts';

/** A message for the person running the ingest: what went wrong and what to do, in both languages. */
export interface Problem {
  vi: string;
  en: string;
}

export interface PageReading {
  metadata: PageMetadata;
  /** The article's text: paragraphs and captions, one a block, blank lines between. */
  text: string;
  /** The input for the ingest: header lines, a blank line, the headline, the text. */
  rawArticle: string;
  /** The encoding the bytes were read in. */
  encoding: string;
}

export type PageResult = ({ ok: true } & PageReading) | { ok: false; problem: Problem };

export interface ReadPageOptions {
  /** The HTTP Content-Type of a fetched page (its charset counts before the page's own). */
  contentType?: string | null;
  /** Where the page was fetched from, after redirects. */
  fetchedFrom?: string;
}

/** Does the text look like an HTML document at all (not a PDF, an image or JSON saved as .html)? */
function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)[\s>/]/iu.test(text.slice(0, 65536));
}

/** A header value on one line: the header ends at the first blank line. */
const headerValue = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The raw article text for the ingest, from what the page says and its text. */
export function toRawArticle(metadata: PageMetadata, text: string): string {
  const header = [
    ['source', metadata.url],
    ['published', metadata.publishedAt],
    ['title', metadata.title],
    ['publisher', metadata.publisher],
    ['author', metadata.author],
    ['retrieved-as', 'full'],
  ]
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && headerValue(pair[1]) !== '')
    .map(([k, v]) => `${k}: ${headerValue(v)}`);
  // The headline heads the text, as on the page and in a copied .txt (unless the text starts with it).
  const first = text.split('\n', 1)[0] ?? '';
  const title = metadata.title && slugify(first) !== slugify(metadata.title) ? `${metadata.title}\n\n` : '';
  return `${header.join('\n')}\n\n${title}${text}\n`;
}

export const NOT_HTML: Problem = {
  vi: 'tệp không phải một trang web (HTML); hãy lưu trang bằng trình duyệt ("Lưu trang thành…", dạng HTML) rồi nhập lại',
  en: 'this is not a web page (HTML); save the page from a browser ("Save page as…", HTML) and ingest that file',
};

export const NO_ARTICLE_TEXT: Problem = {
  vi: 'trang không có nội dung bài viết (chỉ có menu, danh sách tin hoặc trang báo lỗi); hãy kiểm tra đây đúng là trang của chính bài viết',
  en: "the page has no article text (only menus, a list of articles or an error page); check that this is the article's own page",
};

const unreadable = (err: unknown): Problem => ({
  vi: `không đọc được trang (${(err as Error).message}); đây là lỗi của công cụ nhập, hãy báo kèm tệp hoặc địa chỉ này`,
  en: `the page could not be read (${(err as Error).message}); this is a bug in the ingest, please report it with this file or address`,
});

/** The longest line of page furniture around a date: its ancestors while their text stays short. */
function dateLine(el: Element): Element {
  let line = el;
  for (let up = el.parentElement; up && up.localName !== 'body'; up = up.parentElement) {
    if ((up.textContent ?? '').replace(/\s+/gu, ' ').trim().length > 120 || up.querySelector('p, h1, h2, img')) break;
    line = up;
  }
  return line;
}

/** Read a page from its bytes. Never throws: what goes wrong is a Problem for the person. */
export function readPage(bytes: Uint8Array, options: ReadPageOptions = {}): PageResult {
  const { text: html, encoding } = decodePage(bytes, options.contentType);
  if (!looksLikeHtml(html)) return { ok: false, problem: NOT_HTML };
  let dom: JSDOM | null = null;
  try {
    // No scripts run and nothing is loaded: the page is only read. Its console (CSS it cannot parse) is silenced.
    dom = new JSDOM(html, {
      contentType: 'text/html',
      virtualConsole: new VirtualConsole(),
      ...(options.fetchedFrom ? { url: options.fetchedFrom } : {}),
    });
    const doc = dom.window.document;
    const { metadata, printedDate } = readMetadata(doc, {
      html,
      ...(options.fetchedFrom ? { fetchedFrom: options.fetchedFrom } : {}),
    });
    // The date line is in the header now: out of the text, with the short line it sits on (views,
    // share buttons); a date inside a sentence of the text stays.
    if (printedDate && !printedDate.closest('p, li, td, blockquote')) dateLine(printedDate).remove();
    const main = readMainText(doc);
    if (!main) return { ok: false, problem: NO_ARTICLE_TEXT };
    if (!metadata.author && main.byline && main.byline.length <= 80 && !/https?:/u.test(main.byline))
      metadata.author = main.byline;
    return { ok: true, metadata, text: main.text, rawArticle: toRawArticle(metadata, main.text), encoding };
  } catch (err) {
    return { ok: false, problem: unreadable(err) };
  } finally {
    dom?.window.close();
  }
}
