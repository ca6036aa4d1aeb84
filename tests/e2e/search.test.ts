/**
 * Search finds a province whether the reader types its name with diacritics or without ("Đắk Lắk",
 * "dak lak"), in both languages. Pagefind runs in the page; the index comes from the build. Pagefind
 * folds tone marks by itself ("son la") but not đ → d ("dak lak", "dien bien"), which the site's ASCII
 * copy of every province name shown on a page makes up for.
 *
 * A province with a page is found at its page (or one of its articles); a province the digest has
 * nothing on is found at the province index, which names it among those with no reports yet. Either
 * is among the first five results, where a reader looks.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allUnits, latestUnitWithSlug } from '../../src/lib/provinces.ts';
import { foldDiacritics } from '../../src/lib/text/fold.ts';
import { openPage, site } from './support/browser.ts';
import { entriesWithProvince } from './support/content.ts';

/**
 * Sơn La ("son la": tone marks only), Đắk Lắk ("dak lak": the đ the brief asks for), the newest
 * conference's province, and a province of the content whose name has a đ.
 */
function provincesToFind(): string[] {
  const slugs = [...new Set(entriesWithProvince().map((e) => e.data.province!))];
  const withD = slugs.find((s) => /đ/i.test(latestUnitWithSlug(s)?.name ?? ''));
  return [...new Set(['son-la', 'dak-lak', slugs[0], withD].filter((s): s is string => Boolean(s)))];
}

const hasPage = (slug: string): boolean => existsSync(path.join(site().dir, 'provinces', slug, 'index.html'));

// Both languages at the root, and once under /digest/, where the Pagefind bundle and result URLs need the base.
describe.each([
  ['vi', 'root'],
  ['en', 'root'],
  ['vi', 'digest'],
] as const)('search (%s, site built at %s)', (lang, siteName) => {
  const cases = provincesToFind().flatMap((slug) => {
    const name = latestUnitWithSlug(slug)!.name;
    return [[slug, name] as const, [slug, foldDiacritics(name).toLowerCase()] as const];
  });

  it('looks for “son la” and “dak lak” without diacritics', () => {
    expect(cases.map(([, q]) => q)).toEqual(expect.arrayContaining(['son la', 'dak lak']));
  });

  it.each(cases)('finds %s by typing “%s”', async (slug, query) => {
    const prefix = lang === 'en' ? 'en/' : '';
    const base = siteName === 'digest' ? '/digest/' : '/';
    const articleIds = entriesWithProvince()
      .filter((e) => e.data.province === slug)
      .map((e) => e.id);
    const own = hasPage(slug);
    const { page, problems, close } = await openPage(`${prefix}search/?q=${encodeURIComponent(query)}`, {
      site: siteName,
    });
    try {
      const results = page.locator('[data-search-results] a');
      await results.first().waitFor({ timeout: 20_000 });
      const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      const hit = hrefs
        .slice(0, 5)
        .some((h) =>
          own
            ? h.startsWith(base) &&
              (h.endsWith(`/provinces/${slug}/`) || articleIds.some((id) => h.endsWith(`/articles/${id}/`)))
            : h === `${base}${prefix}provinces/`,
        );
      expect(
        hit,
        `results for “${query}” (${own ? 'its page' : 'the province index'} expected): ${hrefs.join(', ')}`,
      ).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  // A province's own page ranks first for its name, typed either way (the `place` field, weighted
  // above the title and the folded names of pages that only mention it: src/lib/search/scope.ts).
  it.each(cases.filter(([slug]) => hasPage(slug)))('puts %s’s own page first for “%s”', async (slug, query) => {
    const prefix = lang === 'en' ? 'en/' : '';
    const base = siteName === 'digest' ? '/digest/' : '/';
    const { page, close } = await openPage(`${prefix}search/?q=${encodeURIComponent(query)}`, { site: siteName });
    try {
      const first = page.locator('[data-search-results] a').first();
      await first.waitFor({ timeout: 20_000 });
      expect(await first.evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(`${base}${prefix}provinces/${slug}/`);
    } finally {
      await close();
    }
  });
});

/** Every province that has a page in the site under test, by its slug. */
function provincesWithPages(): string[] {
  const dir = path.join(site().dir, 'provinces');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

/** Province names that lose something when folded ("Son La" for "Sơn La"): the folded copies live in metadata only. */
const foldedOnly = [
  ...new Set(allUnits.map((u) => foldDiacritics(u.name)).filter((f) => !allUnits.some((u) => u.name === f))),
];
const wordPattern = (name: string): RegExp =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'iu');

// Every province with a page, in both languages, typed with and without diacritics: its own page comes
// first, and no excerpt runs two blocks together ("lạiBưu") or shows the folded names, which are metadata.
describe.each(['vi', 'en'] as const)('search for every province with a page (%s)', (lang) => {
  const cases = provincesWithPages().flatMap((slug) => {
    const name = latestUnitWithSlug(slug)!.name;
    return [
      [slug, name],
      [slug, foldDiacritics(name).toLowerCase()],
    ] as const;
  });

  it('has provinces to look for', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('finds %s’s page first for “%s”, with clean excerpts', async (slug, query) => {
    const prefix = lang === 'en' ? 'en/' : '';
    const { page, problems, close } = await openPage(`${prefix}search/?q=${encodeURIComponent(query)}`);
    try {
      const links = page.locator('[data-search-results] a');
      await links.first().waitFor({ timeout: 20_000 });
      const results = await page.locator('[data-search-results] li').evaluateAll((items) =>
        items.map((li) => ({
          href: li.querySelector('a')?.pathname ?? '',
          excerpt: li.querySelector('p')?.textContent ?? '',
        })),
      );
      expect(results[0]?.href, `results for “${query}”: ${results.map((r) => r.href).join(', ')}`).toBe(
        `/${prefix}provinces/${slug}/`,
      );
      for (const { href, excerpt } of results) {
        expect(excerpt, `excerpt of ${href} runs words together`).not.toMatch(/\p{Ll}\p{Lu}/u);
        const folded = foldedOnly.filter((f) => wordPattern(f).test(excerpt));
        expect(folded, `excerpt of ${href} shows folded names: “${excerpt}”`).toEqual([]);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
