import { describe, expect, it } from 'vitest';
import { lineageSentence } from '../../src/i18n/lineage-text.ts';
import { lineageFacts } from '../../src/lib/digest/lineage.ts';

const sentences = (slug: string, lang: 'vi' | 'en') => lineageFacts(slug).map((f) => lineageSentence(f, lang));

describe('lineage sentences', () => {
  it('says Quảng Nam became part of Đà Nẵng city, not “tỉnh Đà Nẵng”', () => {
    expect(sentences('quang-nam', 'vi')).toEqual([
      'Từ ngày 01/07/2025, tỉnh Quảng Nam được hợp nhất cùng thành phố Đà Nẵng (cũ) thành thành phố Đà Nẵng.',
    ]);
    expect(sentences('quang-nam', 'en')).toEqual([
      'On 1 July 2025, Quảng Nam Province was merged with the former Đà Nẵng City into Đà Nẵng City.',
    ]);
  });

  it('calls today’s Hồ Chí Minh a city, and lists what it absorbed alphabetically', () => {
    const formed = sentences('ho-chi-minh', 'vi').find((s) => s.includes('hiện nay'))!;
    expect(formed).toBe(
      'Thành phố Hồ Chí Minh hiện nay được thành lập từ ngày 01/07/2025 trên cơ sở hợp nhất tỉnh Bà Rịa - Vũng Tàu, tỉnh Bình Dương và thành phố Hồ Chí Minh (cũ).',
    );
    expect(sentences('ho-chi-minh', 'en')).toContain(
      'Today’s Hồ Chí Minh City was formed on 1 July 2025 by merging Bà Rịa - Vũng Tàu Province, Bình Dương Province and the former Hồ Chí Minh City.',
    );
    expect(sentences('ho-chi-minh', 'vi').join(' ')).not.toMatch(/tỉnh Hồ Chí Minh/i);
  });

  it('tells Huế’s upgrade from province to city', () => {
    expect(sentences('thua-thien-hue', 'vi')).toEqual([
      'Từ ngày 01/01/2025, tỉnh Thừa Thiên Huế trở thành thành phố Huế.',
    ]);
  });

  it('passes each unit to the renderer, for links', () => {
    const fact = lineageFacts('bac-giang')[0]!;
    expect(lineageSentence(fact, 'vi', (u, text) => `[${u.slug}:${text}]`)).toBe(
      'Từ ngày 01/07/2025, [bac-giang:tỉnh Bắc Giang] được hợp nhất cùng [bac-ninh:tỉnh Bắc Ninh (cũ)] thành [bac-ninh:tỉnh Bắc Ninh].',
    );
  });
});
