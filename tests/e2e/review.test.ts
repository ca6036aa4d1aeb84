/**
 * What readers see of an entry under review: a calm statement of what is uncertain, the figures a
 * warning points at marked beside them with what is being checked, and none of the editors'
 * instructions or repository paths (they stay in the file and in `npm run check -- --review`).
 */
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui.ts';
import { openPage } from './support/browser.ts';
import { publishedEntries } from './support/content.ts';
import { inLang, type Lang } from './support/page-types.ts';

const underReview = () => publishedEntries().filter((e) => e.data.review.status === 'needs-review');

describe.each(['vi', 'en'] as Lang[])('an entry under review (%s)', (lang) => {
  const t = ui(lang);

  it('the fixture has entries under review with figure and whole-entry warnings', () => {
    const warnings = underReview().flatMap((e) => e.data.review.warnings);
    expect(warnings.some((w) => /^kpis\[\d+\]/.test(w.field))).toBe(true);
    expect(warnings.some((w) => !/\[\d+\]/.test(w.field))).toBe(true);
  });

  it.each(underReview().map((e) => [e.id, e] as const))('%s', async (_id, entry) => {
    const { page, close } = await openPage(inLang(lang, `/articles/${entry.id}/`));
    try {
      const box = page.locator('aside.notice-review');
      await expect(box.locator('h2').innerText()).resolves.toBe(t.review.needsTitle);
      const text = await box.innerText();
      // No instruction to an editor, no file path, no field name as the schema spells it.
      expect(text).not.toMatch(/\bHãy\b|\bCheck\b|\bSet \w+ by hand|content\/|sources\/|\w+\[\d+\]/);
      for (const w of entry.data.review.warnings) {
        expect(text).not.toContain(w.message);
        const m = /^(kpis|targets)\[(\d+)\]/.exec(w.field);
        if (!m || Number(m[2]) >= entry.data[m[1] as 'kpis' | 'targets'].length) continue;
        const flag = page.locator(`#fig-${m[1]}-${m[2]} .review-flag`);
        expect(await flag.count(), `${w.field} is marked beside its figure`).toBe(1);
        expect(await flag.innerText()).toMatch(lang === 'vi' ? /Đang kiểm tra lại/ : /Being checked/);
      }
    } finally {
      await close();
    }
  });
});

describe.each(['vi', 'en'] as Lang[])('rankings mark figures still being checked (%s)', (lang) => {
  const years = [...new Set(publishedEntries().map((e) => e.data.reportYear))];
  const status = new Map(publishedEntries().map((e) => [e.id, e.data.review.status]));

  it.each(years)('%i', async (year) => {
    const { page, close } = await openPage(inLang(lang, `/years/${year}/`));
    try {
      const rows = await page.locator('sortable-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          href: tr.querySelector('a[href*="/articles/"]')?.getAttribute('href') ?? '',
          flagged: tr.querySelector('.review-flag') !== null,
        })),
      );
      for (const row of rows) {
        const id = /\/articles\/([^/]+)\//.exec(row.href)?.[1] ?? '';
        expect(row.flagged, `${id} in a ranking of ${year}`).toBe(status.get(id) === 'needs-review');
      }
    } finally {
      await close();
    }
  });
});
