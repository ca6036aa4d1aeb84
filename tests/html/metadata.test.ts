import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata, withoutSiteName } from '../../src/lib/html/metadata.ts';

const ARTICLE = '<p>Ngày 9-1, Bưu điện tỉnh tổ chức hội nghị tổng kết năm 2017.</p>';

function meta(head: string, body = ARTICLE, options: { fetchedFrom?: string } = {}) {
  const html = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  return readMetadata(new JSDOM(html).window.document, { html, ...options }).metadata;
}

describe('the title', () => {
  it('is og:title, else the JSON-LD headline, else the article <h1>, else <title> without the site name', () => {
    const h1 = '<h1>Bưu điện tỉnh tổng kết năm 2017</h1>';
    expect(meta('<meta property="og:title" content="Tiêu đề OG"><title>T - Báo X</title>', h1).title).toBe(
      'Tiêu đề OG',
    );
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tiêu đề LD"}</script>';
    expect(meta(ld, h1).title).toBe('Tiêu đề LD');
    expect(meta('<title>Khác - Báo X</title>', h1).title).toBe('Bưu điện tỉnh tổng kết năm 2017');
    expect(
      meta('<title>Bưu điện tỉnh tổng kết năm 2017 - Báo Quảng Bình điện tử</title>', ARTICLE, {
        fetchedFrom: 'https://www.baoquangbinh.vn/a.html',
      }).title,
    ).toBe('Bưu điện tỉnh tổng kết năm 2017');
  });

  it("takes the site's name off by og:site_name, the publisher or the site's address, at either end", () => {
    expect(withoutSiteName('Bưu điện tỉnh tổng kết | Báo Gia Lai điện tử', ['Báo Gia Lai điện tử'], null)).toBe(
      'Bưu điện tỉnh tổng kết',
    );
    expect(withoutSiteName('VNPost - Bưu điện tỉnh tổng kết', [], 'http://www.vnpost.vn/x')).toBe(
      'Bưu điện tỉnh tổng kết',
    );
    expect(withoutSiteName('Bưu điện tỉnh Nghệ An tổng kết - Báo Nghệ An', [], 'https://baonghean.vn/x')).toBe(
      'Bưu điện tỉnh Nghệ An tổng kết',
    );
    // A dash inside the headline is the headline's.
    const headline = 'Bưu điện tỉnh triển khai kế hoạch: Đổi mới tư duy – Quyết liệt hành động – Bứt phá';
    expect(withoutSiteName(headline, ['VNPost'], 'https://vnpost.vn/x')).toBe(headline);
  });

  it("is never the logo's <h1>, and comes from the part of <title> the page prints as its heading", () => {
    const body = `<h1 class="logo"><a href="/"><img alt="Tổng công ty Bưu điện Việt Nam"></a>Tổng công ty Bưu điện Việt Nam</h1>
      <div class="news-title">Bưu điện tỉnh Quảng Ngãi triển khai kế hoạch</div>${ARTICLE}`;
    expect(meta('<title>Trang tin - Bưu điện tỉnh Quảng Ngãi triển khai kế hoạch</title>', body).title).toBe(
      'Bưu điện tỉnh Quảng Ngãi triển khai kế hoạch',
    );
  });
});

describe('the publication date', () => {
  it('is read from the metas, JSON-LD (also in @graph), <time> and a dated byline, in that order', () => {
    expect(meta('<meta property="article:published_time" content="2018-01-09T08:42:00Z">').publishedAt).toBe(
      '2018-01-09T15:42',
    );
    expect(meta('<meta itemprop="datePublished" content="2018-01-09">').publishedAt).toBe('2018-01-09');
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2022-01-07T16:35:00+07:00' }],
    };
    expect(meta(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`).publishedAt).toBe(
      '2022-01-07T16:35',
    );
    expect(
      meta('', `<h1>Tin</h1><time datetime="2026-01-14T15:20:00+07:00">14/01/2026</time>${ARTICLE}`).publishedAt,
    ).toBe('2026-01-14T15:20');
    expect(
      meta('', `<h1>Tin</h1><div class="detail-time">Cập nhật lúc 16:27, Thứ Ba, 09/01/2018 (GMT+7)</div>${ARTICLE}`)
        .publishedAt,
    ).toBe('2018-01-09T16:27');
  });

  it("is not the site's date of today, nor the date of another article in a list", () => {
    const body = `<div class="date-today">Thứ Tư, 10/01/2018</div>
      <ul class="menu"><li><a href="/a">Tin cũ</a> <span class="date">05/01/2018 10:00</span></li></ul>
      <h1>Tin</h1><span class="post-date">09/01/2018 16:27</span>${ARTICLE}`;
    expect(meta('', body).publishedAt).toBe('2018-01-09T16:27');
    expect(meta('', `<div class="date-today">Thứ Tư, 10/01/2018</div>${ARTICLE}`).publishedAt).toBeNull();
  });

  it('skips a broken JSON-LD block and reads the next place', () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-01",}</script>
      <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-06T09:12:00+07:00"}</script>`;
    expect(meta(head).publishedAt).toBe('2020-01-06T09:12');
  });
});

describe('publisher, address and author', () => {
  it('reads the publisher from og:site_name, else from JSON-LD', () => {
    expect(meta('<meta property="og:site_name" content="Báo Huế">').publisher).toBe('Báo Huế');
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Báo Nghệ An"}}</script>';
    expect(meta(ld).publisher).toBe('Báo Nghệ An');
  });

  it("reads the address from the canonical link, og:url, the fetched address or a browser's note, made absolute", () => {
    expect(
      meta('<link rel="canonical" href="/kinh-te/bai-1.html">', ARTICLE, {
        fetchedFrom: 'https://baonghean.vn/x?utm=1',
      }).url,
    ).toBe('https://baonghean.vn/kinh-te/bai-1.html');
    expect(meta('<meta property="og:url" content="https://huengaynay.vn/a.html">').url).toBe(
      'https://huengaynay.vn/a.html',
    );
    expect(meta('', ARTICLE, { fetchedFrom: 'https://vnpost.vn/b' }).url).toBe('https://vnpost.vn/b');
    const saved = readMetadata(new JSDOM('<p>x</p>').window.document, {
      html: '<!DOCTYPE html>\n<!-- saved from url=(0031)http://buudientayninh.vn/a.html -->\n<p>x</p>',
    });
    expect(saved.metadata.url).toBe('http://buudientayninh.vn/a.html');
    expect(meta('').url).toBeNull();
  });

  it("does not take a canonical link to the site's front page for the article's address", () => {
    expect(
      meta('<link rel="canonical" href="https://baogialai.com.vn/">', ARTICLE, {
        fetchedFrom: 'https://baogialai.com.vn/a-1.html',
      }).url,
    ).toBe('https://baogialai.com.vn/a-1.html');
  });

  it('reads the author from JSON-LD or the author metas, not a link or the site itself', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Thu Huyền"}]}</script>';
    expect(meta(ld).author).toBe('Thu Huyền');
    expect(meta('<meta name="author" content="Lê Lan">').author).toBe('Lê Lan');
    expect(meta('<meta property="article:author" content="https://facebook.com/baogialai">').author).toBeNull();
    expect(
      meta('<meta property="og:site_name" content="Báo Huế"><meta name="author" content="Báo Huế">').author,
    ).toBeNull();
  });
});
