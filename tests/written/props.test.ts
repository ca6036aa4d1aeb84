import { describe, expect, it } from 'vitest';
import type { ComponentUse } from '../../src/lib/mdx/component-uses.ts';
import { PROJECT_COMPONENTS } from '../../src/lib/mdx/project-components.ts';
import { COMPONENT_SPECS, checkComponentUse, renderError } from '../../src/lib/mdx/props/index.ts';
import { resolveFigure } from '../../src/lib/mdx/props/figure.ts';
import { resolveRanking } from '../../src/lib/mdx/props/ranking.ts';
import { resolveSeriesChart } from '../../src/lib/mdx/props/series-chart.ts';
import { resolveAwards } from '../../src/lib/mdx/props/awards.ts';
import { resolveProvinceMap } from '../../src/lib/mdx/props/province-map.ts';
import { resolveTargets } from '../../src/lib/mdx/props/targets.ts';
import { fixtureDigest } from '../digest/fixture-digest.ts';

const digest = fixtureDigest();
const use = (name: ComponentUse['name'], props: ComponentUse['props'], inline = false): ComponentUse => ({
  name,
  line: 3,
  inline,
  props,
  notLiteral: [],
});
const whats = (u: ComponentUse) => checkComponentUse(u, digest).map((p) => `${p.prop}: ${p.en.what}`);

describe('the specs', () => {
  it('has one spec for each name of the shared list, and no other', () => {
    expect(Object.keys(COMPONENT_SPECS).sort()).toEqual([...PROJECT_COMPONENTS].sort());
  });
});

describe('<Figure>', () => {
  it('finds a province’s full-year result with its article', () => {
    const r = resolveFigure(digest, { province: 'son-la', metric: 'total_revenue', year: 2023 });
    expect(r.ok && [r.value.value, r.value.figure.qualifier, r.value.entryId]).toEqual([
      101_000_000_000,
      'over',
      '2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024',
    ]);
  });

  it('says which years exist when the year has no figure', () => {
    expect(whats(use('Figure', { province: 'son-la', metric: 'total_revenue', year: 2022 }))).toEqual([
      'year: no figure for son-la total_revenue 2022',
    ]);
    const r = resolveFigure(digest, { province: 'lang-son', metric: 'total_revenue', year: 2022 });
    expect(!r.ok && r.problems[0]!.en.fix).toBe('the years with a full-year figure: 2015, 2023, 2024');
  });

  it('refuses a figure the article gave only as a percentage', () => {
    const [p] = checkComponentUse(
      use('Figure', { province: 'vinh-long', metric: 'total_revenue', year: 2022 }),
      digest,
    );
    // Vĩnh Long's 2022 figure is for the first half only, so there is no full-year figure at all.
    expect(p!.en.what).toBe('no figure for vinh-long total_revenue 2022');
  });

  it('suggests the slug and the metric meant', () => {
    const problems = checkComponentUse(
      use('Figure', { province: 'son-laa', metric: 'total_revenu', year: 2023 }),
      digest,
    );
    expect(problems.map((p) => [p.prop, p.en.fix])).toEqual([
      ['province', 'did you mean "son-la"?'],
      ['metric', 'did you mean "total_revenue"? (the metrics are listed in docs/editing.en.md)'],
    ]);
  });

  it('reads a year written as text as a mistake with its fix', () => {
    const [p] = checkComponentUse(use('Figure', { province: 'son-la', metric: 'total_revenue', year: '2023' }), digest);
    expect([p!.en.what, p!.vi.fix]).toEqual([
      'year="2023" is text, not a number',
      'viết year={2023} (trong ngoặc nhọn)',
    ]);
  });

  it('names props it does not take and props left out', () => {
    expect(whats(use('Figure', { provnce: 'son-la', metric: 'total_revenue', year: 2023 }))).toEqual([
      'provnce: <Figure> has no prop provnce',
      'province: <Figure> lacks the prop province (province slug)',
    ]);
  });
});

describe('<Ranking>', () => {
  it('keeps the first `top` ranked provinces and how many were ranked', () => {
    const r = resolveRanking(digest, { metric: 'total_revenue', year: 2023, top: 1 });
    expect(r.ok && [r.value.rows.map((x) => x.row.province), r.value.rankedCount]).toEqual([['lang-son'], 2]);
  });

  it('has no ranking for a year nobody reported', () => {
    expect(whats(use('Ranking', { metric: 'total_revenue', year: 2022 }))).toEqual([
      'year: no province reported total_revenue for the whole of 2022, so there is no ranking',
    ]);
  });

  it('must stand on its own line', () => {
    expect(whats(use('Ranking', { metric: 'total_revenue', year: 2023 }, true))).toEqual([
      'Ranking: <Ranking> stands inside a paragraph',
    ]);
  });

  it('takes a top of at least 1', () => {
    expect(whats(use('Ranking', { metric: 'total_revenue', year: 2023, top: 0 }))).toEqual([
      'top: top={0} is not a whole number of at least 1',
    ]);
  });
});

describe('<SeriesChart>, <Awards>, <ProvinceMap>, <Targets>', () => {
  it('finds Sơn La’s payouts over two years', () => {
    const r = resolveSeriesChart(digest, { province: 'son-la', metric: 'payouts' });
    expect(r.ok && r.value.series.points.map((p) => p.year)).toEqual([2019, 2023]);
  });

  it('says which metrics a province has', () => {
    const r = resolveSeriesChart(digest, { province: 'son-la', metric: 'profit' });
    expect(!r.ok && r.problems[0]!.en.what).toBe('son-la has no full-year figure of profit');
  });

  it('lists the year’s awards of a level, and says which levels exist when there are none', () => {
    const r = resolveAwards(digest, { year: 2023, level: 'state' });
    expect(r.ok && r.value.map((a) => a.award.award)).toEqual(['Huân chương Lao động hạng Nhì']);
    expect(whats(use('Awards', { year: 2023, level: 'government' }))).toEqual([
      'level: no government-level award for 2023',
    ]);
    expect(whats(use('Awards', { year: 2023, level: 'national' }))).toEqual([
      'level: level="national" is no award level',
    ]);
  });

  it('maps a metric only in a year with a figure', () => {
    expect(resolveProvinceMap(digest, { metric: 'total_revenue', year: 2023 }).ok).toBe(true);
    expect(whats(use('ProvinceMap', { metric: 'total_revenue', year: 2022 }))).toEqual([
      'year: there is no map of total_revenue for 2022: no province has a full-year figure',
    ]);
  });

  it('lists the targets of a year, by province', () => {
    const r = resolveTargets(digest, { year: 2024 });
    expect(r.ok && r.value.map((x) => `${x.province} ${x.metric}`)).toEqual([
      'lang-son total_revenue',
      'lang-son profit',
    ]);
    expect(whats(use('Targets', { year: 2030 }))).toEqual(['year: no target is set for 2030']);
  });
});

describe('a prop written as code', () => {
  it('is an error before anything is resolved', () => {
    const problems = checkComponentUse(
      { ...use('Targets', {}), notLiteral: [{ prop: 'year', code: '2023 + 1' }] },
      digest,
    );
    expect(problems.map((p) => p.en.what)).toEqual([
      'year={2023 + 1} is code; a prop takes only a value written out',
      '<Targets> lacks the prop year (the plan year)',
    ]);
  });
});

describe('renderError', () => {
  it('says the tag, the prop, what is wrong in both languages and where to find the line', () => {
    const r = resolveFigure(digest, { province: 'son-la', metric: 'total_revenue', year: 2022 });
    expect(
      !r.ok && renderError('Figure', { province: 'son-la', metric: 'total_revenue', year: 2022 }, r.problems).message,
    ).toBe(
      '<Figure province="son-la" metric="total_revenue" year={2022} />: year: no figure for son-la total_revenue 2022 (không có số liệu total_revenue năm 2022 của son-la) — the years with a full-year figure: 2023. Run npm run check for the file and line.',
    );
  });
});
