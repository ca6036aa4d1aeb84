/**
 * Figures valid to the schema but unlikely: a plan reached many times over.
 */
import { describe, expect, it } from 'vitest';
import { changed, rules } from '../support/entries.ts';

describe('plan percentages', () => {
  it('unusual above 300% (a warning), impossible above 1000% (an error), in kpis and serviceGrowth alike', () => {
    const plan = (p: number): string[] =>
      rules(changed('    changePercent: 21\n', `    changePercent: 21\n    planPercent: ${p}\n`)).filter((r) =>
        r.includes('planPercent'),
      );
    expect([plan(300), plan(350), plan(1001)]).toEqual([
      [],
      ['25 kpis[1].planPercent warning implausible-plan'],
      ['25 kpis[1].planPercent error implausible-plan'],
    ]);
  });
});
