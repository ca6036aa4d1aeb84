import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/lib/data-export/csv.ts';

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
