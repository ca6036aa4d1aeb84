import { describe, expect, it } from 'vitest';
import { reviewFieldLabel } from '../../src/i18n/review-fields.ts';
import type { DigestEntry } from '../../src/lib/digest/types.ts';

describe('reviewFieldLabel', () => {
  const entry = {
    kpis: [{ metric: 'total_revenue' }, { metric: 'average_income' }],
    targets: [],
    awards: [{ award: 'Cờ thi đua' }],
    serviceGrowth: [],
    people: [],
  } as unknown as DigestEntry;

  it('names the field in the reader’s language, with the metric or award it is about', () => {
    expect(reviewFieldLabel('title', 'vi')).toBe('Tiêu đề');
    expect(reviewFieldLabel('province', 'en')).toBe('Province');
    expect(reviewFieldLabel('kpis', 'vi')).toBe('Kết quả');
    expect(reviewFieldLabel('kpis[1].changePercent', 'vi', entry)).toBe(
      'Kết quả: Thu nhập bình quân (so với năm trước)',
    );
    expect(reviewFieldLabel('kpis[0].value', 'en', entry)).toBe('Results: Total revenue (value)');
    expect(reviewFieldLabel('awards[0]', 'vi', entry)).toBe('Khen thưởng: Cờ thi đua');
  });

  it('numbers an item it cannot name, and keeps a field it does not know as written', () => {
    expect(reviewFieldLabel('awards[3]', 'en')).toBe('Awards: #4');
    expect(reviewFieldLabel('ingest.hash', 'vi')).toBe('ingest.hash');
  });
});
