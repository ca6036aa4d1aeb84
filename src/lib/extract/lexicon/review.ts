/**
 * The words the second reader (src/lib/extract/review/) checks an entry with: what makes a clause a
 * target or a result, what names a part of the unit, a service or another place, and which giver the
 * emulation law lets hand out which distinction. Built from the lexicon's own words where they exist.
 */
import type { AwardLevel } from '../../schema/award.ts';
import { ATTAIN, DONE, EFFORT, PAST } from './results.ts';
import { COMPARED_WITH, OUTCOME, SAME_PERIOD } from './comparison.ts';
import { anyOf, capture, opt, pattern, seq, WORD_START } from './pattern.ts';
import { GOAL, INDICATOR, INTENT, PLAN } from './plan.ts';
import { PHASE, YEAR, YEAR_AHEAD, YEAR_NUMBER } from './periods.ts';
import { CULTURAL_POST, ONLY } from './sub-units.ts';
import { DEPARTMENT } from './givers.ts';
import { EMULATION, FLAG } from './distinctions.ts';

// --- Tense: target or result -------------------------------------------------------------------

/** Words that set a target: "phấn đấu", "mục tiêu", "dự kiến", "đặt ra", "hướng tới", "sẽ đạt" … and "năm tới". */
export const SETS_TARGET = anyOf(INTENT, seq('đặt', GOAL), YEAR_AHEAD);
/** A plan or indicator stated with its amount: "kế hoạch năm 2024 là …", "chỉ tiêu được giao là …". */
export const PLAN_OR_INDICATOR = anyOf(PLAN, INDICATOR);
export const IS = anyOf('là');
/** "đã phấn đấu", "đã nỗ lực phấn đấu": intent in the past, which reports effort. */
export const PAST_EFFORT = seq(PAST, opt(EFFORT));
/** "sự phấn đấu", "với sự nỗ lực phấn đấu": the effort as a noun, not an intent. */
export const EFFORT_NOUN = seq(anyOf('sự', 'với'), opt('sự'), opt(EFFORT));
/** "phấn đấu của tập thể": possessed, so a noun. */
export const POSSESSED = anyOf('của');
/** "dự kiến": for the year under review, the expected outcome, not a target. */
export const FORECAST = anyOf('dự kiến');
/** "phấn đấu và đạt …": the intent was carried out. */
export const AND_DONE = seq('và', ATTAIN);
/** "hoàn thành mục tiêu", "vượt kế hoạch": a plan or goal reached, not set. */
export const REACHED = seq(ATTAIN, opt('vượt mức', 'xuất sắc', 'tốt'), opt('các'));
/** What reports a result: "đã đạt", "thực hiện được", "đạt được", "đã hoàn thành", "kết quả đạt". */
export const REPORTS_RESULT = anyOf(
  DONE,
  seq('đã', anyOf('hoàn thành', 'vượt', 'thu được')),
  seq('đạt', 'được'),
  seq('kết quả', opt('thực hiện'), anyOf('đạt', 'là')),
);

/** A year named in a sentence ("năm 2024"), its number captured. */
export const NAMED_YEAR = pattern`${WORD_START}${YEAR}\s+${capture(YEAR_NUMBER)}(?![\d\-–/])`;
/** What makes a named year a base of comparison or a span, not the figure's time: "so với (cùng kỳ) năm …", "giai đoạn …". */
export const NOT_THE_FIGURES_YEAR = pattern`(?:${COMPARED_WITH}\s+(?:${anyOf(SAME_PERIOD, OUTCOME)}\s+)?|${PHASE}\s+)$`;

// --- Subject: whose figure ---------------------------------------------------------------------

/**
 * A part of the unit named as a figure's subject: a district's or a commune's post office, a commune
 * cultural post ("Bưu điện - Văn hóa xã"), a counter ("bưu cục"), "riêng …", the units under it
 * ("các đơn vị", "đơn vị trực thuộc", "đơn vị này").
 */
export const SUB_UNIT = anyOf(
  seq('bưu điện', anyOf('huyện', 'thị xã', 'quận', 'xã', 'phường', 'văn hóa xã', 'văn hoá xã')),
  CULTURAL_POST,
  'bưu cục',
  seq('các', 'đơn vị'),
  seq('đơn vị', anyOf('trực thuộc', 'này', 'cơ sở')),
  seq('trung tâm', 'khai thác'),
  seq(anyOf('khu vực', 'địa bàn'), anyOf('huyện', 'thị xã', 'quận')),
  seq(ONLY, anyOf('khu vực', 'địa bàn', 'mảng', 'lĩnh vực', 'bưu cục', 'bưu điện', 'huyện', 'thị xã')),
);
/** "dịch vụ …", "nhóm …": a service or group of services named as the subject. */
export const SERVICE_NAMED = anyOf('dịch vụ', 'nhóm', 'mảng');
/** "các dịch vụ", "tất cả dịch vụ": every service, which is the total. */
export const ALL_SERVICES = seq(anyOf('tất cả các', 'tất cả', 'các', 'toàn bộ', 'mọi'), anyOf('dịch vụ', 'nhóm'));
/** A figure for the whole country, the corporation or the sector, not the province's. */
export const NATIONWIDE = anyOf('cả nước', 'toàn quốc', 'toàn ngành', 'toàn tổng công ty');
/** The head before a province's name: "tỉnh Quảng Bình", "thành phố Huế", "TP. Huế", "Bưu điện Quảng Trị". */
export const PLACE_HEAD = anyOf('tỉnh', 'thành phố', 'tp.', 'tp', 'bưu điện');
/** Words that open a phrase placing what follows in one part: "riêng …", "tại …", "ở …". */
export const PLACING = anyOf(ONLY, 'tại', 'ở');
/** "lần lượt": the amounts that follow go one by one with the subjects listed before. */
export const RESPECTIVELY = anyOf('lần lượt', 'tương ứng là');

// --- Awards: who may give what (Luật Thi đua, khen thưởng) --------------------------------------

/**
 * Givers at a province's level that give certificates of commendation (Điều 80): a district's or a
 * commune's People's Committee, a provincial department ("Sở").
 */
export const LOCAL_GIVER = anyOf('huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', DEPARTMENT);
/** A ministry itself ("Bộ …"), not an agency under it ("Cục …"). */
export const MINISTRY_ITSELF = anyOf('bộ');
/** "Cờ thi đua của Chính phủ", "Cờ thi đua Chính phủ": the Government's flag. */
export const GOVERNMENT_FLAG = seq(FLAG, opt(EMULATION), opt('của'), 'chính phủ');

/**
 * Who may give a distinction, by the emulation law (Luật Thi đua, khen thưởng 2003, 2013; 2022 from 2024):
 * orders and medals are the President's; the Government's flag, the Prime Minister's certificate of
 * merit and the national emulation fighter the Prime Minister's; flags, certificates of merit,
 * ministry- and province-level fighters and "Tập thể lao động xuất sắc" a minister's, a provincial
 * People's Committee chair's, or a central mass organisation's (the trade unions); certificates of
 * commendation, unit-level fighters and "Lao động tiên tiến" the head of an agency, an enterprise, a
 * district or a commune (Điều 80). The first entry whose phrase the distinction's name starts with
 * decides; a level outside `levels` is a mismatch.
 */
export const LAWFUL_GIVERS: readonly {
  phrases: readonly string[];
  levels: readonly AwardLevel[];
  /**
   * Heads of agencies and enterprises only: at a ministry's level an agency under it, not the ministry
   * itself; at a province's level a district, a commune or a department, not the People's Committee.
   */
  headsOnly?: boolean;
  /** The givers allowed, for the message. */
  vi: string;
  en: string;
}[] = [
  {
    phrases: ['huân chương', 'huy chương', 'anh hùng lao động', 'danh hiệu anh hùng'],
    levels: ['state'],
    vi: 'Chủ tịch nước',
    en: 'the President',
  },
  {
    phrases: ['cờ thi đua của chính phủ', 'cờ thi đua chính phủ', 'cờ của chính phủ'],
    levels: ['government'],
    vi: 'Thủ tướng Chính phủ',
    en: 'the Prime Minister',
  },
  {
    phrases: ['chiến sĩ thi đua toàn quốc'],
    levels: ['government'],
    vi: 'Thủ tướng Chính phủ',
    en: 'the Prime Minister',
  },
  {
    phrases: ['chiến sĩ thi đua cấp bộ', 'chiến sĩ thi đua cấp ngành', 'chiến sĩ thi đua cấp tỉnh'],
    levels: ['ministry', 'province', 'union'],
    vi: 'một Bộ, UBND tỉnh hoặc tổ chức đoàn thể trung ương',
    en: 'a ministry, a provincial People’s Committee or a central mass organisation',
  },
  {
    phrases: [
      'chiến sĩ thi đua cơ sở',
      'chiến sĩ thi đua cấp cơ sở',
      'lao động tiên tiến',
      'tập thể lao động tiên tiến',
    ],
    levels: ['corporation', 'unit', 'province', 'ministry'],
    headsOnly: true,
    vi: 'thủ trưởng cơ quan, đơn vị, doanh nghiệp',
    en: 'the head of an agency, unit or enterprise',
  },
  {
    phrases: ['cờ', 'bằng khen', 'tập thể lao động xuất sắc'],
    levels: ['government', 'ministry', 'province', 'union'],
    vi: 'Thủ tướng, một Bộ, UBND tỉnh hoặc tổ chức đoàn thể trung ương',
    en: 'the Prime Minister, a ministry, a provincial People’s Committee or a central mass organisation',
  },
  {
    phrases: ['giấy khen'],
    levels: ['corporation', 'unit', 'union', 'province', 'ministry'],
    headsOnly: true,
    vi: 'thủ trưởng cơ quan, đơn vị, doanh nghiệp, hoặc Chủ tịch UBND cấp huyện, xã',
    en: 'the head of an agency, unit or enterprise, or a district or commune People’s Committee chair',
  },
];
