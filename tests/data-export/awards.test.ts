import { describe, expect, it } from 'vitest';
import { BOM } from '../../src/lib/data-export/csv.ts';
import { awardRecords, awardsCsv } from '../../src/lib/data-export/awards.ts';
import { fixtureDigest } from '../digest/fixture-digest.ts';

describe('downloads on the fixtures', () => {
  const digest = fixtureDigest();

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
