import { describe, expect, it } from 'vitest';
import { charsetOf, decodePage } from '../../src/lib/html/charset.ts';
import { readPage } from '../../src/lib/html/page.ts';
import { pageBytes } from './fixtures.ts';
import { encodeWindows1258 } from './windows-1258.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const WORDS = 'Bưu điện tỉnh Thanh Hóa tổng kết năm 2016: doanh thu tăng 20%, được tặng Cờ thi đua';

describe('decoding a page', () => {
  it('reads Windows-1258, whose tone marks are combining characters, into NFC text', () => {
    const bytes = encodeWindows1258(
      `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>${WORDS}`,
    );
    // "ệ" is written as "ê" and a combining dot below (0xF2), "ổ" as "ô" and a combining hook (0xD2).
    expect([...bytes]).toContain(0xf2);
    expect([...bytes]).toContain(0xd2);
    const page = decodePage(bytes);
    expect(page.encoding).toBe('windows-1258');
    expect(page.text).toContain(WORDS);
    expect(page.text).toBe(page.text.normalize('NFC'));
  });

  it('takes the charset the server sends over the one the page declares, and a BOM over both', () => {
    const declared1258 = `<meta charset="windows-1258"><p>${WORDS}`;
    expect(decodePage(utf8(declared1258), 'text/html; charset=UTF-8').text).toContain(WORDS);
    expect(decodePage(encodeWindows1258(`<p>${WORDS}`), 'text/html; charset="windows-1258"').text).toContain(WORDS);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(`<p>${WORDS}`)]);
    expect(decodePage(bom, 'text/html; charset=windows-1258')).toMatchObject({
      text: `<p>${WORDS}`,
      encoding: 'UTF-8',
    });
  });

  it('reads a page that declares nothing as UTF-8 when it is, else as Windows-1258 (the Vietnamese default)', () => {
    expect(decodePage(utf8(`<p>${WORDS}`))).toMatchObject({ encoding: 'UTF-8', from: 'utf-8 by content' });
    expect(decodePage(encodeWindows1258(`<p>${WORDS}`))).toMatchObject({
      text: `<p>${WORDS}`,
      encoding: 'windows-1258',
      from: 'vietnamese default',
    });
  });

  it('finds a <meta charset> after a long head of scripts, as saved pages have', () => {
    const head = `<script>${'var x = 1;\n'.repeat(300)}</script>`;
    expect(decodePage(encodeWindows1258(`<head>${head}<meta charset="windows-1258"></head><p>${WORDS}`)).encoding).toBe(
      'windows-1258',
    );
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset=windows-1258')).toBe('windows-1258');
    expect(charsetOf('text/html;charset="UTF-8"')).toBe('UTF-8');
    expect(charsetOf('text/html')).toBeUndefined();
    expect(charsetOf(null)).toBeUndefined();
  });

  it('reads a whole Windows-1258 page as the same article as its UTF-8 copy', () => {
    const html = pageBytes('buudientayninh-07.html').toString('utf8');
    const legacy = encodeWindows1258(html.replace('charset=UTF-8', 'charset=windows-1258'));
    const a = readPage(legacy);
    const b = readPage(pageBytes('buudientayninh-07.html'));
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.encoding).toBe('windows-1258');
      expect(a.rawArticle).toBe(b.rawArticle);
    }
  });
});
