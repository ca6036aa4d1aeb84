/**
 * Reading a built site from disk: its HTML files, the URLs each one references, the ids it defines, and
 * whether a URL of the site resolves to a built file. Used by the link check, without a browser.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** Every file under a folder, as paths relative to it with "/" separators. */
export function filesUnder(dir: string, keep: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else if (keep(rel)) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

export interface Reference {
  tag: string;
  attribute: string;
  value: string;
}

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  embed: ['src'],
  form: ['action'],
  use: ['href'],
};
/** <meta property> whose content is a URL (Open Graph, Twitter). */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

function walk(node: Root | RootContent, visit: (el: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
  if (node.type === 'element' && node.tagName === 'template' && node.content) walk(node.content, visit);
}

const attr = (el: Element, name: string): string | undefined => {
  const key = name === 'srcset' ? 'srcSet' : name;
  const v = el.properties?.[key];
  if (v === undefined || v === null || v === false) return undefined;
  return Array.isArray(v) ? v.join(' ') : String(v);
};

export interface ParsedPage {
  references: Reference[];
  ids: Set<string>;
}

export function parsePage(html: string): ParsedPage {
  const tree = fromHtml(html);
  const references: Reference[] = [];
  const ids = new Set<string>();
  walk(tree, (el) => {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
    for (const attribute of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = attr(el, attribute);
      if (value !== undefined) references.push({ tag: el.tagName, attribute, value });
    }
    for (const attribute of ['srcset', 'imagesrcset']) {
      const value = attr(el, attribute);
      if (value)
        for (const candidate of value.split(','))
          references.push({ tag: el.tagName, attribute, value: candidate.trim().split(/\s+/)[0]! });
    }
    if (el.tagName === 'meta' && URL_METAS.has(String(attr(el, 'property') ?? attr(el, 'name')))) {
      const value = attr(el, 'content');
      if (value) references.push({ tag: 'meta', attribute: String(attr(el, 'property') ?? attr(el, 'name')), value });
    }
  });
  return { references, ids };
}

/** The URL path a built file is served at: "map/index.html" under "/digest/" → "/digest/map/". */
export function servedPath(rel: string, base: string): string {
  return `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export type Resolution = { ok: true; file: string } | { ok: false; reason: string };

/** The built file a same-site URL path (already decoded) is served from, or why there is none. */
export function resolveToFile(dir: string, pathname: string, base: string): Resolution {
  if (!pathname.startsWith(base)) return { ok: false, reason: `outside the base path ${base}` };
  const rel = pathname.slice(base.length);
  const target = path.join(dir, rel);
  if (rel === '' || rel.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return existsSync(index) ? { ok: true, file: index } : { ok: false, reason: 'no such page' };
  }
  if (!existsSync(target)) return { ok: false, reason: 'no such file' };
  if (statSync(target).isDirectory()) return { ok: false, reason: 'a folder linked without its trailing slash' };
  return { ok: true, file: target };
}

const idCache = new Map<string, Set<string>>();

/** The ids defined in a built HTML file (cached). */
export function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = parsePage(readFileSync(file, 'utf8')).ids;
    idCache.set(file, ids);
  }
  return ids;
}
