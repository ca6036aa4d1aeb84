/**
 * No broken internal link, in the site built at "/" and under "/digest/": every href, src, srcset,
 * form action and Open Graph URL of every built page resolves to a built file (and a #fragment to an
 * id on the page it points to); every sitemap URL is a built page. (Valid HTML: html.test.ts.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TEST_SITE_URL } from './support/build-site.ts';
import { filesUnder, idsOf, parsePage, resolveToFile, servedPath } from './support/built-site.ts';

const SITE_ORIGIN = new URL(TEST_SITE_URL).origin;
/** The origin pages are read from here; a root-relative link resolves against it. */
const LOCAL_ORIGIN = 'http://site.invalid';

describe.each(['root', 'digest'] as const)('links in the site built at %s', (name) => {
  const { dir, base } = inject('e2e').sites[name];
  const pages = filesUnder(dir, (rel) => rel.endsWith('.html'));

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('every internal link, asset and fragment resolves', () => {
    const broken: string[] = [];
    for (const rel of pages) {
      const pageUrl = new URL(servedPath(rel, base), LOCAL_ORIGIN);
      const { references, ids } = parsePage(readFileSync(path.join(dir, rel), 'utf8'));
      for (const ref of references) {
        const raw = ref.value.trim();
        if (raw === '' || /^(mailto|tel|data|javascript|blob):/i.test(raw)) continue;
        let url: URL;
        try {
          url = new URL(raw, pageUrl);
        } catch {
          broken.push(`${rel}: <${ref.tag} ${ref.attribute}="${raw}"> is not a URL`);
          continue;
        }
        const internal = url.origin === LOCAL_ORIGIN || url.origin === SITE_ORIGIN;
        if (!internal) continue;
        const pathname = decodeURIComponent(url.pathname);
        const resolved = resolveToFile(dir, pathname, base);
        if (!resolved.ok) {
          broken.push(`${rel}: <${ref.tag} ${ref.attribute}="${raw}"> → ${pathname}: ${resolved.reason}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && resolved.file.endsWith('.html')) {
          const targetIds = path.resolve(resolved.file) === path.resolve(dir, rel) ? ids : idsOf(resolved.file);
          if (!targetIds.has(fragment))
            broken.push(`${rel}: <${ref.tag} ${ref.attribute}="${raw}"> → no id "${fragment}" on ${pathname}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every sitemap URL is a built page of this base', () => {
    const sitemaps = filesUnder(dir, (rel) => /^sitemap-\d+\.xml$/.test(rel));
    expect(sitemaps.length).toBeGreaterThan(0);
    const missing: string[] = [];
    let count = 0;
    for (const sitemap of sitemaps) {
      for (const [, loc] of readFileSync(path.join(dir, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
        count += 1;
        const url = new URL(loc!);
        const resolved =
          url.origin === SITE_ORIGIN
            ? resolveToFile(dir, decodeURIComponent(url.pathname), base)
            : { ok: false as const, reason: `origin is not ${SITE_ORIGIN}` };
        if (!resolved.ok) missing.push(`${sitemap}: ${loc}: ${resolved.reason}`);
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
