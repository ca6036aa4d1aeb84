import { describe, expect, it } from 'vitest';
import {
  areaName,
  choroplethFor,
  labelledFrames,
  mapChooserLinks,
  mapsByMetric,
  mapTable,
} from '../../src/lib/digest/map-page.ts';
import type { ChoroplethArea } from '../../src/lib/map/choropleth.ts';
import type { MapSelection } from '../../src/lib/map/values.ts';
import { entry, revenue } from '../map/digest-entries.ts';

const revenue2023 = (slug: string, value: number) =>
  entry(slug, { province: slug, reportYear: 2023, eventDate: '2023-12-20', kpis: [revenue(2023, value)] });

describe('choroplethFor', () => {
  it('draws a year before the reform on the 63-province map and 2025 on the 34-unit map', () => {
    const before = choroplethFor([revenue2023('son-la', 101e9)], { metric: 'total_revenue', year: 2023 });
    expect([before.era, before.areas.length, before.noDataCount]).toEqual(['63', 63, 62]);
    const after = choroplethFor(
      [entry('bn', { province: 'bac-ninh', reportYear: 2025, eventDate: '2026-01-20', kpis: [revenue(2025, 900e9)] })],
      { metric: 'total_revenue', year: 2025 },
    );
    expect([after.era, after.areas.length, after.noDataCount]).toEqual(['34', 34, 33]);
  });
});

describe('mapTable', () => {
  const map = choroplethFor(
    [revenue2023('son-la', 101e9), revenue2023('lang-son', 200e9), revenue2023('cao-bang', 200e9)],
    { metric: 'total_revenue', year: 2023 },
  );
  const { rows, missing } = mapTable(map, new Intl.Collator('vi'));

  it('lists the provinces with a value highest first, equal values by name', () => {
    expect(rows.map((a) => [areaName(a), a.value.value])).toEqual([
      ['Cao Bằng', 200e9],
      ['Lạng Sơn', 200e9],
      ['Sơn La', 101e9],
    ]);
  });

  it('names the other 60 in alphabetical order, An Giang first', () => {
    expect(missing).toHaveLength(60);
    expect(missing[0]).toBe('An Giang');
    expect(missing).toEqual([...missing].sort(new Intl.Collator('vi').compare));
    expect(missing).not.toContain('Sơn La');
  });
});

describe('areaName', () => {
  it('is the unit’s name, or the map’s own name for a shape the registry does not know', () => {
    const area = { unit: { name: 'Sơn La' }, fallbackName: 'Son La' } as ChoroplethArea;
    expect(areaName(area)).toBe('Sơn La');
    expect(areaName({ ...area, unit: undefined })).toBe('Son La');
  });
});

describe('labelledFrames', () => {
  const map = choroplethFor([revenue2023('son-la', 101e9)], { metric: 'total_revenue', year: 2023 });

  it('labels Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa, in each language', () => {
    const lines = (lang: 'vi' | 'en') => Object.fromEntries(labelledFrames(map, lang).map((f) => [f.region, f.lines]));
    expect(lines('vi')).toEqual({
      'hoang-sa': ['Quần đảo', 'Hoàng Sa', '(Đà Nẵng)'],
      'truong-sa': ['Quần đảo', 'Trường Sa', '(Khánh Hòa)'],
    });
    expect(lines('en')['hoang-sa']).toEqual(['Hoàng Sa', 'archipelago', '(Đà Nẵng)']);
  });

  it('keeps each frame’s place and size', () => {
    expect(labelledFrames(map, 'vi').map(({ lines: _lines, ...frame }) => frame)).toEqual(map.frames);
  });
});

describe('the chooser and the list of maps', () => {
  // Newest first, as mapSelections gives them.
  const selections: MapSelection[] = [
    { metric: 'profit', year: 2024 },
    { metric: 'profit', year: 2023 },
    { metric: 'total_revenue', year: 2023 },
  ];

  it('links each metric to the current year when it has it, else to its latest year; headline metrics first', () => {
    expect(mapChooserLinks({ metric: 'profit', year: 2024 }, selections).metrics).toEqual([
      { metric: 'total_revenue', target: { metric: 'total_revenue', year: 2023 } },
      { metric: 'profit', target: { metric: 'profit', year: 2024 } },
    ]);
    expect(mapChooserLinks({ metric: 'total_revenue', year: 2023 }, selections).metrics[1]!.target).toEqual({
      metric: 'profit',
      year: 2023,
    });
  });

  it('offers the current metric’s years, newest first', () => {
    expect(mapChooserLinks({ metric: 'profit', year: 2023 }, selections).years).toEqual([2024, 2023]);
    expect(mapChooserLinks({ metric: 'total_revenue', year: 2023 }, selections).years).toEqual([2023]);
  });

  it('lists every map by metric, in the catalogue’s order', () => {
    expect(mapsByMetric(selections)).toEqual([
      { metric: 'total_revenue', maps: [{ metric: 'total_revenue', year: 2023 }] },
      {
        metric: 'profit',
        maps: [
          { metric: 'profit', year: 2024 },
          { metric: 'profit', year: 2023 },
        ],
      },
    ]);
  });
});
