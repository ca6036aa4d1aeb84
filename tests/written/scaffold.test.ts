import { describe, expect, it } from 'vitest';
import { checkWrittenDigest } from '../../src/lib/written/check-written.ts';
import { scaffoldWrittenDigest } from '../../src/lib/written/scaffold.ts';
import { fixtureDigest } from '../digest/fixture-digest.ts';

const digest = fixtureDigest();

describe('scaffoldWrittenDigest', () => {
  it.each(['vi', 'en'] as const)('writes a %s draft that passes the check as it comes', (lang) => {
    const text = scaffoldWrittenDigest({ digest, year: 2023, lang, today: '2026-12-07' })!;
    const file = `content/digests/2023${lang === 'en' ? '.en' : ''}.mdx`;
    const { findings, data } = checkWrittenDigest(file, text, digest);
    expect(findings).toEqual([]);
    expect(data).toMatchObject({ year: 2023, draft: true, published: '2026-12-07' });
  });

  it('says who reported, the leaders with their figures, changes, awards by level, targets and who is missing', () => {
    const text = scaffoldWrittenDigest({ digest, year: 2023, lang: 'vi', today: '2026-12-07' })!;
    expect(text).toContain('Năm 2023, tổng hợp có bài về hội nghị của Lạng Sơn và Sơn La.');
    expect(text).toContain(
      'Tổng doanh thu: dẫn đầu là Lạng Sơn với <Figure province="lang-son" metric="total_revenue" year={2023} />.',
    );
    expect(text).toContain('<Ranking metric="total_revenue" year={2023} />');
    // Sơn La's productivity is the only 2023 figure with a change (+21%, stated).
    expect(text).toContain(
      'Năng suất lao động của Sơn La đạt <Figure province="son-la" metric="labor_productivity" year={2023} />',
    );
    expect(text).toContain('<Awards year={2023} level="state" />');
    expect(text).toContain('<Targets year={2024} />');
    expect(text).toMatch(/Tổng hợp chưa có báo cáo năm 2023 của: An Giang, .*Yên Bái\./);
    expect(text).not.toMatch(/: .*Lạng Sơn,.*Yên Bái/);
  });

  it('types no figure of its own: every number in the prose is a year or inside a tag', () => {
    const text = scaffoldWrittenDigest({ digest, year: 2023, lang: 'en', today: '2026-12-07' })!;
    const prose = text
      .split('\n---\n')[1]!
      .replace(/<[A-Z][^>]*\/>/g, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
    expect(prose.match(/\d+(?:[.,]\d+)*/g)!.every((n) => /^(19|20)\d\d$/.test(n))).toBe(true);
  });

  it('has nothing to write for a year without data', () => {
    expect(scaffoldWrittenDigest({ digest, year: 2001, lang: 'vi', today: '2026-12-07' })).toBeNull();
  });
});
