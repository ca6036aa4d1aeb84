import { describe, expect, it } from 'vitest';
import { citation, lastUpdated } from '../../src/lib/data-export/about.ts';

const entry = (eventDate: string | null, publishedAt?: string, reviewedAt?: string, other?: string) => ({
  eventDate,
  source: publishedAt ? { publishedAt } : {},
  sources: other ? [{ publishedAt: other }] : undefined,
  review: { status: 'reviewed' as const, ...(reviewedAt ? { reviewedAt } : {}) },
});

describe('lastUpdated', () => {
  it('is the newest date the entries record: conference, publication, other outlet or review', () => {
    expect(lastUpdated([entry('2023-12-27', '2023-12-29'), entry('2024-12-26')])).toBe('2024-12-26');
    expect(lastUpdated([entry('2023-12-27', '2023-12-29', '2025-02-03')])).toBe('2025-02-03');
    expect(lastUpdated([entry(null, '2021-01-08T09:30')])).toBe('2021-01-08');
    expect(lastUpdated([entry(null, undefined, undefined, '2020-01-05')])).toBe('2020-01-05');
  });

  it('is null without a date', () => {
    expect(lastUpdated([])).toBeNull();
    expect(lastUpdated([entry(null)])).toBeNull();
  });
});

describe('citation', () => {
  it('names the site, the data, its date as pages write it, the address and the licence', () => {
    expect(citation('en', 'Provincial Post Offices', 'https://example.org/data/', '2025-01-10')).toBe(
      'Provincial Post Offices. Compiled data (updated 10 January 2025). https://example.org/data/. CC BY 4.0.',
    );
    expect(citation('vi', 'Bưu điện các tỉnh', 'https://example.org/data/', '2025-01-10')).toBe(
      'Bưu điện các tỉnh. Số liệu tổng hợp (cập nhật 10/01/2025). https://example.org/data/. CC BY 4.0.',
    );
  });
});
