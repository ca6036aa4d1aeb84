import { describe, expect, it } from 'vitest';
import { levelAddsToGiver } from '../../src/i18n/glossary.ts';
import { reviewFieldLabel } from '../../src/i18n/review-fields.ts';
import { recipientStatesCount } from '../../src/lib/digest/awards.ts';
import { timelineGroups } from '../../src/lib/digest/timeline.ts';
import type { DigestEntry } from '../../src/lib/digest/types.ts';
import { fixtureDigest } from './fixture-digest.ts';

describe('award lines say each thing once', () => {
  it('gives no “(6 recipients)” after “06 tập thể”', () => {
    expect(recipientStatesCount({ recipient: '06 tập thể', count: 6 })).toBe(true);
    expect(recipientStatesCount({ recipient: '6 cá nhân', count: 6 })).toBe(true);
    expect(recipientStatesCount({ recipient: 'các tập thể', count: 6 })).toBe(false);
    expect(recipientStatesCount({ recipient: '03 tập thể và 18 cá nhân', count: 21 })).toBe(false);
    expect(recipientStatesCount({ recipient: 'nhiều tập thể', count: null })).toBe(false);
  });

  it('names the level only when the giver does not already', () => {
    expect(levelAddsToGiver('corporation', 'Tổng công ty Bưu điện Việt Nam')).toBe(false);
    expect(levelAddsToGiver('corporation', 'Tổng Công ty Bưu điện Việt Nam')).toBe(false);
    expect(levelAddsToGiver('unit', 'Bưu điện tỉnh Lạng Sơn')).toBe(false);
    expect(levelAddsToGiver('province', 'UBND tỉnh Sơn La')).toBe(false);
    expect(levelAddsToGiver('state', 'Chủ tịch nước')).toBe(false);
    expect(levelAddsToGiver('ministry', 'Bộ Thông tin và Truyền thông')).toBe(true);
    expect(levelAddsToGiver('union', 'Tổng Liên đoàn Lao động Việt Nam')).toBe(true);
  });
});

describe('timelineGroups', () => {
  it('puts a conference with no date at the end of its year, after the dated ones', () => {
    const e = (id: string, reportYear: number, eventDate: string | null) =>
      ({ id, reportYear, eventDate }) as DigestEntry;
    // Newest first by sort key, as the digest orders them: the undated one sorts as the year's last day.
    const groups = timelineGroups([
      e('jan', 2020, '2021-01-08'),
      e('undated', 2020, null),
      e('dec', 2020, '2020-12-22'),
      e('older', 2019, '2019-12-25'),
    ]);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      [2020, ['jan', 'dec', 'undated']],
      [2019, ['older']],
    ]);
  });

  it('does so on the fixture corpus', () => {
    for (const g of timelineGroups(fixtureDigest().entries)) {
      const firstUndated = g.items.findIndex((i) => i.eventDate === null);
      if (firstUndated >= 0) expect(g.items.slice(firstUndated).every((i) => i.eventDate === null)).toBe(true);
    }
  });
});

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
