/**
 * Awards: recipientKind and count against what the recipient says.
 */
import { describe, expect, it } from 'vitest';
import { checkAwardWording } from '../../../src/lib/check/rules/awards.ts';

describe('award wording', () => {
  const award = { recipient: '02 tập thể và 05 cá nhân', recipientKind: 'mixed', count: 7 };
  it('adds up the numbers in the recipient and expects mixed for collectives and individuals', () => {
    expect(checkAwardWording(award)).toEqual([]);
    expect(checkAwardWording({ ...award, recipientKind: 'collective', count: 2 }).map((f) => f.rule)).toEqual([
      'award-kind',
      'award-count',
    ]);
  });

  it('leaves a named recipient alone', () => {
    expect(checkAwardWording({ recipient: 'Bưu điện huyện Chi Lăng', recipientKind: 'collective', count: 1 })).toEqual(
      [],
    );
    expect(
      checkAwardWording({ recipient: 'các tâp thể thuộc Bưu điện Nghệ An', recipientKind: 'collective', count: null }),
    ).toEqual([]);
  });
});
