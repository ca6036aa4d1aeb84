import { describe, expect, it } from 'vitest';
import { recipientCountAdds, recipientStatesCount } from '../../src/lib/digest/awards.ts';

describe('award lines say each thing once', () => {
  it('gives no “(6 recipients)” after “06 tập thể”', () => {
    expect(recipientStatesCount({ recipient: '06 tập thể', count: 6 })).toBe(true);
    expect(recipientStatesCount({ recipient: '6 cá nhân', count: 6 })).toBe(true);
    expect(recipientStatesCount({ recipient: 'các tập thể', count: 6 })).toBe(false);
    expect(recipientStatesCount({ recipient: '03 tập thể và 18 cá nhân', count: 21 })).toBe(false);
    expect(recipientStatesCount({ recipient: 'nhiều tập thể', count: null })).toBe(false);
  });
});

describe('recipientCountAdds', () => {
  it('adds “(n recipients)” for more than one recipient the recipient does not number itself', () => {
    expect(recipientCountAdds({ recipient: 'các tập thể', count: 6 })).toBe(true);
    expect(recipientCountAdds({ recipient: '03 tập thể và 18 cá nhân', count: 21 })).toBe(true);
  });

  it('adds nothing for one recipient, an unknown number, or a recipient that says the number', () => {
    expect(recipientCountAdds({ recipient: 'ông Nguyễn Văn A', count: 1 })).toBe(false);
    expect(recipientCountAdds({ recipient: 'nhiều tập thể', count: null })).toBe(false);
    expect(recipientCountAdds({ recipient: '06 tập thể', count: 6 })).toBe(false);
  });
});
