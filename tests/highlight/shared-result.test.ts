import { describe, expect, it } from 'vitest';
import { highlightQuotes } from '../../src/lib/highlight/highlight-quotes.ts';
import { keepForTwin, takeFromTwin } from '../../src/lib/highlight/shared-result.ts';

describe('sharing a highlighted article between its two language pages', () => {
  it('gives the second page exactly what the first kept, once', () => {
    const result = highlightQuotes('<p>Tổng doanh thu đạt trên 101 tỷ đồng “Sơn La”</p>', [
      { id: 'q', text: 'trên 101 tỷ đồng' },
    ]);
    keepForTwin('entry-a', result);
    const taken = takeFromTwin('entry-a');
    expect(taken?.html).toBe(result.html);
    expect([...taken!.marks]).toEqual([...result.marks]);
    expect(takeFromTwin('entry-a')).toBeUndefined();
  });

  it('has nothing for an article the other page has not rendered', () => {
    expect(takeFromTwin('never-kept')).toBeUndefined();
  });
});
