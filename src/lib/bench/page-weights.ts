/**
 * What a reader downloads, per page type of the built site: the HTML, the stylesheets it links, the
 * JavaScript it loads at once (scripts, module preloads and their static imports) and the JavaScript
 * it loads later (dynamic imports: Chart.js when a chart scrolls into view). Sizes are gzip bytes.
 * Pure: the caller passes a function that reads a built file. Files a script loads through a computed
 * URL (Pagefind's runtime on the search page) are not in the graph: pass them as `extraLater`.
 */
import { gzipSync } from 'node:zlib';

export const PAGE_TYPES = [
  'home',
  'provinces index',
  'province',
  'years index',
  'year',
  'timeline',
  'awards',
  'article',
  'data',
  'map index',
  'map',
  'search',
  '404',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * The page type of a built HTML file, from its path under the output folder
 * (`articles/x/index.html`, `en/years/2020/index.html`); null for other files.
 */
export function pageTypeOf(path: string): { type: PageType; lang: 'vi' | 'en' } | null {
  const p = path.replace(/\\/g, '/').replace(/^\/+/, '');
  const lang = p.startsWith('en/') ? 'en' : 'vi';
  const rest = lang === 'en' ? p.slice(3) : p;
  const rules: [RegExp, PageType][] = [
    [/^index\.html$/, 'home'],
    [/^404\.html$/, '404'],
    [/^provinces\/index\.html$/, 'provinces index'],
    [/^provinces\/[^/]+\/index\.html$/, 'province'],
    [/^years\/index\.html$/, 'years index'],
    [/^years\/[^/]+\/index\.html$/, 'year'],
    [/^timeline\/index\.html$/, 'timeline'],
    [/^awards\/index\.html$/, 'awards'],
    [/^articles\/[^/]+\/index\.html$/, 'article'],
    [/^data\/index\.html$/, 'data'],
    [/^map\/index\.html$/, 'map index'],
    [/^map\/[^/]+\/[^/]+\/index\.html$/, 'map'],
    [/^search\/index\.html$/, 'search'],
  ];
  for (const [re, type] of rules) if (re.test(rest)) return { type, lang };
  return null;
}

export interface PageAssets {
  stylesheets: string[];
  /** `<script src>` and `<link rel=modulepreload>`: loaded with the page. */
  scripts: string[];
  /** The text of inline scripts (JSON data blocks excluded). */
  inlineScripts: string[];
  inlineStyles: string[];
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

/** The assets an HTML document references (Astro's output is regular enough for a tag scan). */
export function pageAssets(html: string): PageAssets {
  const out: PageAssets = { stylesheets: [], scripts: [], inlineScripts: [], inlineStyles: [] };
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) out.stylesheets.push(href);
    else if (rel.includes('modulepreload')) out.scripts.push(href);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const open = `<script${m[1]}>`;
    const src = attr(open, 'src');
    const type = (attr(open, 'type') ?? '').toLowerCase();
    if (src) out.scripts.push(src);
    else if (!/json|importmap|template/.test(type) && m[2]!.trim()) out.inlineScripts.push(m[2]!);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (m[1]!.trim()) out.inlineStyles.push(m[1]!);
  return { ...out, stylesheets: [...new Set(out.stylesheets)], scripts: [...new Set(out.scripts)] };
}

/** Relative module specifiers a built JS file imports: static ones and dynamic `import("…")`. */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  const spec = `["'\`](\\.{0,2}/[^"'\`$]+?)["'\`]`;
  for (const m of code.matchAll(new RegExp(`\\bimport\\s*\\(\\s*${spec}\\s*\\)`, 'g'))) found.dynamic.add(m[1]!);
  for (const m of code.matchAll(new RegExp(`(?:\\bimport|\\bexport)\\s*(?:[\\w$*{}\\s,]*?\\bfrom\\s*)?${spec}`, 'g')))
    found.static.add(m[1]!);
  return { static: [...found.static], dynamic: [...found.dynamic].filter((d) => !found.static.has(d)) };
}

/** Resolve `./x.js` against the URL path of the file that imports it (`/_astro/a.js`). */
export function resolveUrl(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const parts = from.split('/').slice(0, -1);
  for (const seg of spec.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export interface PageWeight {
  page: string;
  type: PageType;
  lang: 'vi' | 'en';
  html: number;
  css: number;
  /** Loaded with the page: external scripts, their static imports, and inline scripts. */
  jsInitial: number;
  /** Of which inline (already counted in `html` too). */
  jsInline: number;
  /** Loaded later by dynamic imports (Chart.js when a chart scrolls into view), not counted before. */
  jsLater: number;
  files: { url: string; bytes: number; when: 'initial' | 'later' | 'css' }[];
}

export const gzipBytes = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

/**
 * The weight of one page. `read` returns a built file by its URL path (`/_astro/x.js`, without the
 * base path), or null. Sizes of shared files are memoised in `cache`.
 */
export function pageWeight(
  page: string,
  html: string,
  read: (url: string) => Uint8Array | null,
  options: { base?: string; cache?: Map<string, number>; extraLater?: readonly string[] } = {},
): PageWeight {
  const { base = '/', cache = new Map<string, number>(), extraLater = [] } = options;
  const t = pageTypeOf(page);
  if (!t) throw new Error(`${page} is not a page of a known type`);
  const assets = pageAssets(html);
  const local = (url: string): string | null => {
    if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//')) return null;
    const path = url.split(/[?#]/)[0]!;
    return base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
  };
  const sizeOf = (url: string): number => {
    if (!cache.has(url)) {
      const data = read(url);
      cache.set(url, data ? gzipBytes(data) : 0);
    }
    return cache.get(url)!;
  };
  const files: PageWeight['files'] = [];
  let css = 0;
  for (const href of assets.stylesheets) {
    const url = local(href);
    if (!url) continue;
    css += sizeOf(url);
    files.push({ url, bytes: sizeOf(url), when: 'css' });
  }
  // Walk the module graph: static imports load with their importer, dynamic ones later.
  const initial = new Set<string>();
  const later = new Set<string>();
  const pending: string[] = [];
  const visit = (url: string, set: Set<string>): void => {
    if (initial.has(url) || set.has(url)) return;
    set.add(url);
    const data = read(url);
    if (!data) return;
    const { static: st, dynamic } = jsImports(Buffer.from(data).toString('utf8'));
    for (const s of st) visit(resolveUrl(url, s), set);
    for (const d of dynamic) pending.push(resolveUrl(url, d));
  };
  for (const src of assets.scripts) {
    const url = local(src);
    if (url) visit(url, initial);
  }
  const pageUrl = `/${page.replace(/^\/+/, '')}`;
  for (const inline of assets.inlineScripts) {
    const { static: st, dynamic } = jsImports(inline);
    for (const s of st) visit(resolveUrl(pageUrl, s), initial);
    for (const d of dynamic) pending.push(resolveUrl(pageUrl, d));
  }
  pending.push(...extraLater);
  while (pending.length > 0) visit(pending.shift()!, later);
  let jsInitial = 0;
  for (const url of initial) {
    jsInitial += sizeOf(url);
    files.push({ url, bytes: sizeOf(url), when: 'initial' });
  }
  let jsLater = 0;
  for (const url of later) {
    if (initial.has(url)) continue;
    jsLater += sizeOf(url);
    files.push({ url, bytes: sizeOf(url), when: 'later' });
  }
  const jsInline = assets.inlineScripts.reduce((n, s) => n + gzipBytes(s), 0);
  return {
    page,
    type: t.type,
    lang: t.lang,
    html: gzipBytes(html),
    css,
    jsInitial: jsInitial + jsInline,
    jsInline,
    jsLater,
    files,
  };
}

export interface TypeWeight {
  type: PageType;
  lang: 'vi' | 'en';
  pages: number;
  /** Median HTML gzip bytes over the type's pages. */
  htmlMedian: number;
  /** The heaviest page of the type (by total), with its breakdown. */
  heaviest: PageWeight;
}

export const totalOf = (w: Pick<PageWeight, 'html' | 'css' | 'jsInitial' | 'jsInline' | 'jsLater'>): number =>
  w.html + w.css + (w.jsInitial - w.jsInline) + w.jsLater;
export const initialOf = (w: Pick<PageWeight, 'html' | 'css' | 'jsInitial' | 'jsInline'>): number =>
  w.html + w.css + (w.jsInitial - w.jsInline);

/** Group page weights by type and language, in PAGE_TYPES order, Vietnamese first. */
export function weightsByType(weights: readonly PageWeight[]): TypeWeight[] {
  const groups = new Map<string, PageWeight[]>();
  for (const w of weights) {
    const key = `${w.lang}|${w.type}`;
    const list = groups.get(key) ?? [];
    list.push(w);
    groups.set(key, list);
  }
  const out: TypeWeight[] = [];
  for (const lang of ['vi', 'en'] as const) {
    for (const type of PAGE_TYPES) {
      const list = groups.get(`${lang}|${type}`);
      if (!list) continue;
      const html = list.map((w) => w.html).sort((a, b) => a - b);
      const heaviest = list.reduce((a, b) => (totalOf(b) > totalOf(a) ? b : a));
      out.push({ type, lang, pages: list.length, htmlMedian: html[Math.floor((html.length - 1) / 2)]!, heaviest });
    }
  }
  return out;
}
