/**
 * What scripts add on top of the static pages: the language switch, the awards and timeline filters
 * (with shareable URLs), and sortable ranking tables. Expectations come from the frontmatter.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { entriesWithProvince, publishedEntries } from './support/content.ts';
import { newest } from './support/page-types.ts';

describe.each(['root', 'digest'] as const)('language switch (site built at %s)', (siteName) => {
  const { provinceSlug, year } = newest();
  const paths = ['', `provinces/${provinceSlug}/`, `years/${year}/`, 'map/'];

  it.each(paths.map((p) => [p || '(home)', p] as const))(
    '%s: Vietnamese → English → Vietnamese',
    async (_label, path) => {
      const { page, problems, close } = await openPage(path, { site: siteName });
      try {
        const start = new URL(page.url());
        await Promise.all([
          page.waitForURL((u) => u.pathname !== start.pathname),
          page.locator('a[hreflang="en"]').first().click(),
        ]);
        const english = new URL(page.url());
        expect(english.pathname).toBe(start.pathname.replace(/^(\/digest)?\//, '$1/en/'));
        expect(await page.getAttribute('html', 'lang')).toMatch(/^en/);
        await Promise.all([
          page.waitForURL((u) => u.pathname !== english.pathname),
          page.locator('a[hreflang="vi"]').first().click(),
        ]);
        expect(new URL(page.url()).pathname).toBe(start.pathname);
        expect(await page.getAttribute('html', 'lang')).toMatch(/^vi/);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

describe('language switch keeps what the reader chose', () => {
  it('a filtered timeline stays filtered in English, and back', async () => {
    const province = entriesWithProvince()[0]!.data.province!;
    const { page, problems, close } = await openPage(`timeline/?province=${province}`);
    try {
      await page.locator('form[data-filter-form]').waitFor({ state: 'visible' });
      await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith('/en/timeline/')),
        page.locator('a[hreflang="en"]').first().click(),
      ]);
      expect(new URL(page.url()).searchParams.get('province')).toBe(province);
      expect(await page.locator('select[name="province"]').inputValue()).toBe(province);
      // A filter changed on the page (the address is rewritten) goes along too.
      const year = String(entriesWithProvince().find((e) => e.data.province === province)!.data.reportYear);
      await page.locator('select[name="year"]').selectOption(year);
      await page.waitForURL((u) => u.searchParams.get('year') === year);
      await Promise.all([
        page.waitForURL((u) => !u.pathname.includes('/en/')),
        page.locator('a[hreflang="vi"]').first().click(),
      ]);
      const back = new URL(page.url());
      expect([back.searchParams.get('province'), back.searchParams.get('year')]).toEqual([province, year]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a search keeps its query', async () => {
    const { page, close } = await openPage('search/?q=son+la');
    try {
      await Promise.all([
        page.waitForURL((u) => u.pathname.endsWith('/en/search/')),
        page.locator('a[hreflang="en"]').first().click(),
      ]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('son la');
      expect(await page.locator('#search-page-input').inputValue()).toBe('son la');
    } finally {
      await close();
    }
  });

  it('the 404 page of a missing English address puts English first', async () => {
    const { page, problems, close } = await openPage('en/no-such-page/', { status: 404 });
    try {
      await page.waitForFunction(
        () => document.querySelector('[data-not-found]')?.firstElementChild?.id === 'not-found-en',
      );
      expect(await page.locator('a.lang-switch').getAttribute('href')).toBe('#not-found-en');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without JavaScript, still leads to the same page', async () => {
    const { page, close } = await openPage('timeline/?province=x', { javaScriptEnabled: false });
    try {
      expect(
        new URL((await page.locator('a[hreflang="en"]').first().getAttribute('href'))!, page.url()).pathname,
      ).toMatch(/\/en\/timeline\/$/);
    } finally {
      await close();
    }
  });
});

/** Visible filterable items and the value of one of their data attributes. */
const visibleItems = (page: Page, attribute: string) =>
  page
    .locator('[data-filter-item]')
    .evaluateAll(
      (items, attr) =>
        items
          .filter((i) => !(i as HTMLElement).hidden && (i as HTMLElement).offsetParent !== null)
          .map((i) => (i as HTMLElement).dataset[attr] ?? ''),
      attribute,
    );

/** Choose a filter value and wait until exactly the expected number of items shows. */
async function chooseFilter(page: Page, name: string, value: string, expectedCount: number): Promise<string[]> {
  await page.locator(`form[data-filter-form] select[name="${name}"]`).selectOption(value);
  await page.waitForFunction(
    ({ n }) =>
      [...document.querySelectorAll<HTMLElement>('[data-filter-item]')].filter(
        (i) => !i.hidden && i.offsetParent !== null,
      ).length === n,
    { n: expectedCount },
  );
  return visibleItems(page, name);
}

const mostCommon = (values: string[]): string => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
};

describe('awards filters', () => {
  const awards = publishedEntries().flatMap((e) =>
    e.data.awards.map((a) => ({ ...a, province: e.data.province ?? 'none' })),
  );

  it('lists every award, and filtering by level or province shows exactly the matching ones, in the URL too', async () => {
    expect(awards.length, 'the content has awards').toBeGreaterThan(0);
    const { page, problems, close } = await openPage('awards/');
    try {
      await page.locator('form[data-filter-form]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-filter-item]').count()).toBe(awards.length);

      const level = mostCommon(awards.map((a) => a.level));
      const levels = await chooseFilter(page, 'level', level, awards.filter((a) => a.level === level).length);
      expect(new Set(levels)).toEqual(new Set([level]));
      expect(new URL(page.url()).searchParams.get('level')).toBe(level);

      await page.locator('form[data-filter-form] button[type="reset"]').click();
      await page.waitForFunction(
        (n) => [...document.querySelectorAll<HTMLElement>('[data-filter-item]')].filter((i) => !i.hidden).length === n,
        awards.length,
      );
      expect(new URL(page.url()).searchParams.get('level')).toBeNull();

      const province = mostCommon(awards.map((a) => a.province));
      const provinces = await chooseFilter(
        page,
        'province',
        province,
        awards.filter((a) => a.province === province).length,
      );
      expect(new Set(provinces)).toEqual(new Set([province]));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens a shared filtered link already filtered', async () => {
    const level = mostCommon(awards.map((a) => a.level));
    const { page, close } = await openPage(`en/awards/?level=${encodeURIComponent(level)}`);
    try {
      const expected = awards.filter((a) => a.level === level).length;
      await page.waitForFunction(
        (n) => [...document.querySelectorAll<HTMLElement>('[data-filter-item]')].filter((i) => !i.hidden).length === n,
        expected,
      );
      expect(await page.locator('select[name="level"]').inputValue()).toBe(level);
    } finally {
      await close();
    }
  });
});

describe('timeline filter', () => {
  it('shows only the chosen province’s conferences', async () => {
    const entries = publishedEntries();
    const province = mostCommon(entriesWithProvince().map((e) => e.data.province!));
    const { page, problems, close } = await openPage('timeline/');
    try {
      await page.locator('form[data-filter-form]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-filter-item]').count()).toBe(entries.length);
      const shown = await chooseFilter(
        page,
        'province',
        province,
        entries.filter((e) => e.data.province === province).length,
      );
      expect(new Set(shown)).toEqual(new Set([province]));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('sortable ranking table', () => {
  it('sorts by value both ways, empty values last', async () => {
    const { year } = newest();
    const { page, problems, close } = await openPage(`years/${year}/`);
    try {
      const table = page.locator('sortable-table').first();
      expect(await table.count(), 'a ranking table on the year page').toBe(1);
      const headers = table.locator('thead th');
      const valueColumn = await headers.evaluateAll((ths) => {
        const province = ths.findIndex((th) => (th as HTMLElement).dataset.sort === 'text');
        return ths.findIndex((th, i) => i > province && (th as HTMLElement).dataset.sort === 'num');
      });
      const button = headers.nth(valueColumn).locator('button.sort');
      await button.waitFor();
      const values = () =>
        table
          .locator('tbody tr')
          .evaluateAll(
            (trs, column) => trs.map((tr) => (tr.children[column] as HTMLElement).dataset.sortValue ?? ''),
            valueColumn,
          );
      const inOrder = (list: string[], ascending: boolean) => {
        const filled = list.filter((v) => v !== '').map(Number);
        const firstEmpty = list.indexOf('');
        const emptiesLast = firstEmpty === -1 || list.slice(firstEmpty).every((v) => v === '');
        return (
          emptiesLast && filled.every((v, i) => i === 0 || (ascending ? filled[i - 1]! <= v : filled[i - 1]! >= v))
        );
      };
      await button.click();
      expect(await headers.nth(valueColumn).getAttribute('aria-sort')).toBe('ascending');
      expect(inOrder(await values(), true)).toBe(true);
      await button.click();
      expect(await headers.nth(valueColumn).getAttribute('aria-sort')).toBe('descending');
      expect(inOrder(await values(), false)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
