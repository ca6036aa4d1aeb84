/**
 * Search finds a province whether the reader types its name with diacritics or without ("Đắk Lắk",
 * "dak lak"), in both languages. Pagefind runs in the page; the index comes from the build.
 */
import { describe, expect, it } from 'vitest';
import { latestUnitWithSlug } from '../../src/lib/provinces.ts';
import { foldDiacritics } from '../../src/lib/text/fold.ts';
import { openPage } from './support/browser.ts';
import { entriesWithProvince } from './support/content.ts';

/** Provinces to look for: the newest conference's, and one whose name has a đ (which Pagefind does not fold) if any. */
function provincesToFind(): string[] {
  const slugs = [...new Set(entriesWithProvince().map((e) => e.data.province!))];
  const withD = slugs.find((s) => /đ/i.test(latestUnitWithSlug(s)?.name ?? ''));
  return [...new Set([slugs[0], withD].filter((s): s is string => Boolean(s)))];
}

// Both languages at the root, and once under /digest/, where the Pagefind bundle and result URLs need the base.
describe.each([
  ['vi', 'root'],
  ['en', 'root'],
  ['vi', 'digest'],
] as const)('search (%s, site built at %s)', (lang, siteName) => {
  const cases = provincesToFind().flatMap((slug) => {
    const name = latestUnitWithSlug(slug)!.name;
    return [
      [slug, name] as const,
      [slug, foldDiacritics(name).toLowerCase()] as const,
    ];
  });

  it('has a province to look for', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('finds %s by typing “%s”', async (slug, query) => {
    const articleIds = entriesWithProvince().filter((e) => e.data.province === slug).map((e) => e.id);
    const { page, problems, close } = await openPage(`${lang === 'en' ? 'en/' : ''}search/?q=${encodeURIComponent(query)}`, { site: siteName });
    try {
      const results = page.locator('[data-search-results] a');
      await results.first().waitFor({ timeout: 20_000 });
      const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      const base = siteName === 'digest' ? '/digest/' : '/';
      const hit = hrefs.some((h) => h.startsWith(base) && (h.includes(`/provinces/${slug}/`) || articleIds.some((id) => h.includes(`/articles/${id}/`))));
      expect(hit, `results for “${query}”: ${hrefs.join(', ')}`).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
