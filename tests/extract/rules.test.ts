/**
 * Every rule of the extractor carries examples (src/lib/extract/rules/*.ts); this file reads them back,
 * so a rule and what it is for cannot drift apart. A rule with no example fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/extract/figures.ts';
import type { RuleTrace } from '../../src/lib/extract/figure-types.ts';
import { SKIP_RULES } from '../../src/lib/extract/rules/amount.ts';
import { DISTINCTION_RULES, findAwards } from '../../src/lib/extract/rules/distinction.ts';
import { PERCENT_RULES, classifyPercent } from '../../src/lib/extract/rules/percent-role.ts';
import { lowerKeepLength, scanQuantities } from '../../src/lib/vi-number.ts';

const ctx = { reportYear: 2023, planYear: 2024, period: 'year' as const };

describe('percentage rules', () => {
  for (const rule of PERCENT_RULES) {
    it(`${rule.id}: ${rule.why}`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const [phrase, role] of rule.examples) {
        const lower = lowerKeepLength(phrase);
        const q = scanQuantities(lower).find((x) => x.kind === 'percent' || x.kind === 'times');
        expect(q, `a percentage in "${phrase}"`).toBeDefined();
        const hit = classifyPercent(lower, q!, 0, 0);
        expect({ rule: hit?.rule, role: hit?.role }, phrase).toEqual({ rule: rule.id, role });
      }
    });
  }
  it('ids are unique', () => {
    expect(new Set(PERCENT_RULES.map((r) => r.id)).size).toBe(PERCENT_RULES.length);
  });
});

describe('amounts that are not the figure', () => {
  for (const rule of SKIP_RULES) {
    it(`${rule.id}: ${rule.why}`, () => {
      expect(rule.examples.some(([, v]) => v === 'skipped')).toBe(true);
      for (const [sentence, verdict] of rule.examples) {
        const traces: RuleTrace[] = [];
        extractFigures([sentence], { ...ctx, trace: (t) => traces.push(t) });
        expect(
          traces.some((t) => t.rule === rule.id),
          `${rule.id} on "${sentence}" (traced: ${traces.map((t) => t.rule).join(', ') || 'nothing'})`,
        ).toBe(verdict === 'skipped');
      }
    });
  }
});

describe('distinctions', () => {
  for (const rule of DISTINCTION_RULES) {
    it(rule.id, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const [phrase, award] of rule.examples) {
        const hits = findAwards(lowerKeepLength(phrase), phrase);
        expect(
          hits.map((h) => h.award),
          phrase,
        ).toContain(award);
      }
    });
  }
});
