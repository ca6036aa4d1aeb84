import { describe, expect, it } from 'vitest';
import { KPI_COLUMNS, kpiRecords, kpisCsv } from '../../src/lib/data-export/kpis.ts';
import { fixtureDigest } from '../digest/fixture-digest.ts';

describe('downloads on the fixtures', () => {
  const digest = fixtureDigest();

  it('opens with the contract’s eight columns', () => {
    const header = kpisCsv(kpiRecords(digest)).slice(1).split('\r\n')[0];
    expect(header?.startsWith('province,year,metric,value,unit,qualifier,kind,article,')).toBe(true);
    expect(header?.split(',')).toEqual([...KPI_COLUMNS]);
  });

  it('has one row per figure, results and targets, with null values left empty', () => {
    const records = kpiRecords(digest);
    const figures = digest.entries.reduce((n, e) => n + e.kpis.length + e.targets.length, 0);
    expect(records).toHaveLength(figures);
    const vinhLong = records.find((r) => r.province === 'vinh-long' && r.metric === 'total_revenue')!;
    expect(vinhLong).toMatchObject({ value: null, period: 'H1', planPercent: 43, kind: 'result' });
    expect(records.some((r) => r.kind === 'target' && r.province === 'bac-giang' && r.year === 2020)).toBe(true);
    expect(records.some((r) => r.province === 'dong-thap')).toBe(false); // draft
  });

  it('writes the province-less entry with an empty province', () => {
    const lines = kpisCsv(kpiRecords(digest)).split('\r\n');
    expect(lines.some((l) => l.startsWith(',2020,total_revenue,233000000000,VND,over,result,'))).toBe(true);
  });
});
