import { describe, expect, it } from 'vitest';
import { rankBy, rankProvinces } from '../../src/lib/digest/rankings.ts';
import type { FigureRow } from '../../src/lib/digest/types.ts';

function row(province: string | null, value: number | null, extra: Partial<FigureRow> = {}): FigureRow {
  return {
    entryId: `e-${province}`,
    kind: 'result',
    index: 0,
    figure: {
      metric: 'total_revenue',
      value,
      unit: 'VND',
      qualifier: 'exact',
      estimated: false,
      year: 2019,
      period: 'year',
      quote: 'q',
    },
    province,
    unitKey: province ? `63:${province}` : null,
    territoryKey: province ? `63:${province}` : null,
    metric: 'total_revenue',
    year: 2019,
    period: 'year',
    value,
    unit: 'VND',
    converted: false,
    eventDate: null,
    sortKey: '2019-12-31',
    ...extra,
  };
}

describe('rankBy', () => {
  it('gives equal values the same rank and skips the next (1, 2, 2, 4)', () => {
    const ranked = rankBy([5, 9, 7, 7], (v) => v, true);
    expect(ranked.map((r) => [r.item, r.rank])).toEqual([
      [9, 1],
      [7, 2],
      [7, 2],
      [5, 4],
    ]);
  });

  it('ranks the lowest first when lower is better', () => {
    const ranked = rankBy([3.47, 1.2, 5], (v) => v, false);
    expect(ranked.map((r) => r.item)).toEqual([1.2, 3.47, 5]);
  });

  it('lists items without a value after the ranked ones, unranked', () => {
    const ranked = rankBy([null, 4, null, 8], (v) => v, true);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, null, null]);
  });

  it('breaks ties with the tie-breaker without changing the shared rank', () => {
    const items = [
      { n: 'Sơn La', v: 1 },
      { n: 'Bắc Giang', v: 1 },
    ];
    const ranked = rankBy(
      items,
      (i) => i.v,
      true,
      (a, b) => a.n.localeCompare(b.n, 'vi'),
    );
    expect(ranked.map((r) => [r.item.n, r.rank])).toEqual([
      ['Bắc Giang', 1],
      ['Sơn La', 1],
    ]);
  });
});

describe('rankProvinces', () => {
  it('never ranks part-year figures against full years', () => {
    const ranked = rankProvinces([row('a', 100), row('b', 900, { period: 'H1' }), row('c', 50)], true);
    expect(ranked.map((r) => r.item.province)).toEqual(['a', 'c']);
  });

  it('leaves targets out', () => {
    expect(rankProvinces([row('a', 100), row('b', 500, { kind: 'target' })], true)).toHaveLength(1);
  });

  it('lists an unidentified province last, unranked, even with the highest value', () => {
    const ranked = rankProvinces([row(null, 1000), row('a', 100), row('b', 200)], true);
    expect(ranked.map((r) => [r.item.province, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      [null, null],
    ]);
  });
});
