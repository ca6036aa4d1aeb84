import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/lib/data-export/csv.ts';
import { awardRecords, awardsCsv } from '../../src/lib/data-export/awards.ts';
import { KPI_COLUMNS, kpiRecords, kpisCsv } from '../../src/lib/data-export/kpis.ts';
import { fixtureDigest } from './fixture-digest.ts';

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Sơn La')).toBe('Sơn La');
    expect(csvField('trên 101 tỷ, tăng 21%')).toBe('"trên 101 tỷ, tăng 21%"');
    expect(csvField('Cờ “Đơn vị” và "cờ"')).toBe('"Cờ “Đơn vị” và ""cờ"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('writes numbers plainly and empties for null', () => {
    expect(csvField(101000000000)).toBe('101000000000');
    expect(csvField(8.8)).toBe('8.8');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('@x')).toBe("'@x");
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv(
      [{ a: 1, b: 'x,y' }],
      [
        { name: 'a', value: (r) => r.a },
        { name: 'b', value: (r) => r.b },
      ],
    );
    expect(csv).toBe(`${BOM}a,b\r\n1,"x,y"\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

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

  it('lists every award with its level', () => {
    const records = awardRecords(digest);
    expect(records.find((r) => r.level === 'state')).toMatchObject({
      award: 'Huân chương Lao động hạng Nhì',
      recipientKind: 'individual',
      count: 1,
    });
    expect(awardsCsv(records).startsWith(`${BOM}province,year,award,`)).toBe(true);
  });
});
