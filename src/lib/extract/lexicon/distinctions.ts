/**
 * Distinctions of the emulation and commendation system (Luật Thi đua, khen thưởng), as articles name
 * them, with the level a name implies and its English gloss (src/i18n/glossary.ts reads them from here).
 */
import type { AwardLevel } from '../../schema/award.ts';
import { anyOf, opt, seq } from './pattern.ts';

/** An order: "Huân chương Lao động hạng Nhì". */
export const ORDER_NAMES = ['huân chương'] as const;
export const ORDER = anyOf(...ORDER_NAMES);
/** A commemorative medal: "Kỷ niệm chương “Vì sự nghiệp …”". */
export const MEDAL_NAMES = ['kỷ niệm chương', 'kỉ niệm chương'] as const;
/** An order's class: "hạng Nhất", "hạng Nhì", "hạng Ba". */
export const CLASS = seq('hạng', anyOf('nhất', 'nhì', 'ba'));
/** The emulation flag: "Cờ thi đua", "Cờ thi đua xuất sắc", and its full name ("Cờ đơn vị xuất sắc …"). */
export const FLAG = anyOf('cờ');
export const EMULATION = anyOf('thi đua');
export const EXCELLENT = anyOf('xuất sắc');
/** The words a flag's full name begins with ("Cờ đơn vị xuất sắc, dẫn đầu phong trào thi đua năm 2019"). */
export const FLAG_NAME_WORD = anyOf('đơn vị', 'thi đua', 'xuất sắc', 'dẫn đầu');
/** Where a flag's full name ends: "… phong trào thi đua". */
export const EMULATION_MOVEMENT = anyOf('phong trào thi đua');
export const CERTIFICATE_OF_MERIT = anyOf('bằng khen');
/** "tỉnh Cao Bằng khen thưởng …": the province's name ends in "Bằng"; what follows is the verb "khen thưởng". */
export const PLACE_ENDING_IN_BANG = anyOf('cao');
export const CERTIFICATE_OF_COMMENDATION = anyOf('giấy khen');
/** An emulation soldier, and the tier named with it ("cấp bộ", "cơ sở", "toàn quốc"). */
export const EMULATION_SOLDIER = anyOf('chiến sĩ thi đua');
export const SOLDIER_TIER = anyOf(
  seq('cấp', anyOf('bộ', 'cơ sở', 'tỉnh', 'ngành', 'tổng công ty')),
  'cơ sở',
  'toàn quốc',
);
/** A title: "danh hiệu …". */
export const TITLE = anyOf('danh hiệu');
/**
 * Titles recognised without the word "danh hiệu": "được Tổng công ty công nhận là tập thể lao động xuất
 * sắc". The recognition verb comes first ("công nhận là", "công nhận đạt", "đạt").
 */
export const RECOGNISED_TITLE_NAMES = [
  'tập thể lao động xuất sắc',
  'tập thể lao động tiên tiến',
  'lao động tiên tiến',
] as const;
export const RECOGNISED_AS = seq(anyOf(seq('công nhận', opt(anyOf('là', 'đạt'))), 'đạt'), opt(TITLE));
/** Forms of commendation listed together: "các hình thức khen thưởng: …". */
export const FORMS = seq('hình thức', opt('khen thưởng'));
/** Praise in public: "biểu dương", "tuyên dương", "vinh danh" (the recipients follow the verb). */
export const PRAISE = anyOf('biểu dương', 'tuyên dương', 'vinh danh');
/** "biểu dương khen thưởng", "biểu dương và khen thưởng". */
export const AND_REWARD = anyOf('khen thưởng', 'và khen thưởng');
/** A reward with no distinction named: "tặng thưởng", "khen thưởng". */
export const GENERIC_REWARD = anyOf('tặng thưởng', 'khen thưởng');

/** Words without which a paragraph holds no award (a cheap first test). */
export const AWARD_WORDS = anyOf(
  'khen',
  'cờ',
  'chương',
  'danh hiệu',
  'chiến sĩ',
  'dương',
  'vinh danh',
  'thưởng',
  ...RECOGNISED_TITLE_NAMES,
);

/**
 * The level a distinction's own name implies: orders are conferred by the President; "cấp bộ" is a
 * ministry's; "Chiến sĩ thi đua cơ sở" and "Lao động tiên tiến" the unit head's. `start`: the name starts
 * with the phrase (after "danh hiệu"); otherwise it holds it anywhere. The first that fits decides.
 */
export const IMPLIED_LEVELS: readonly { level: AwardLevel; phrases: readonly string[]; at?: 'start' }[] = [
  { level: 'state', phrases: ['huân chương'], at: 'start' },
  { level: 'ministry', phrases: ['cấp bộ', 'cấp ngành'] },
  { level: 'government', phrases: ['toàn quốc'] },
  { level: 'corporation', phrases: ['cấp tổng công ty'] },
  { level: 'province', phrases: ['cấp tỉnh'] },
  { level: 'unit', phrases: ['cấp cơ sở', 'thi đua cơ sở'] },
  { level: 'unit', phrases: ['lao động tiên tiến'], at: 'start' },
];

/**
 * English glosses of distinction names, most specific first: a name starting with the phrase (or, for
 * those marked `anywhere`, holding it) takes the gloss.
 */
export const DISTINCTION_GLOSSES: readonly { vi: string; en: string; anywhere?: boolean }[] = [
  { vi: 'huân chương lao động hạng nhất', en: 'Labour Order, First Class' },
  { vi: 'huân chương lao động hạng nhì', en: 'Labour Order, Second Class' },
  { vi: 'huân chương lao động hạng ba', en: 'Labour Order, Third Class' },
  { vi: 'huân chương độc lập', en: 'Independence Order' },
  { vi: 'huân chương', en: 'Order (state decoration)' },
  { vi: 'huy chương', en: 'Medal' },
  { vi: 'cờ thi đua của chính phủ', en: 'Government Emulation Flag' },
  { vi: 'cờ thi đua chính phủ', en: 'Government Emulation Flag' },
  { vi: 'cờ đơn vị thi đua xuất sắc', en: 'Emulation Flag for a leading unit' },
  { vi: 'cờ đơn vị thi đua dẫn đầu', en: 'Emulation Flag for a leading unit' },
  { vi: 'cờ đơn vị xuất sắc', en: 'Emulation Flag for a leading unit' },
  { vi: 'cờ đơn vị dẫn đầu', en: 'Emulation Flag for a leading unit' },
  { vi: 'cờ thi đua xuất sắc', en: 'Emulation Flag for a leading unit' },
  { vi: 'cờ thi đua dẫn đầu', en: 'Emulation Flag for a leading unit' },
  { vi: 'cờ xuất sắc', en: 'Emulation Flag for a leading unit' },
  { vi: 'cờ dẫn đầu', en: 'Emulation Flag for a leading unit' },
  { vi: 'cờ thi đua', en: 'Emulation Flag' },
  { vi: 'cờ', en: 'Flag (emulation award)' },
  { vi: 'bằng khen', en: 'Certificate of Merit' },
  { vi: 'giấy khen', en: 'Certificate of Commendation' },
  { vi: 'chiến sĩ thi đua toàn quốc', en: 'National Emulation Fighter' },
  { vi: 'chiến sĩ thi đua cấp bộ', en: 'Emulation Fighter (ministry level)' },
  { vi: 'chiến sĩ thi đua cấp cơ sở', en: 'Emulation Fighter (unit level)' },
  { vi: 'chiến sĩ thi đua', en: 'Emulation Fighter' },
  { vi: 'tập thể lao động xuất sắc', en: 'Outstanding Labour Collective' },
  { vi: 'tập thể lao động tiên tiến', en: 'Advanced Labour Collective' },
  { vi: 'lao động tiên tiến', en: 'Advanced Worker' },
  { vi: 'kỷ niệm chương', en: 'Commemorative Medal' },
  { vi: 'lao động giỏi', en: 'Commendation: “Good Worker, Creative Worker”', anywhere: true },
  { vi: 'biểu dương', en: 'Public commendation' },
  { vi: 'khen thưởng', en: 'Commendation', anywhere: true },
];
