import { describe, expect, it } from 'vitest';
import { recipientStatesCount } from '../../src/lib/digest/awards.ts';

describe('award lines say each thing once', () => {
  it('gives no “(6 recipients)” after “06 tập thể”', () => {
    expect(recipientStatesCount({ recipient: '06 tập thể', count: 6 })).toBe(true);
    expect(recipientStatesCount({ recipient: '6 cá nhân', count: 6 })).toBe(true);
    expect(recipientStatesCount({ recipient: 'các tập thể', count: 6 })).toBe(false);
    expect(recipientStatesCount({ recipient: '03 tập thể và 18 cá nhân', count: 21 })).toBe(false);
    expect(recipientStatesCount({ recipient: 'nhiều tập thể', count: null })).toBe(false);
  });
});
