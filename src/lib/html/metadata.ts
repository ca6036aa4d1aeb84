/**
 * What a news page says about its article, read from the places pages put it (no site's own markup):
 *
 * - title: `og:title`, JSON-LD `headline`, the article's `<h1>`, `<title>`; the site's name is taken off
 *   ("… - Báo Quảng Bình điện tử");
 * - publication date: `article:published_time` and the other publication-date metas, JSON-LD
 *   `datePublished`, `itemprop="datePublished"`, `<time datetime>`, a dated byline ("Cập nhật lúc
 *   16:27, Thứ Ba, 09/01/2018");
 * - publisher: `og:site_name`, JSON-LD `publisher`;
 * - address: `<link rel=canonical>`, `og:url`, the address the page was fetched from, a browser's
 *   "saved from url" note;
 * - author: JSON-LD `author`, `<meta name=author>`, `article:author` (when it is a name, not a link).
 */
import { slugify } from '../text/fold.ts';
import { isPageDateLine } from '../vi-date.ts';
import { isoPageDate, printedPageDate } from './page-date.ts';

export interface PageMetadata {
  title: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, Vietnam time. */
  publishedAt: string | null;
  publisher: string | null;
  /** The article's address (canonical when the page gives one). */
  url: string | null;
  author: string | null;
}

const oneLine = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();

/** Metas by name, property or itemprop (lower case), first value kept. */
function metas(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta[content]')) {
    const content = oneLine(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:news|reportagenews|analysisnews|opinionnews|)article$|^blogposting$|^report$/iu;

/** The JSON-LD objects of the page (arrays and @graph flattened), articles first. */
function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      if ('@graph' in v) add((v as Json)['@graph']);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // A broken block (a trailing comma, a comment) is left out; the other places still count.
    }
  }
  const isArticle = (o: Json): boolean =>
    [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
  return [...out.filter(isArticle), ...out.filter((o) => !isArticle(o))];
}

/** A name from a JSON-LD value: "X", {name: "X"}, [{name: "X"}, …]. */
function ldNames(v: unknown): string[] {
  if (typeof v === 'string') return [oneLine(v)].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return ldNames((v as Json).name);
  return [];
}

const ldField = (objects: Json[], key: string): unknown => objects.find((o) => o[key] !== undefined)?.[key];

/** "baoquangbinh" for www.baoquangbinh.vn, "vnpost" for vnpost.vn: the part of a host a site is named by. */
function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./u, '').split('.');
    // Second-level domains of .vn and others: "com.vn", "org.vn", "gov.vn", "co.uk".
    while (labels.length > 1 && /^(?:vn|com|net|org|gov|edu|info|co|uk)$/u.test(labels[labels.length - 1]!))
      labels.pop();
    return labels.join('') || null;
  } catch {
    return null;
  }
}

const key = (s: string): string => slugify(s).replace(/-/gu, '');

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · ', ' / '];

/** Does this text name the site (its og:site_name, its publisher, or the name its address spells)? */
function siteNameTest(siteNames: readonly string[], url: string | null): (text: string) => boolean {
  const label = hostLabel(url);
  const names = siteNames.map(key).filter((k) => k.length >= 3);
  return (text) => {
    const k = key(text);
    // A site's name is a few words ("Báo Quảng Bình điện tử"); a longer part is the headline's.
    if (k.length < 3 || text.trim().split(/\s+/u).length > 8) return false;
    if (names.some((n) => n === k || (k.length >= 6 && (n.includes(k) || k.includes(n))))) return true;
    // "Báo Quảng Bình điện tử" on baoquangbinh.vn; "VNPost" on vnpost.vn.
    return label !== null && label.length >= 4 && (k.includes(label) || (k.length >= 6 && label.includes(k)));
  };
}

/** "Headline - Báo Quảng Bình điện tử" → "Headline", when the other part names the site. */
export function withoutSiteName(title: string, siteNames: readonly string[], url: string | null): string {
  const isSite = siteNameTest(siteNames, url);
  for (const sep of SEPARATORS) {
    const last = title.lastIndexOf(sep);
    if (last > 0 && isSite(title.slice(last + sep.length))) return title.slice(0, last).trim();
    const first = title.indexOf(sep);
    if (first > 0 && isSite(title.slice(0, first))) return title.slice(first + sep.length).trim();
  }
  return title;
}

/** An absolute http(s) address, or null. */
function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A browser's note at the top of a saved page: `<!-- saved from url=(0071)https://… -->`. */
function savedFromUrl(html: string): string | null {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu.exec(html.slice(0, 4096));
  return m ? absolute(m[1], null) : null;
}

/** Elements that are not the article's own: menus, side columns, footers. */
const AROUND = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/** Is this element in what surrounds the article: a menu, a side column, a footer, an item linking elsewhere? */
const isAround = (el: Element): boolean => el.closest(AROUND) !== null || !!el.closest('li')?.querySelector('a[href]');

const DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'article.published',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'date',
  'parsely-pub-date',
  'sailthru.date',
];

/** Classes and ids of the elements that print a page's date or byline. */
const DATED = /date|time|publish|posted|byline|meta|ngay|thoi-?gian|cap-?nhat|author/iu;

/** Node.DOCUMENT_POSITION_FOLLOWING. */
const FOLLOWING = 4;

/** Where the page printed its date, with the date read from it. */
interface PrintedDate {
  date: string;
  element: Element;
}

/**
 * The first of the candidates after the headline (a date in the site's header, or in a column of
 * other articles placed before the article, is not the article's), else the first of them.
 */
function afterHeadline(found: PrintedDate[], headline: Element | null): PrintedDate | null {
  if (!headline) return found[0] ?? null;
  return found.find((f) => headline.compareDocumentPosition(f.element) & FOLLOWING) ?? found[0] ?? null;
}

function publishedAt(
  doc: Document,
  meta: Map<string, string>,
  ld: Json[],
  headline: Element | null,
): { date: string | null; printed: Element | null } {
  for (const name of DATE_METAS) {
    const v = meta.get(name);
    const d = v ? (isoPageDate(v) ?? printedPageDate(v)) : null;
    if (d) return { date: d, printed: null };
  }
  const ldDate = ldField(ld, 'datePublished');
  if (typeof ldDate === 'string') {
    const d = isoPageDate(ldDate) ?? printedPageDate(ldDate);
    if (d) return { date: d, printed: null };
  }
  const times: PrintedDate[] = [];
  for (const el of doc.querySelectorAll('[itemprop="datePublished" i], time')) {
    if (isAround(el)) continue;
    const d =
      isoPageDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? '') ??
      printedPageDate(el.textContent ?? '');
    if (d) times.push({ date: d, element: el });
  }
  // A dated byline: a short element named for dates or bylines, with a full date in it; not the site's
  // date of today ("Thứ Tư, 10/01/2018" above the menu).
  const bylines: PrintedDate[] = [];
  for (const el of doc.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATED.test(names) || isAround(el)) continue;
    const text = el.textContent ?? '';
    if (isPageDateLine(text)) continue;
    const d = printedPageDate(text);
    if (d) bylines.push({ date: d, element: el });
  }
  const found = afterHeadline(times, headline) ?? afterHeadline(bylines, headline);
  return { date: found?.date ?? null, printed: found?.element ?? null };
}

/** The article's <h1>: not a logo (a link to the front page), not the site's name; inside the article if it has one. */
function articleHeadline(doc: Document, isSite: (text: string) => boolean): Element | null {
  const h1s = [...doc.querySelectorAll('h1')].filter((h) => {
    const text = oneLine(h.textContent);
    if (!text || h.closest('nav') || isSite(text)) return false;
    return ![...h.querySelectorAll('a[href]')].some((a) => {
      const href = a.getAttribute('href')!.trim();
      return href === '/' || /^https?:\/\/[^/]+\/?$/iu.test(href);
    });
  });
  return h1s.find((h) => h.closest('article, main, [itemprop="articleBody"], [role="main"]')) ?? h1s[0] ?? null;
}

/**
 * The part of a <title> ("VNPost - Headline") that the page prints as a heading or title element:
 * the headline, whatever the site's name is.
 */
function printedTitlePart(doc: Document, title: string): { text: string; element: Element } | null {
  const parts = new Set<string>();
  for (const sep of SEPARATORS) {
    const first = title.indexOf(sep);
    if (first > 0) parts.add(title.slice(first + sep.length).trim());
    const last = title.lastIndexOf(sep);
    if (last > 0) parts.add(title.slice(0, last).trim());
  }
  if (parts.size === 0) return null;
  for (const el of doc.querySelectorAll(
    'h1, h2, h3, [class*="title" i], [class*="headline" i], [itemprop="headline"]',
  )) {
    const text = oneLine(el.textContent);
    if (parts.has(text)) return { text, element: el };
  }
  return null;
}

function pageTitle(
  doc: Document,
  meta: Map<string, string>,
  ld: Json[],
  headline: Element | null,
  clean: (t: string | null | undefined) => string | null,
): string | null {
  const og = clean(meta.get('og:title'));
  if (og) return og;
  const ldHeadline = ldField(ld, 'headline');
  if (typeof ldHeadline === 'string' && clean(ldHeadline)) return clean(ldHeadline);
  if (headline) return oneLine(headline.textContent);
  const title = oneLine(doc.querySelector('title')?.textContent);
  return printedTitlePart(doc, title)?.text ?? clean(title);
}

function author(meta: Map<string, string>, ld: Json[], siteNames: string[]): string | null {
  const candidates = [
    ...ldNames(ldField(ld, 'author')),
    meta.get('author'),
    meta.get('article:author'),
    meta.get('dc.creator'),
  ];
  const site = new Set(siteNames.map(key));
  for (const c of candidates) {
    const s = oneLine(c);
    if (s && s.length <= 80 && !/^https?:|www\.|@/iu.test(s) && !site.has(key(s))) return s;
  }
  return null;
}

export interface MetadataReading {
  metadata: PageMetadata;
  /** The element the page printed its date in (a byline, a <time>), when the date was read there. */
  printedDate: Element | null;
}

/**
 * Read the metadata of a parsed page. `html` is the page's source (for a browser's "saved from" note)
 * and `fetchedFrom` the address it came from, when it was fetched (after redirects).
 */
export function readMetadata(doc: Document, options: { html?: string; fetchedFrom?: string } = {}): MetadataReading {
  const meta = metas(doc);
  const ld = jsonLd(doc);
  const publisher = oneLine(meta.get('og:site_name')) || ldNames(ldField(ld, 'publisher'))[0] || null;
  const base = options.fetchedFrom ?? null;
  let url =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base) ??
    absolute(meta.get('og:url'), base);
  // A canonical address that is the site's front page (a template's mistake) is not the article's.
  if (url && new URL(url).pathname === '/' && base && new URL(base).pathname !== '/') url = null;
  url ??= base ?? (options.html ? savedFromUrl(options.html) : null);
  const siteNames = [publisher, meta.get('application-name')].filter((s): s is string => Boolean(s));
  const isSite = siteNameTest(siteNames, url);
  const clean = (t: string | null | undefined): string | null => {
    const s = oneLine(t);
    return s ? withoutSiteName(s, siteNames, url) || null : null;
  };
  const headline =
    articleHeadline(doc, isSite) ??
    printedTitlePart(doc, oneLine(doc.querySelector('title')?.textContent))?.element ??
    null;
  const { date, printed } = publishedAt(doc, meta, ld, headline);
  return {
    metadata: {
      title: pageTitle(doc, meta, ld, headline, clean),
      publishedAt: date,
      publisher,
      url,
      author: author(meta, ld, siteNames),
    },
    printedDate: printed,
  };
}
