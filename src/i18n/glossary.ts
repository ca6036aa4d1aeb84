/**
 * English for the Vietnamese terms of the emulation-and-commendation system and the content model's
 * codes. Award names and givers are kept as written in Vietnamese everywhere; on English pages the
 * gloss goes beside them when a rule below knows the term, and nothing is invented when it does not.
 */
import { DISTINCTION_GLOSSES } from '../lib/extract/lexicon/distinctions.ts';
import { GIVER_GLOSSES } from '../lib/extract/lexicon/givers.ts';
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

/** Award names' glosses from the lexicon, matched on the lower-cased name with tone marks normalised. */
const AWARD_GLOSSES = DISTINCTION_GLOSSES.map((g) => ({ ...g, key: matchKey(g.vi) }));

/**
 * English for an award name ("Huân chương Lao động hạng Nhì" → "Labour Order, Second Class"), or null.
 * Remembered per name: pages list the same few distinctions thousands of times.
 */
export const awardNameEn: (name: string) => string | null = memoByString((name) => {
  const key = matchKey(name).replace(/[“”"]/g, '');
  return AWARD_GLOSSES.find((g) => (g.anywhere ? key.includes(g.key) : key.startsWith(g.key)))?.en ?? null;
}, 4096);

const GIVER_KEYS = GIVER_GLOSSES.map((g) => ({ key: matchKey(g.vi), en: g.en }));

/** English for a giver ("Bộ Thông tin và Truyền thông" → "Ministry of Information and Communications"), or null. */
export const giverEn: (giver: string) => string | null = memoByString((giver) => {
  const key = matchKey(giver);
  return GIVER_KEYS.find((g) => key.startsWith(g.key))?.en ?? null;
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
