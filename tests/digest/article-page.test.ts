import { describe, expect, it } from 'vitest';
import {
  articleFigureGroups,
  articleQuotes,
  editUrl,
  otherSources,
  quoteId,
  siteOf,
  statedFigure,
} from '../../src/lib/digest/article-page.ts';
import type { DigestEntry } from '../../src/lib/digest/types.ts';
import type { Source } from '../../src/lib/schema/index.ts';
import { fig } from './figure-row.ts';
import { fixtureDigest } from './fixture-digest.ts';

describe('articleQuotes', () => {
  it('gives every result, target, growth line and award its phrase, with an id by list and position', () => {
    const entry = {
      kpis: [{ quote: 'doanh thu đạt 101 tỷ đồng' }, { quote: 'lợi nhuận 5 tỷ đồng' }],
      targets: [{ quote: 'phấn đấu đạt 110 tỷ đồng' }],
      serviceGrowth: [{ quote: 'bưu chính tăng 21%' }],
      awards: [{ quote: 'Bằng khen của Bộ' }],
    } as unknown as DigestEntry;
    expect(articleQuotes(entry)).toEqual([
      { id: 'q-kpis-0', text: 'doanh thu đạt 101 tỷ đồng' },
      { id: 'q-kpis-1', text: 'lợi nhuận 5 tỷ đồng' },
      { id: 'q-targets-0', text: 'phấn đấu đạt 110 tỷ đồng' },
      { id: 'q-growth-0', text: 'bưu chính tăng 21%' },
      { id: 'q-awards-0', text: 'Bằng khen của Bộ' },
    ]);
    expect(quoteId('awards', 3)).toBe('q-awards-3');
  });
});

describe('statedFigure', () => {
  it('carries the change and the share of plan the article states', () => {
    expect(statedFigure(fig(2023, 110e9, { changePercent: 21, planPercent: 102 }))).toMatchObject({
      change: { percent: 21, source: 'stated' },
      plan: { percent: 102, source: 'stated' },
    });
  });

  it('computes nothing from other figures: without stated percentages there are none', () => {
    expect(statedFigure(fig(2023, 110e9))).toMatchObject({ change: null, plan: null });
  });
});

describe('articleFigureGroups on the fixtures', () => {
  const digest = fixtureDigest();
  const entryOf = (province: string, reportYear: number) =>
    digest.entries.find((e) => e.province === province && e.reportYear === reportYear && e.kpis.length > 0)!;

  it('lists the results, then the targets, each as the entry orders them', () => {
    const entry = entryOf('lang-son', 2024);
    const groups = articleFigureGroups(entry);
    expect(groups.map((g) => g.kind)).toEqual(['kpis', 'targets']);
    expect(groups[0]!.figures.map((f) => f.row.metric)).toEqual(entry.kpis.map((k) => k.metric));
    expect(groups[1]!.figures.map((f) => f.row.index)).toEqual(entry.targets.map((_, i) => i));
  });

  it('compares nothing: Lạng Sơn’s 2024 revenue shows no share of plan here (its province page computes one)', () => {
    const revenue = articleFigureGroups(entryOf('lang-son', 2024))[0]!.figures.find(
      (f) => f.row.metric === 'total_revenue',
    )!;
    expect(revenue.plan).toBeNull();
    expect(revenue.change).toBeNull();
  });

  it('leaves out an empty list: Vĩnh Long’s mid-year review set no target, and states 43% of plan, +18%', () => {
    const groups = articleFigureGroups(entryOf('vinh-long', 2022));
    expect(groups.map((g) => g.kind)).toEqual(['kpis']);
    expect(groups[0]!.figures[0]).toMatchObject({
      plan: { percent: 43, source: 'stated' },
      change: { percent: 18, source: 'stated' },
    });
  });
});

describe('otherSources', () => {
  const url = (u: string): Source => ({ url: u, retrievedAs: 'full' }) as Source;

  it('lists the sources other than the entry’s own, matched by address', () => {
    const own = url('https://baosonla.vn/a');
    const other = url('https://vnpost.vn/b');
    expect(otherSources({ source: own, sources: [url('https://baosonla.vn/a'), other] })).toEqual([other]);
    expect(otherSources({ source: own })).toEqual([]);
  });

  it('matches a source without an address by its stored file and publisher', () => {
    const own = { originalFile: 'a.txt', publisher: 'Báo Sơn La' } as Source;
    const samePublisherOtherFile = { originalFile: 'b.txt', publisher: 'Báo Sơn La' } as Source;
    const withAddress = url('https://vnpost.vn/b');
    expect(otherSources({ source: own, sources: [{ ...own }, samePublisherOtherFile, withAddress] })).toEqual([
      samePublisherOtherFile,
      withAddress,
    ]);
  });
});

describe('siteOf', () => {
  it('names the site without “www.”, and keeps an address it cannot read as written', () => {
    expect(siteOf('https://www.baolangson.vn/kinh-te/bai-1.html')).toBe('baolangson.vn');
    expect(siteOf('https://vnpost.vn/')).toBe('vnpost.vn');
    expect(siteOf('baolangson.vn/bai-1')).toBe('baolangson.vn/bai-1');
  });
});

describe('editUrl', () => {
  const file = 'content/articles/son-la/2023-12-27-x.mdx';

  it('joins the base and the file’s path with exactly one slash', () => {
    const expected = `https://github.com/o/r/edit/main/${file}`;
    expect(editUrl('https://github.com/o/r/edit/main', file)).toBe(expected);
    expect(editUrl('https://github.com/o/r/edit/main/', file)).toBe(expected);
    expect(editUrl('https://github.com/o/r/edit/main/', `./${file}`)).toBe(expected);
    expect(editUrl('https://github.com/o/r/edit/main', `/${file}`)).toBe(expected);
  });

  it('gives no link without a base or without a file', () => {
    expect(editUrl(undefined, file)).toBeUndefined();
    expect(editUrl('', file)).toBeUndefined();
    expect(editUrl('https://github.com/o/r/edit/main', undefined)).toBeUndefined();
  });
});
