import { describe, expect, it } from 'vitest';
import { defaultSelection, mappedMetrics, mapSelections, mapValues } from '../../src/lib/map/values.ts';
import { entry, revenue } from './digest-entries.ts';

describe('mapValues', () => {
  it('joins a pre-2025 figure on the 63-province map by era and code', () => {
    const entries = [
      entry('son-la-2023', {
        province: 'son-la',
        reportYear: 2023,
        eventDate: '2023-12-27',
        kpis: [revenue(2023, 101e9)],
      }),
    ];
    const values = mapValues(entries, 'total_revenue', 2023);
    expect([...values.keys()]).toEqual(['63:14']);
    expect(values.get('63:14')).toMatchObject({ value: 101e9, articleTitle: 'Hội nghị son-la-2023' });
    expect(values.get('63:14')!.unit.name).toBe('Sơn La');
  });

  it('joins a 2025 figure on the 34-unit map, where code 24 is the new Bắc Ninh', () => {
    const entries = [
      entry('bac-ninh-2025', {
        province: 'bac-ninh',
        reportYear: 2025,
        eventDate: '2025-12-20',
        kpis: [revenue(2025, 900e9)],
      }),
    ];
    const values = mapValues(entries, 'total_revenue', 2025);
    expect([...values.keys()]).toEqual(['34:24']);
    expect(values.get('34:24')!.unit.fullName).toMatch(/Bắc Ninh/);
  });

  it('carries an unchanged province across the reform, but not a merged one', () => {
    const entries = [
      // New Sơn La (unchanged) gives its 2024 figure: drawn on old Sơn La.
      entry('son-la-2025', {
        province: 'son-la',
        reportYear: 2025,
        eventDate: '2025-12-20',
        kpis: [revenue(2024, 120e9)],
      }),
      // New Bắc Ninh (Bắc Giang + Bắc Ninh) gives a 2024 figure: belongs to neither old province alone.
      entry('bac-ninh-2025', {
        province: 'bac-ninh',
        reportYear: 2025,
        eventDate: '2025-12-20',
        kpis: [revenue(2024, 800e9)],
      }),
    ];
    expect([...mapValues(entries, 'total_revenue', 2024).keys()]).toEqual(['63:14']);
  });

  it('names code 46 Thừa Thiên Huế for 2024 and Huế for 2025', () => {
    const entries = [
      entry('tth-2024', {
        province: 'thua-thien-hue',
        reportYear: 2024,
        eventDate: '2024-12-20',
        kpis: [revenue(2024, 300e9)],
      }),
      entry('hue-2025', { province: 'hue', reportYear: 2025, eventDate: '2025-12-20', kpis: [revenue(2025, 320e9)] }),
    ];
    expect(mapValues(entries, 'total_revenue', 2024).get('63:46')!.unit.name).toBe('Thừa Thiên Huế');
    expect(mapValues(entries, 'total_revenue', 2025).get('34:46')!.unit.name).toBe('Huế');
  });

  it('leaves out targets, part-year figures, figures without a value and entries without a province', () => {
    const entries = [
      entry('targets', {
        province: 'son-la',
        reportYear: 2023,
        planYear: 2024,
        eventDate: '2023-12-27',
        targets: [revenue(2024, 130e9)],
      }),
      entry('half-year', {
        province: 'cao-bang',
        reportYear: 2024,
        eventDate: '2024-07-05',
        eventKind: 'mid-year',
        kpis: [revenue(2024, 50e9, { period: 'H1' })],
      }),
      entry('percent-only', {
        province: 'lang-son',
        reportYear: 2024,
        eventDate: '2024-12-20',
        kpis: [revenue(2024, null)],
      }),
      entry('unknown', {
        province: null,
        reportYear: 2024,
        review: { status: 'needs-review' },
        kpis: [revenue(2024, 70e9)],
      }),
    ];
    expect(mapValues(entries, 'total_revenue', 2024).size).toBe(0);
    expect(mapSelections(entries)).toEqual([]);
  });

  it('prefers a final figure to an estimate for the same province and year', () => {
    const entries = [
      entry('a-estimate', {
        province: 'son-la',
        reportYear: 2023,
        eventDate: '2023-12-27',
        kpis: [revenue(2023, 100e9, { estimated: true })],
      }),
      entry('b-final', {
        province: 'son-la',
        reportYear: 2024,
        eventDate: '2024-12-27',
        kpis: [revenue(2023, 103e9), revenue(2024, 110e9)],
      }),
    ];
    expect(mapValues(entries, 'total_revenue', 2023).get('63:14')).toMatchObject({
      value: 103e9,
      row: { entryId: 'b-final' },
    });
  });

  it('converts a monthly income to the metric’s unit', () => {
    const entries = [
      entry('income', {
        province: 'son-la',
        reportYear: 2023,
        eventDate: '2023-12-27',
        kpis: [{ metric: 'labor_productivity', value: 14e6, unit: 'VND/person/month', year: 2023, quote: 'năng suất' }],
      }),
    ];
    expect(mapValues(entries, 'labor_productivity', 2023).get('63:14')!.value).toBe(168e6);
  });
});

describe('mapSelections and defaultSelection', () => {
  const entries = [
    entry('s1', {
      province: 'son-la',
      reportYear: 2023,
      eventDate: '2023-12-27',
      kpis: [revenue(2023, 101e9), { metric: 'profit', value: 5e9, unit: 'VND', year: 2023, quote: 'lợi nhuận' }],
    }),
    entry('s2', {
      province: 'cao-bang',
      reportYear: 2024,
      eventDate: '2024-12-27',
      kpis: [{ metric: 'profit', value: 6e9, unit: 'VND', year: 2024, quote: 'lợi nhuận' }],
    }),
  ];

  it('lists every metric and year with a value, newest first', () => {
    expect(mapSelections(entries)).toEqual([
      { metric: 'profit', year: 2024 },
      { metric: 'profit', year: 2023 },
      { metric: 'total_revenue', year: 2023 },
    ]);
  });

  it('lists the mapped metrics in the catalogue’s order, headline figures first', () => {
    expect(mappedMetrics(mapSelections(entries))).toEqual(['total_revenue', 'profit']);
  });

  it('opens on the latest year of total revenue, else on the latest year of anything', () => {
    expect(defaultSelection(mapSelections(entries))).toEqual({ metric: 'total_revenue', year: 2023 });
    expect(defaultSelection(mapSelections(entries.slice(1)))).toEqual({ metric: 'profit', year: 2024 });
    expect(defaultSelection([])).toBeUndefined();
  });
});
