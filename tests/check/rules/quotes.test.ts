/**
 * The quote rules on one entry: a quote found through MDX escapes, not in an MDX comment.
 */
import { describe, expect, it } from 'vitest';
import { entry, problemsOf } from '../support/entries.ts';

describe('the quote rules on one entry', () => {
  it('finds a quote through MDX escapes and emphasis, but not one hidden in an MDX comment', () => {
    const kpi = (quote: string): string =>
      `kpis:\n  - metric: total_revenue\n    value: 101000000000\n    unit: VND\n    year: 2023\n    quote: "${quote}"\n`;
    expect(
      problemsOf(
        entry(kpi('tăng trưởng {6,5%} so với cùng kỳ'), 'Doanh thu tăng trưởng \\{6,5%\\} so với **cùng kỳ**.'),
      ),
    ).toEqual([]);
    expect(problemsOf(entry(kpi('doanh thu đạt 101 tỷ'), 'Hội nghị. {/* doanh thu đạt 101 tỷ */}'))).toEqual([
      '12 kpis[0].quote error quote-not-found',
    ]);
  });
});
