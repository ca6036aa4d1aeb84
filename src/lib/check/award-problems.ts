/**
 * Awards: does `recipientKind` and `count` agree with what `recipient` says? "06 tập thể" is 6
 * collectives; "các tập thể, cá nhân" is mixed with no count. Only explicit wording is checked: a
 * recipient named without such words ("Bưu điện huyện Chi Lăng") is left alone.
 */
import { looseKey } from '../text/fold.ts';
import { bilingual, type Bilingual } from './problem.ts';

export interface AwardFinding extends Bilingual {
  field: 'recipientKind' | 'count';
  rule: 'award-kind' | 'award-count';
}

interface AwardLike {
  recipient?: unknown;
  recipientKind?: unknown;
  count?: unknown;
}

// Folded (no diacritics): "tập thể" and the common typo "tâp thể" both fold to "tap the".
const COLLECTIVE = /\btap the\b/;
const INDIVIDUAL = /\bca nhan\b/;
const COUNTED = /\b(\d{1,4}) (?:tap the|ca nhan|don vi|cong doan|buu dien|buu cuc|nguoi|dong chi|dai ly|diem)\b/g;

export function checkAwardWording(award: AwardLike): AwardFinding[] {
  if (typeof award.recipient !== 'string') return [];
  const text = looseKey(award.recipient);
  const findings: AwardFinding[] = [];

  const collective = COLLECTIVE.test(text);
  const individual = INDIVIDUAL.test(text);
  const expected =
    collective && individual ? 'mixed' : collective ? 'collective' : individual ? 'individual' : undefined;
  if (expected && typeof award.recipientKind === 'string' && award.recipientKind !== expected) {
    const words =
      expected === 'mixed' ? '“tập thể” và “cá nhân”' : expected === 'collective' ? '“tập thể”' : '“cá nhân”';
    findings.push({
      field: 'recipientKind',
      rule: 'award-kind',
      ...bilingual({
        what: {
          vi: `người nhận ghi ${words} nhưng recipientKind là "${award.recipientKind}"`,
          en: `the recipient says ${words} but recipientKind is "${award.recipientKind}"`,
        },
        fix: { vi: `đặt recipientKind: ${expected}`, en: `set recipientKind: ${expected}` },
      }),
    });
  }

  const numbers = [...text.matchAll(COUNTED)].map((m) => Number(m[1]));
  if (numbers.length > 0) {
    const total = numbers.reduce((a, b) => a + b, 0);
    if (award.count !== total && (typeof award.count === 'number' || award.count === null)) {
      const said = numbers.length > 1 ? `${numbers.join(' + ')} = ${total}` : String(total);
      findings.push({
        field: 'count',
        rule: 'award-count',
        ...bilingual({
          what: {
            vi: `người nhận ghi ${said} nhưng count là ${String(award.count)}`,
            en: `the recipient says ${said} but count is ${String(award.count)}`,
          },
          fix: { vi: `đặt count: ${total}`, en: `set count: ${total}` },
        }),
      });
    }
  }
  return findings;
}
