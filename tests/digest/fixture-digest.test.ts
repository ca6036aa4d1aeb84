import { describe, expect, it } from 'vitest';
import { loadFixtures } from './fixture-digest.ts';

describe('site fixture corpus', () => {
  it('parses every entry with the real schema', () => {
    const fixtures = loadFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it('quotes every figure and award word for word from its body', () => {
    // The article page highlights each quote in the text; a fixture whose quote is not in its body
    // would test nothing. Whitespace is normalised the way Markdown renders it.
    const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/\*/g, '');
    for (const f of loadFixtures()) {
      const body = squash(f.body);
      for (const q of [...f.entry.kpis, ...f.entry.targets, ...f.entry.awards].map((x) => x.quote)) {
        expect(body, `${f.id}: ${q}`).toContain(squash(q));
      }
    }
  });
});
