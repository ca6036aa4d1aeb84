import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementText, readMainText } from '../../src/lib/html/main-text.ts';
import { NO_ARTICLE_TEXT, NOT_HTML, readPage } from '../../src/lib/html/page.ts';

const doc = (html: string): Document => new JSDOM(html).window.document;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('the text of an element', () => {
  it('is what a reader sees: a line a block, line breaks kept, table cells side by side', () => {
    const d = doc(`<div id="x">
      <p>Năm 2017,   tổng doanh thu
         đạt <b>107</b> tỷ đồng.</p>
      <p>Dòng một<br>Dòng hai</p>
      <table><tr><td>Doanh thu</td><td>107 tỷ</td></tr></table>
      <figure><img alt="ảnh (chữ thay thế)"><figcaption>Toàn cảnh hội nghị</figcaption></figure>
    </div>`);
    expect(elementText(d.getElementById('x')!)).toBe(
      'Năm 2017, tổng doanh thu đạt 107 tỷ đồng.\n\nDòng một\n\nDòng hai\n\nDoanh thu 107 tỷ\n\nToàn cảnh hội nghị',
    );
  });

  it('leaves out scripts, styles, hidden elements and buttons', () => {
    const d = doc(`<div id="x"><p>Bài viết.</p><script>var a = 1;</script><style>p{}</style>
      <p hidden>ẩn</p><p aria-hidden="true">ẩn</p><button>Nghe đọc bài</button><noscript>Bật JavaScript</noscript></div>`);
    expect(elementText(d.getElementById('x')!)).toBe('Bài viết.');
  });
});

describe('the main text of a page', () => {
  it('is not found on a page that lists articles', () => {
    const list = Array.from(
      { length: 20 },
      (_, i) => `<li><a href="/bai-${i}.html">Bưu điện tỉnh tổ chức hội nghị số ${i}</a></li>`,
    );
    expect(readMainText(doc(`<html><body><h1>Kinh tế</h1><ul>${list.join('')}</ul></body></html>`))).toBeNull();
  });

  it('gives a clear problem for a page without an article and for what is not a page', () => {
    expect(readPage(utf8('<html><body><h1>404</h1><p>Không tìm thấy trang.</p></body></html>'))).toEqual({
      ok: false,
      problem: NO_ARTICLE_TEXT,
    });
    expect(readPage(utf8('%PDF-1.7\n1 0 obj <<>> endobj'))).toEqual({ ok: false, problem: NOT_HTML });
    expect(readPage(utf8('{"title": "Bưu điện"}'))).toEqual({ ok: false, problem: NOT_HTML });
  });
});
