import { describe, expect, it } from 'vitest';
import {
  gzipBytes,
  jsImports,
  pageAssets,
  pageTypeOf,
  pageWeight,
  resolveUrl,
  totalOf,
  weightsByType,
} from '../../src/lib/bench/page-weights.ts';

describe('pageTypeOf', () => {
  it('names the page type of a built file in either language', () => {
    expect(pageTypeOf('index.html')).toEqual({ type: 'home', lang: 'vi' });
    expect(pageTypeOf('en/index.html')).toEqual({ type: 'home', lang: 'en' });
    expect(pageTypeOf('provinces/son-la/index.html')).toEqual({ type: 'province', lang: 'vi' });
    expect(pageTypeOf('en/provinces/index.html')).toEqual({ type: 'provinces index', lang: 'en' });
    expect(pageTypeOf('years/2023/index.html')?.type).toBe('year');
    expect(pageTypeOf('articles/2023-12-27-x/index.html')?.type).toBe('article');
    expect(pageTypeOf('en/map/total_revenue/2023/index.html')).toEqual({ type: 'map', lang: 'en' });
    expect(pageTypeOf('map/index.html')?.type).toBe('map index');
    expect(pageTypeOf('404.html')?.type).toBe('404');
    expect(pageTypeOf('pagefind/pagefind-ui.js')).toBeNull();
    expect(pageTypeOf('articles/x/y/index.html')).toBeNull();
  });
});

describe('pageAssets and jsImports', () => {
  it('finds stylesheets, scripts, module preloads and inline scripts, not JSON data blocks', () => {
    const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href="/_astro/m.js"><link rel="icon" href="/f.svg">
      <style>p{color:red}</style></head><body><script type="module" src="/_astro/s.js"></script><script type="application/ld+json">{"a":1}</script>
      <script type="module">import "/_astro/i.js"; console.log(1)</script></body></html>`;
    const a = pageAssets(html);
    expect(a.stylesheets).toEqual(['/_astro/a.css']);
    expect(a.scripts).toEqual(['/_astro/m.js', '/_astro/s.js']);
    expect(a.inlineScripts).toHaveLength(1);
    expect(a.inlineStyles).toEqual(['p{color:red}']);
  });

  it('tells static imports from dynamic ones in minified output', () => {
    const code =
      'import{t as e}from"./preload-helper.X.js";import"./side.js";let{d}=await e(async()=>{let{d}=await import(`./chart-setup.Y.js`);return{d}},[]);import(`${b}pagefind.js`)';
    expect(jsImports(code)).toEqual({
      static: ['./preload-helper.X.js', './side.js'],
      dynamic: ['./chart-setup.Y.js'],
    });
  });

  it('resolves relative module paths against the importing file', () => {
    expect(resolveUrl('/_astro/a.js', './b.js')).toBe('/_astro/b.js');
    expect(resolveUrl('/_astro/x/a.js', '../b.js')).toBe('/_astro/b.js');
    expect(resolveUrl('/_astro/a.js', '/pagefind/p.js')).toBe('/pagefind/p.js');
  });
});

describe('pageWeight', () => {
  const files: Record<string, string> = {
    '/_astro/site.css': 'body{margin:0}'.repeat(50),
    '/_astro/chart.js': 'import{t as e}from"./helper.js";e(()=>import("./chart-setup.js"))',
    '/_astro/helper.js': 'export const t=(f)=>f();'.repeat(20),
    '/_astro/chart-setup.js': 'export function drawChart(){}'.repeat(400),
  };
  const read = (url: string): Uint8Array | null =>
    files[url] === undefined ? null : new TextEncoder().encode(files[url]);
  const html =
    '<html><head><link rel="stylesheet" href="/digest/_astro/site.css"></head><body><script type="module" src="/digest/_astro/chart.js"></script><script type="module">document.body.dataset.ok="1"</script></body></html>';

  it('counts the HTML, its CSS, the JS it loads at once and the JS it loads later, in gzip bytes', () => {
    const w = pageWeight('provinces/son-la/index.html', html, read, { base: '/digest/' });
    expect(w.type).toBe('province');
    expect(w.html).toBe(gzipBytes(html));
    expect(w.css).toBe(gzipBytes(files['/_astro/site.css']!));
    const inline = gzipBytes('document.body.dataset.ok="1"');
    expect(w.jsInline).toBe(inline);
    expect(w.jsInitial).toBe(gzipBytes(files['/_astro/chart.js']!) + gzipBytes(files['/_astro/helper.js']!) + inline);
    expect(w.jsLater).toBe(gzipBytes(files['/_astro/chart-setup.js']!));
    // Inline scripts are inside the HTML already: the total counts them once.
    expect(totalOf(w)).toBe(w.html + w.css + w.jsInitial - inline + w.jsLater);
  });

  it('adds files loaded through a computed URL when told, and ignores other sites', () => {
    const page = '<html><body><script src="https://cdn.example.org/x.js"></script></body></html>';
    const w = pageWeight('search/index.html', page, read, { extraLater: ['/_astro/chart-setup.js'] });
    expect(w.jsInitial).toBe(0);
    expect(w.jsLater).toBe(gzipBytes(files['/_astro/chart-setup.js']!));
  });

  it('groups pages by type with the median HTML and the heaviest page', () => {
    const small = pageWeight('articles/a/index.html', '<p>a</p>', read);
    const big = pageWeight(
      'articles/b/index.html',
      `<p>${Array.from({ length: 800 }, (_, i) => i * 7919).join(' ')}</p>`,
      read,
    );
    const mid = pageWeight('articles/c/index.html', `<p>${'c c '.repeat(300)}</p>`, read);
    const [t] = weightsByType([small, big, mid]);
    expect(t!.type).toBe('article');
    expect(t!.pages).toBe(3);
    expect(t!.heaviest.page).toBe('articles/b/index.html');
    expect(t!.htmlMedian).toBe([small.html, big.html, mid.html].sort((a, b) => a - b)[1]);
  });
});
