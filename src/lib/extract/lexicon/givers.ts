/**
 * Who gives distinctions: the head noun of a giver's name and the tier it stands for, as the emulation
 * law orders them — the President (state), the Prime Minister or the Government (government), a ministry
 * or a central agency (ministry), the province's party committee, People's Committee or departments
 * (province), an enterprise (corporation), the provincial post office itself (unit), a union or another
 * mass organisation (union). The English names of the common givers are here too, for the glossary.
 */
import type { AwardLevel } from '../../schema/award.ts';
import { CERTIFICATE_OF_COMMENDATION } from './distinctions.ts';
import { anyOf, opt, pattern, seq, type Pattern } from './pattern.ts';

export interface GiverHead {
  /** The head words. */
  head: Pattern;
  level: AwardLevel;
  /** The normalised name, when the head alone names one organisation. */
  name?: string;
  /** What may follow: a proper name that is part of the giver ('optional'), or must be ('required'). */
  proper?: 'optional' | 'required';
  /** The level when the name that follows says which tier ("Bảo hiểm xã hội Việt Nam" / "… tỉnh …"). */
  levelOf?: 'national-or-local' | 'central-bank-or-branch';
  /**
   * What this giver gives itself: any other distinction it only hands over for someone else. A provincial
   * department ("Sở …") gives its own Giấy khen, and hands over a ministry's flag or certificate.
   */
  givesOnly?: Pattern;
  /** The head is a name only when written with a capital ("Sở Tài chính", not "cơ sở"). */
  capital?: true;
}

const PARTY_COMMITTEE = anyOf('ủy', 'uỷ');
const PEOPLES_COMMITTEE = anyOf('ubnd', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'hđnd', 'hội đồng nhân dân');
/** A tier of local government after a committee's name: "UBND tỉnh", "UBND huyện". */
export const LOCAL_TIER = anyOf('tỉnh', 'thành phố', pattern`${'tp'}\.?`, 'huyện', 'thị xã', 'quận');
/** A provincial department: "Sở Thông tin và Truyền thông", "Sở Tài chính". */
const DEPARTMENT_HEAD = anyOf('sở');
const EMULATION_COUNCIL = pattern`${seq('hội đồng thi đua')}\s*[-–]?\s*${seq('khen thưởng')}`;

/** The heads, in the order they are tried at a position (a longer name before a shorter one it starts with). */
export const GIVER_HEADS: readonly GiverHead[] = [
  { head: seq('chủ tịch nước'), level: 'state', name: 'Chủ tịch nước' },
  {
    head: pattern`${'nhà nước'}(?=\s+(?:${'đã'}\s+)?${anyOf('tặng', 'trao', 'phong', 'khen')})`,
    level: 'state',
    name: 'Nhà nước',
  },
  {
    head: anyOf(seq(opt('phó'), 'thủ tướng', opt('chính phủ')), 'ttcp'),
    level: 'government',
    name: 'Thủ tướng Chính phủ',
  },
  { head: anyOf('chính phủ'), level: 'government', name: 'Chính phủ' },
  {
    head: seq(EMULATION_COUNCIL, 'trung ương'),
    level: 'government',
    name: 'Hội đồng Thi đua - Khen thưởng Trung ương',
  },
  { head: anyOf('bộ trưởng bộ', 'bộ'), level: 'ministry', proper: 'required' },
  { head: anyOf('bảo hiểm xã hội', 'bhxh'), level: 'province', proper: 'optional', levelOf: 'national-or-local' },
  {
    head: anyOf('kho bạc nhà nước', 'ngân hàng nhà nước'),
    level: 'ministry',
    proper: 'optional',
    levelOf: 'central-bank-or-branch',
  },
  { head: anyOf('ngân hàng'), level: 'corporation', proper: 'required' },
  {
    head: seq('tổng liên đoàn lao động', opt('việt nam')),
    level: 'union',
    name: 'Tổng Liên đoàn Lao động Việt Nam',
  },
  {
    head: seq(
      opt('ban chấp hành', 'ban thường vụ'),
      anyOf(
        'công đoàn',
        'liên đoàn lao động',
        seq('đoàn thanh niên', opt('cộng sản hồ chí minh')),
        'tỉnh đoàn',
        'đoàn khối',
        'hội liên hiệp phụ nữ',
        'hội cựu chiến binh',
      ),
    ),
    level: 'union',
    proper: 'optional',
  },
  {
    head: anyOf(
      seq(opt('ban thường vụ'), anyOf('tỉnh', 'thành'), PARTY_COMMITTEE),
      seq('đảng', PARTY_COMMITTEE, 'khối'),
    ),
    level: 'province',
    proper: 'optional',
  },
  { head: seq(EMULATION_COUNCIL, anyOf('tỉnh', 'thành phố')), level: 'province', proper: 'optional' },
  { head: seq(opt('chủ tịch'), PEOPLES_COMMITTEE, LOCAL_TIER), level: 'province', proper: 'optional' },
  {
    head: anyOf(
      seq(
        opt('lãnh đạo', 'hội đồng thành viên', 'tổng giám đốc'),
        'tổng công ty',
        opt(seq(anyOf('bưu điện', 'bưu chính'), 'việt nam')),
      ),
      'tct',
      'vnpost',
    ),
    level: 'corporation',
    proper: 'optional',
  },
  /** The corporation's board, "Hội đồng thành viên" (HĐTV): its Giấy khen are the corporation's. */
  { head: anyOf('hội đồng thành viên', 'hđtv'), level: 'corporation', proper: 'optional' },
  { head: anyOf('tập đoàn'), level: 'corporation', proper: 'required' },
  {
    head: seq(opt('giám đốc'), DEPARTMENT_HEAD),
    level: 'province',
    proper: 'required',
    givesOnly: CERTIFICATE_OF_COMMENDATION,
    capital: true,
  },
  { head: seq(opt('giám đốc'), 'bưu điện tỉnh'), level: 'unit', proper: 'optional' },
];

/** Ministries' short forms and their names: "Bộ TT&TT" is "Bộ Thông tin và Truyền thông". */
export const MINISTRY_FORMS: readonly (readonly [form: Pattern, name: string])[] = [
  [
    anyOf(
      pattern`${'thông tin'}\s*(?:${'và'}|-|–|&)\s*${'truyền thông'}`,
      pattern`${'tt'}\s*(?:&|-|–|${'và'})\s*${'tt'}`,
      'tttt',
    ),
    'Thông tin và Truyền thông',
  ],
  [anyOf('khoa học và công nghệ', pattern`${'kh'}\s*(?:&|${'và'})\s*${'cn'}`), 'Khoa học và Công nghệ'],
  [anyOf(pattern`${'lđ'}\s*-\s*${'tb'}\s*(?:&|${'và'})\s*${'xh'}`, 'lđtbxh'), 'Lao động - Thương binh và Xã hội'],
];

/** Lower-case words that end a proper name after a giver's head ("Bộ Lao động … tặng"). */
export const NAME_STOPS: readonly string[] = (
  'tặng trao khen thưởng cho của đã được cũng vừa về năm công nhận đến tại với vì do có là trong đối ghi ' +
  'biểu vinh tuyên đồng cùng thừa và các những nhiều một hai ba bốn sáu bảy tám chín mười danh hiệu cờ bằng ' +
  'giấy huân kỷ chiến trong khi nay'
).split(' ');
/** Lower-case words that may lead into the proper name right after the head ("Công đoàn ngành …", "Bảo hiểm xã hội tỉnh …"). */
export const NAME_LEAD_IN = anyOf(
  'ngành',
  'tỉnh',
  'thành phố',
  'huyện',
  'thị xã',
  'quận',
  'cơ sở',
  'khối',
  'cấp trên',
  'chi nhánh',
  'khu vực',
  'việt nam',
);
/** "… Việt Nam": a national body. */
export const NATIONAL = anyOf('việt nam');
/** A branch of a central body in a province: "Kho bạc Nhà nước tỉnh …", "… chi nhánh …". */
export const BRANCH = anyOf('tỉnh', 'thành phố', 'chi nhánh', 'khu vực');
/** A provincial department ("Sở …") hands over a ministry's award; the only one it gives is its own Giấy khen. */
export const DEPARTMENT = DEPARTMENT_HEAD;
/** On someone's behalf: "thừa ủy quyền (của) …". */
export const PROXY = seq('thừa', anyOf('ủy', 'uỷ'), 'quyền', opt('của'));

/** English names of the common givers, for the glossary: a giver whose name starts with the phrase. */
export const GIVER_GLOSSES: readonly { vi: string; en: string }[] = [
  { vi: 'chủ tịch nước', en: 'President of Vietnam' },
  { vi: 'thủ tướng', en: 'Prime Minister' },
  { vi: 'chính phủ', en: 'Government of Vietnam' },
  { vi: 'bộ thông tin và truyền thông', en: 'Ministry of Information and Communications' },
  { vi: 'bộ khoa học và công nghệ', en: 'Ministry of Science and Technology' },
  { vi: 'bộ lao động', en: 'Ministry of Labour, Invalids and Social Affairs' },
  { vi: 'bảo hiểm xã hội việt nam', en: 'Vietnam Social Security' },
  { vi: 'chủ tịch ubnd tỉnh', en: 'Provincial People’s Committee' },
  { vi: 'chủ tịch ủy ban nhân dân tỉnh', en: 'Provincial People’s Committee' },
  { vi: 'ubnd tỉnh', en: 'Provincial People’s Committee' },
  { vi: 'ủy ban nhân dân tỉnh', en: 'Provincial People’s Committee' },
  { vi: 'tổng công ty bưu điện việt nam', en: 'Vietnam Post Corporation' },
  { vi: 'công đoàn bưu điện việt nam', en: 'Vietnam Post Trade Union' },
  { vi: 'tổng liên đoàn lao động việt nam', en: 'Vietnam General Confederation of Labour' },
  { vi: 'bưu điện tỉnh', en: 'Provincial post office' },
  { vi: 'hội đồng thành viên', en: 'Members’ Council (the corporation’s board)' },
  { vi: 'sở', en: 'Provincial department' },
  { vi: 'công đoàn', en: 'Trade union' },
];
