import { describe, expect, it } from 'vitest';
import { builtFileOf, indexableDocument } from '../../src/lib/search/index-page.ts';

describe('builtFileOf', () => {
  it('names the file a page is written to, at the root and under a base path', () => {
    expect(builtFileOf('/', '/')).toBe('index.html');
    expect(builtFileOf('/provinces/son-la/', '/')).toBe('provinces/son-la/index.html');
    expect(builtFileOf('/digest/', '/digest/')).toBe('index.html');
    expect(builtFileOf('/digest/en/years/2023/', '/digest/')).toBe('en/years/2023/index.html');
    expect(builtFileOf('/digest/en/years/2023/', '/digest')).toBe('en/years/2023/index.html');
  });

  it('keeps file pages as they are and decodes escaped characters', () => {
    expect(builtFileOf('/404.html', '/')).toBe('404.html');
    expect(builtFileOf('/articles/a%20b/', '/')).toBe('articles/a b/index.html');
    expect(builtFileOf('/timeline', '/')).toBe('timeline/index.html');
  });
});

describe('indexableDocument', () => {
  const page = (main: string): string =>
    `<!doctype html><html lang="vi-VN"><head><meta charset="utf-8"><title>Sơn La · Bưu điện</title><link rel="stylesheet" href="/a.css"></head>` +
    `<body><header><nav>Trang chủ</nav></header>${main}<footer>Chân trang</footer></body></html>`;

  it('keeps the language, the title and the indexed region only', () => {
    const doc = indexableDocument(page('<main id="main" data-pagefind-body><h1>Sơn La</h1><p>Doanh thu</p></main>'))!;
    expect(doc).toContain('<html lang="vi-VN">');
    expect(doc).toContain('<title>Sơn La · Bưu điện</title>');
    expect(doc).toContain('<main id="main" data-pagefind-body><h1>Sơn La</h1><p>Doanh thu</p></main>');
    expect(doc).not.toContain('Trang chủ');
    expect(doc).not.toContain('Chân trang');
    expect(doc).not.toContain('stylesheet');
  });

  it('cuts the region at its own closing tag, past nested elements of the same name', () => {
    const doc = indexableDocument(page('<div data-pagefind-body><div><div>a</div></div><p>b</p></div><div>after</div>'))!;
    expect(doc).toContain('<div data-pagefind-body><div><div>a</div></div><p>b</p></div></body>');
    expect(doc).not.toContain('after');
  });

  it('leaves out pages without an indexed region', () => {
    expect(indexableDocument(page('<main id="main"><h1>Tìm kiếm</h1></main>'))).toBeNull();
  });
});
