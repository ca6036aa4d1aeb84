/**
 * The synthetic corpus: deterministic for a seed, the right provinces for each year, and articles the
 * real ingest reads into one entry each with 5–20 figures, awards and people, without review warnings
 * other than an excerpt's.
 */
import { describe, expect, it } from 'vitest';
import { chosenProvinces, planCorpus, plannedText, unitsOfYear } from '../../src/lib/bench/corpus-plan.ts';
import { provincesOfYear, rawArticles } from '../../src/lib/bench/raw-articles.ts';
import { entryData, extractArticle } from '../../src/lib/extract/article.ts';

describe('planCorpus', () => {
  it('gives the same articles for the same seed and other ones for another seed', () => {
    const a = planCorpus({ provinces: 5, years: 2, scale: 2, seed: 7 });
    const b = planCorpus({ provinces: 5, years: 2, scale: 2, seed: 7 });
    const c = planCorpus({ provinces: 5, years: 2, scale: 2, seed: 8 });
    expect(a.map(plannedText)).toEqual(b.map(plannedText));
    expect(a.map(plannedText)).not.toEqual(c.map(plannedText));
  });

  it('holds the 63 provinces before the merger and the 34 after: 916 year-end conferences for 63 × 15', () => {
    const plan = planCorpus({ provinces: 63, years: 15, scale: 1, seed: 1 });
    expect(plan).toHaveLength(14 * 63 + 34);
    expect(new Set(plan.filter((a) => a.reportYear === 2024).map((a) => a.unit.key)).size).toBe(63);
    expect(new Set(plan.filter((a) => a.reportYear === 2025).map((a) => a.unit.key)).size).toBe(34);
    expect(plan.every((a) => a.kind === 'year-end')).toBe(true);
    expect(new Set(plan.map((a) => a.name)).size).toBe(plan.length);
  });

  it('adds the part-year reviews at 4× and more conferences on distinct dates at 16×', () => {
    const plan = planCorpus({ provinces: 2, years: 1, scale: 16, seed: 3, lastYear: 2020 });
    expect(plan).toHaveLength(2 * 16);
    const one = plan.filter((a) => a.unit.key === plan[0]!.unit.key);
    expect(one.map((a) => a.kind).sort()).toEqual(
      [...Array(13).fill('year-end'), 'first-quarter', 'mid-year', 'nine-month'].sort(),
    );
    expect(new Set(one.map((a) => a.date.join('/'))).size).toBe(16);
  });

  it('follows the chosen provinces into the provinces they became in 2025', () => {
    const chosen = chosenProvinces(10);
    expect(chosen).toHaveLength(10);
    const after = unitsOfYear(chosen, 2025);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((u) => u.era === '34')).toBe(true);
    expect(unitsOfYear(chosenProvinces(63), 2025)).toHaveLength(provincesOfYear(2025).length);
  });
});

describe('generated articles through the real extraction', () => {
  const plan = planCorpus({ provinces: 12, years: 3, scale: 4, seed: 11, lastYear: 2025 });

  it('each gives one entry of its province and kind, with 5–20 figures', () => {
    for (const a of plan) {
      const article = extractArticle(plannedText(a));
      expect(article.entries, a.name).toHaveLength(1);
      const data = entryData(article.entries[0]!);
      const figures = data.kpis!.length + data.targets!.length;
      expect(figures, a.name).toBeGreaterThanOrEqual(5);
      expect(figures, a.name).toBeLessThanOrEqual(20);
      expect(data.eventKind, a.name).toBe(a.kind === 'year-end' ? 'year-end' : 'mid-year');
      expect(data.people!.length, a.name).toBeGreaterThanOrEqual(2);
      if (a.kind === 'year-end') {
        expect(data.targets!.length, a.name).toBeGreaterThanOrEqual(1);
        expect(data.awards!.length, a.name).toBeGreaterThanOrEqual(1);
      }
      // The only warning a generated article may carry is the excerpt's (as real excerpts do).
      expect(
        (data.review?.warnings ?? []).filter((w) => w.field !== 'source'),
        a.name,
      ).toEqual([]);
    }
  });

  it('keeps rawArticles (npm run bench:ingest) deterministic', () => {
    expect(rawArticles(5, 3)).toEqual(rawArticles(5, 3));
    expect(rawArticles(5, 3)).not.toEqual(rawArticles(5, 4));
  });
});
