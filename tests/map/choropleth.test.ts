import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/lib/map/choropleth.ts';
import { mapValues } from '../../src/lib/map/values.ts';
import { vietnamMapShapes } from '../../src/lib/map/vietnam-maps.ts';
import { entry, revenue } from './digest-entries.ts';

describe('buildChoropleth', () => {
  it('gives every province of the era a class or no data', () => {
    const entries = ['son-la', 'cao-bang', 'lang-son', 'dien-bien'].map((slug, i) =>
      entry(slug, {
        province: slug,
        reportYear: 2023,
        eventDate: '2023-12-20',
        kpis: [revenue(2023, (i + 1) * 100e9)],
      }),
    );
    const map = buildChoropleth(vietnamMapShapes('63'), 2023, mapValues(entries, 'total_revenue', 2023));
    expect(map.areas).toHaveLength(63);
    expect(map.classes).toHaveLength(4);
    expect(map.classes.map((c) => c.count)).toEqual([1, 1, 1, 1]);
    expect(map.noDataCount).toBe(59);
    const sonLa = map.areas.find((a) => a.code === '14')!;
    expect(sonLa.classIndex).toBe(0);
    expect(map.areas.find((a) => a.code === '01')!.classIndex).toBeNull();
    expect(map.areas.every((a) => a.unit !== undefined)).toBe(true);
  });
});
