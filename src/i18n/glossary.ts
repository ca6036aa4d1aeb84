/**
 * English for the Vietnamese terms of the emulation-and-commendation system and the content model's
 * codes. Award names and givers are kept as written in Vietnamese everywhere; on English pages the
 * gloss goes beside them when a rule below knows the term, and nothing is invented when it does not.
 */
import type { AwardLevel } from '../lib/schema/award.ts';
import { matchKey } from '../lib/text/fold.ts';
import { memoByString } from '../lib/text/memo.ts';
import type { Lang } from '../lib/lang.ts';

export const AWARD_LEVEL_LABELS: Record<AwardLevel, Record<Lang, string>> = {
  state: { vi: 'Nhà nước (Chủ tịch nước)', en: 'State (President)' },
  government: { vi: 'Chính phủ, Thủ tướng', en: 'Government (Prime Minister)' },
  ministry: { vi: 'Bộ, ngành', en: 'Ministry' },
  province: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' },
  corporation: { vi: 'Tổng công ty Bưu điện Việt Nam', en: 'Vietnam Post Corporation' },
  unit: { vi: 'Bưu điện tỉnh', en: 'Provincial post office' },
  union: { vi: 'Công đoàn', en: 'Trade union' },
};

export const RECIPIENT_KIND_LABELS: Record<'individual' | 'collective' | 'mixed', Record<Lang, string>> = {
  individual: { vi: 'Cá nhân', en: 'Individual' },
  collective: { vi: 'Tập thể', en: 'Collective' },
  mixed: { vi: 'Tập thể và cá nhân', en: 'Collectives and individuals' },
};

/** Award names, most specific rule first; matched on the lower-cased name with tone marks normalised. */
const AWARD_RULES: [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
  [
    /^huân chương lao động hạng (nhất|nhì|ba)/,
    (m) =>
      `Labour Order, ${({ nhất: 'First', nhì: 'Second', ba: 'Third' } as const)[m[1] as 'nhất' | 'nhì' | 'ba']} Class`,
  ],
  [/^huân chương độc lập/, 'Independence Order'],
  [/^huân chương/, 'Order (state decoration)'],
  [/^huy chương/, 'Medal'],
  [/^cờ thi đua (của )?chính phủ/, 'Government Emulation Flag'],
  [/^cờ (đơn vị )?(thi đua )?(xuất sắc|dẫn đầu)/, 'Emulation Flag for a leading unit'],
  [/^cờ thi đua/, 'Emulation Flag'],
  [/^cờ/, 'Flag (emulation award)'],
  [/^bằng khen/, 'Certificate of Merit'],
  [/^giấy khen/, 'Certificate of Commendation'],
  [/^chiến sĩ thi đua toàn quốc/, 'National Emulation Fighter'],
  [/^chiến sĩ thi đua cấp bộ/, 'Emulation Fighter (ministry level)'],
  [/^chiến sĩ thi đua cấp cơ sở/, 'Emulation Fighter (unit level)'],
  [/^chiến sĩ thi đua/, 'Emulation Fighter'],
  [/^tập thể lao động xuất sắc/, 'Outstanding Labour Collective'],
  [/^tập thể lao động tiên tiến/, 'Advanced Labour Collective'],
  [/^lao động tiên tiến/, 'Advanced Worker'],
  [/^kỷ niệm chương/, 'Commemorative Medal'],
  [/lao động giỏi/, 'Commendation: “Good Worker, Creative Worker”'],
  [/^biểu dương/, 'Public commendation'],
  [/khen thưởng/, 'Commendation'],
];

/**
 * English for an award name ("Huân chương Lao động hạng Nhì" → "Labour Order, Second Class"), or null.
 * Remembered per name: pages list the same few distinctions thousands of times.
 */
export const awardNameEn: (name: string) => string | null = memoByString((name) => {
  const key = matchKey(name).replace(/[“”"]/g, '');
  for (const [pattern, gloss] of AWARD_RULES) {
    const m = key.match(pattern);
    if (m) return typeof gloss === 'string' ? gloss : gloss(m);
  }
  return null;
}, 4096);

const GIVERS: [RegExp, string][] = [
  [/^chủ tịch nước/, 'President of Vietnam'],
  [/^thủ tướng/, 'Prime Minister'],
  [/^chính phủ/, 'Government of Vietnam'],
  [/^bộ thông tin và truyền thông/, 'Ministry of Information and Communications'],
  [/^bộ khoa học và công nghệ/, 'Ministry of Science and Technology'],
  [/^bộ lao động/, 'Ministry of Labour, Invalids and Social Affairs'],
  [/^bảo hiểm xã hội việt nam/, 'Vietnam Social Security'],
  [/^(chủ tịch )?(ubnd|ủy ban nhân dân) tỉnh/, 'Provincial People’s Committee'],
  [/^tổng công ty bưu điện việt nam/, 'Vietnam Post Corporation'],
  [/^công đoàn bưu điện việt nam/, 'Vietnam Post Trade Union'],
  [/^tổng liên đoàn lao động việt nam/, 'Vietnam General Confederation of Labour'],
  [/^bưu điện tỉnh/, 'Provincial post office'],
  [/^công đoàn/, 'Trade union'],
];

/** English for a giver ("Bộ Thông tin và Truyền thông" → "Ministry of Information and Communications"), or null. */
export const giverEn: (giver: string) => string | null = memoByString((giver) => {
  const key = matchKey(giver);
  return GIVERS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}, 4096);

const keyOf = memoByString(matchKey, 4096);

/**
 * Whether naming the level beside the giver says anything: not when the giver is the level itself
 * ("Tổng công ty Bưu điện Việt Nam · Tổng công ty Bưu điện Việt Nam") or a particular one of it
 * ("UBND tỉnh Sơn La", "Công đoàn Bưu điện Việt Nam"), nor when the level's label already names it
 * ("Nhà nước (Chủ tịch nước)" for "Chủ tịch nước").
 */
export function levelAddsToGiver(level: AwardLevel, giver: string): boolean {
  const label = keyOf(AWARD_LEVEL_LABELS[level].vi);
  const given = keyOf(giver);
  return !(given.startsWith(label) || label.includes(given));
}
