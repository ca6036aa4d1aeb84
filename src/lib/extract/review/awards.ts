/**
 * Awards against the emulation law (Luật Thi đua, khen thưởng): who may give which distinction. An
 * order from anyone but the President, a certificate of commendation from a ministry, a certificate of
 * merit from an enterprise: the giver or the distinction was probably read wrong (or the article
 * pairs them loosely, "bằng khen, giấy khen của Bộ …, Tổng công ty …").
 */
import { matchKey } from '../../text/fold.ts';
import { memoByString } from '../../text/memo.ts';
import { pattern, regex, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import { FLAG } from '../lexicon/distinctions.ts';
import { GOVERNMENT_FLAG, LAWFUL_GIVERS, LOCAL_GIVER, MINISTRY_ITSELF } from '../lexicon/review.ts';
import { award, example } from './example.ts';
import type { Finding, ReviewAward, ReviewRule } from './types.ts';

/** What the award reader writes when the article names no giver: its level is a placeholder. */
const NO_GIVER = matchKey('Không nêu tên');
const LOCAL_GIVER_IN = regex(pattern`${WORD_START}${LOCAL_GIVER}${WORD_END}`);
const MINISTRY_ITSELF_AT = regex(pattern`^${MINISTRY_ITSELF}${WORD_END}`);
const A_FLAG = regex(pattern`^${FLAG}${WORD_END}`);
const GOVERNMENT_FLAG_IN = regex(pattern`${WORD_START}${GOVERNMENT_FLAG}${WORD_END}`);

const LEVEL_WORDS: Record<ReviewAward['level'], [vi: string, en: string]> = {
  state: ['Chủ tịch nước', 'the President'],
  government: ['Thủ tướng Chính phủ', 'the Prime Minister'],
  ministry: ['cấp Bộ', 'a ministry'],
  province: ['cấp tỉnh', 'a province'],
  corporation: ['doanh nghiệp (Tổng công ty)', 'an enterprise (the corporation)'],
  unit: ['đơn vị (Bưu điện tỉnh)', 'the unit (the provincial post office)'],
  union: ['công đoàn, đoàn thể', 'a union or mass organisation'],
};

/** The key of a distinction's name or a giver: the same few recur in every article, so remembered. */
const nameKey = memoByString(matchKey);

/** The law's lines with their phrases as match keys, in order. */
const LAW_KEYS = LAWFUL_GIVERS.map((law) => ({ law, keys: law.phrases.map(matchKey) }));

/** The law's line for a distinction's name: the first whose phrase it starts with. */
function lawFor(name: string): (typeof LAWFUL_GIVERS)[number] | undefined {
  const key = nameKey(name);
  return LAW_KEYS.find((l) => l.keys.some((k) => key.startsWith(k)))?.law;
}

/**
 * Whether the award's level may give it. A distinction for heads of agencies (a certificate of
 * commendation) comes from an agency under a ministry, not the ministry itself, and at a province's
 * level from a district, a commune or a department, not the People's Committee of the province.
 */
function lawful(law: (typeof LAWFUL_GIVERS)[number], a: ReviewAward): boolean {
  if (!law.levels.includes(a.level)) return false;
  if (!law.headsOnly) return true;
  const giver = nameKey(a.giver);
  if (a.level === 'ministry') return !MINISTRY_ITSELF_AT.test(giver);
  if (a.level === 'province') return LOCAL_GIVER_IN.test(giver);
  return true;
}

export const giverByLaw: ReviewRule = {
  id: 'award-giver-law',
  why: 'Each distinction has its givers by law: orders the President, certificates of merit a ministry, province or the Prime Minister, certificates of commendation a unit’s head.',
  examples: [
    example(
      'Bưu điện tỉnh được Bộ Khoa học và Công nghệ tặng Giấy khen.',
      {
        awards: [
          award('Bưu điện tỉnh được Bộ Khoa học và Công nghệ tặng Giấy khen', {
            award: 'Giấy khen',
            level: 'ministry',
            giver: 'Bộ Khoa học và Công nghệ',
          }),
        ],
      },
      'awards[0].giver',
    ),
    example(
      'Tổng công ty Bưu điện Việt Nam tặng Bằng khen cho 5 cá nhân.',
      {
        awards: [
          award('Tổng công ty Bưu điện Việt Nam tặng Bằng khen cho 5 cá nhân', {
            award: 'Bằng khen',
            level: 'corporation',
            giver: 'Tổng công ty Bưu điện Việt Nam',
          }),
        ],
      },
      'awards[0].giver',
    ),
    example(
      'UBND huyện Mộc Châu tặng Giấy khen cho Bưu điện huyện.',
      {
        awards: [
          award('UBND huyện Mộc Châu tặng Giấy khen cho Bưu điện huyện', {
            award: 'Giấy khen',
            level: 'province',
            giver: 'UBND huyện Mộc Châu',
          }),
        ],
      },
      null,
    ),
    example(
      'Bưu điện tỉnh được Chủ tịch nước tặng Huân chương Lao động hạng Ba.',
      {
        awards: [
          award('Bưu điện tỉnh được Chủ tịch nước tặng Huân chương Lao động hạng Ba', {
            award: 'Huân chương Lao động hạng Ba',
            level: 'state',
            giver: 'Chủ tịch nước',
          }),
        ],
      },
      null,
    ),
  ],
  check(entry) {
    const out: Finding[] = [];
    (entry.awards ?? []).forEach((a, i) => {
      const law = lawFor(a.award);
      if (!law || nameKey(a.giver) === NO_GIVER || lawful(law, a)) return;
      const [levelVi, levelEn] = LEVEL_WORDS[a.level];
      out.push({
        field: `awards[${i}].giver`,
        vi: `"${a.quote}": ${a.award} do ${law.vi} trao tặng theo Luật Thi đua, khen thưởng, nhưng nơi tặng ghi là ${a.giver} (${levelVi}). Hãy kiểm tra nơi tặng và hình thức khen thưởng.`,
        en: `"${a.quote}": by the Law on Emulation and Commendation ${a.award} is given by ${law.en}, but the giver is ${a.giver} (${levelEn}). Check the giver and the distinction.`,
        quote: a.quote,
      });
    });
    return out;
  },
};

export const governmentFlag: ReviewRule = {
  id: 'award-government-flag',
  why: 'A flag the article calls the Government’s ("Cờ thi đua của Chính phủ") is the Prime Minister’s, whoever handed it over.',
  examples: [
    example(
      'Thừa ủy quyền của Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh đã trao Cờ thi đua của Chính phủ cho Bưu điện tỉnh.',
      {
        awards: [
          award('Phó Chủ tịch UBND tỉnh đã trao Cờ thi đua của Chính phủ cho Bưu điện tỉnh', {
            award: 'Cờ thi đua',
            level: 'province',
            giver: 'UBND tỉnh',
          }),
        ],
      },
      'awards[0].giver',
    ),
    example(
      'Bưu điện tỉnh nhận Cờ thi đua của Chính phủ.',
      {
        awards: [
          award('Bưu điện tỉnh nhận Cờ thi đua của Chính phủ', {
            award: 'Cờ thi đua',
            level: 'government',
            giver: 'Chính phủ',
          }),
        ],
      },
      null,
    ),
  ],
  check(entry) {
    const out: Finding[] = [];
    (entry.awards ?? []).forEach((a, i) => {
      // The quote's key is made last: most awards are no flag, or the Government's own.
      if (a.level === 'government' || !A_FLAG.test(nameKey(a.award))) return;
      if (!GOVERNMENT_FLAG_IN.test(matchKey(`${a.title ?? ''} ${a.quote}`))) return;
      out.push({
        field: `awards[${i}].giver`,
        vi: `"${a.quote}": Cờ thi đua của Chính phủ do Thủ tướng Chính phủ tặng, nhưng nơi tặng ghi là ${a.giver}. Hãy kiểm tra nơi tặng (người trao có thể chỉ trao thay).`,
        en: `"${a.quote}": the Government's Emulation Flag is given by the Prime Minister, but the giver is ${a.giver}. Check the giver (whoever handed it over may only have presented it).`,
        quote: a.quote,
      });
    });
    return out;
  },
};

export const AWARD_RULES: readonly ReviewRule[] = [giverByLaw, governmentFlag];
