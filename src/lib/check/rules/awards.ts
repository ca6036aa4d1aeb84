/**
 * Awards: does `recipientKind` and `count` agree with what `recipient` says? "06 tập thể" is 6
 * collectives; "các tập thể, cá nhân" is mixed with no count. Only explicit wording is checked: a
 * recipient named without such words ("Bưu điện huyện Chi Lăng") is left alone.
 */
import { looseKey } from '../../text/fold.ts';
import { defineRule, example, worded, type Worded } from '../rule.ts';
import { entryFile, FILE } from './example-entry.ts';

/** The example entry with one award, its recipient, kind and count as given, and its sentence in the text. */
const withAward = (recipient: string, recipientKind: string, count: string) =>
  entryFile({
    'review:': [
      'awards:',
      '  - award: Giấy khen',
      '    level: corporation',
      '    giver: Tổng công ty Bưu điện Việt Nam',
      `    recipient: ${recipient}`,
      `    recipientKind: ${recipientKind}`,
      `    count: ${count}`,
      '    year: 2023',
      `    quote: Giấy khen cho ${recipient}`,
      'review:',
    ].join('\n'),
    'có doanh thu đạt trên 101 tỷ đồng.': `có doanh thu đạt trên 101 tỷ đồng. Tổng công ty tặng Giấy khen cho ${recipient}.`,
  });

export const awardKind = defineRule({
  id: 'award-kind',
  severity: 'error',
  describes: {
    vi: 'recipientKind khớp với chữ “tập thể”, “cá nhân” trong recipient (cả hai thì là mixed).',
    en: 'recipientKind matches the words “tập thể” (collective) and “cá nhân” (individual) in recipient (both: mixed).',
  },
  good: [withAward('02 tập thể và 05 cá nhân', 'mixed', '7'), withAward('Bưu điện huyện Chi Lăng', 'collective', '1')],
  bad: [
    example(
      withAward('06 tập thể', 'individual', '6'),
      `${FILE}:18  awards[0].recipientKind  lỗi: người nhận ghi “tập thể” nhưng recipientKind là "individual"  — đặt recipientKind: collective
       ${FILE}:18  awards[0].recipientKind  error: the recipient says “tập thể” but recipientKind is "individual"  — set recipientKind: collective`,
    ),
  ],
});

export const awardCount = defineRule({
  id: 'award-count',
  severity: 'error',
  describes: {
    vi: 'count bằng tổng các số đứng trước “tập thể”, “cá nhân”… trong recipient (“02 tập thể và 05 cá nhân” là 7).',
    en: 'count is the sum of the numbers before “tập thể”, “cá nhân”… in recipient (“02 tập thể và 05 cá nhân” is 7).',
  },
  good: [
    withAward('06 tập thể', 'collective', '6'),
    withAward('02 tập thể và 05 cá nhân', 'mixed', '7'),
    withAward('các tập thể, cá nhân', 'mixed', 'null'),
  ],
  bad: [
    example(
      withAward('06 tập thể', 'collective', '5'),
      `${FILE}:19  awards[0].count  lỗi: người nhận ghi 6 nhưng count là 5  — đặt count: 6
       ${FILE}:19  awards[0].count  error: the recipient says 6 but count is 5  — set count: 6`,
    ),
    example(
      withAward('02 tập thể và 05 cá nhân', 'mixed', '2'),
      `${FILE}:19  awards[0].count  lỗi: người nhận ghi 2 + 5 = 7 nhưng count là 2  — đặt count: 7
       ${FILE}:19  awards[0].count  error: the recipient says 2 + 5 = 7 but count is 2  — set count: 7`,
    ),
  ],
});

export const AWARD_RULES = [awardKind, awardCount] as const;

export interface AwardFinding extends Worded {
  field: 'recipientKind' | 'count';
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
      ...worded(awardKind, {
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
        ...worded(awardCount, {
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
