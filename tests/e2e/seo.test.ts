/**
 * What the built site tells search engines, social sites and feed readers, read from the built files at
 * both bases: the Open Graph image (absolute, from SITE_URL and BASE_PATH, with its size and alt text),
 * the feeds of both languages (every item dated, linking its language's page), noindex on search
 * results, and the 404 page's language switch.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { bestDate } from '../../src/lib/digest/feed.ts';
import { TEST_SITE_URL } from './support/build-site.ts';
import { publishedEntries } from './support/content.ts';

const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(['root', 'digest'] as const)('site built at %s', (name) => {
  const { dir, base } = inject('e2e').sites[name];
  const origin = `${TEST_SITE_URL}${base}`;
  const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');

  it.each(['index.html', 'en/index.html', 'provinces/index.html', 'en/timeline/index.html'])(
    '%s: Open Graph image, absolute, with size and alt text',
    (rel) => {
      const html = read(rel);
      expect(meta(html, 'og:image')).toBe(`${origin}og-default.png`);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')?.length).toBeGreaterThan(20);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(pngSize(path.join(dir, 'og-default.png'))).toEqual({ width: 1200, height: 630 });
    },
  );

  it.each([
    ['vi', 'rss.xml', 'articles/'],
    ['en', 'en/rss.xml', 'en/articles/'],
  ] as const)('%s feed: every item dated and linking its language’s article page', (lang, feed, articles) => {
    const xml = read(feed);
    expect(xml).toContain(`<language>${lang === 'vi' ? 'vi-VN' : 'en-US'}</language>`);
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const dated = publishedEntries().filter((e) => bestDate(e.data) !== null);
    expect(items.length).toBe(Math.min(100, dated.length));
    for (const item of items) {
      expect(item).toMatch(/<pubDate>[^<]+<\/pubDate>/);
      expect(/<link>([^<]+)<\/link>/.exec(item)?.[1]).toMatch(
        new RegExp(`^${origin.replace(/[.]/g, '\\.')}${articles}[^/]+/$`),
      );
    }
    const dates = items.map((i) => Date.parse(/<pubDate>([^<]+)</.exec(i)![1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('each language’s pages announce their own feed', () => {
    expect(read('index.html')).toContain(`type="application/rss+xml" title="RSS bài viết" href="${origin}rss.xml"`);
    expect(read('en/index.html')).toContain(
      `type="application/rss+xml" title="Articles RSS feed" href="${origin}en/rss.xml"`,
    );
  });

  it('search results ask not to be indexed; other pages do not', () => {
    for (const rel of ['search/index.html', 'en/search/index.html'])
      expect(meta(read(rel), 'robots')).toBe('noindex, follow');
    expect(meta(read('index.html'), 'robots')).toBeUndefined();
  });

  it('the 404 page speaks both languages and its switch jumps to the English part', () => {
    const html = read('404.html');
    expect(html).toContain('id="not-found-vi"');
    expect(html).toContain('id="not-found-en"');
    expect(html).toMatch(/<a class="lang-switch" href="#not-found-en"/);
  });
});
