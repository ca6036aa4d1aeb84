/**
 * Recipients: a list split into its parts, each a collective or an individual with a count when the
 * text gives one ("Bưu điện tỉnh và 06 tập thể, đơn vị trực thuộc" → the post office, 1; 6 collectives).
 * The rules below (RECIPIENT_RULES, with examples) say who received when the text names members after a
 * count, units in a row, a title beside the unit, someone receiving for a unit, or one unit among several.
 */
import { REASON, CREDIT } from '../lexicon/ceremony.ts';
import { EMULATION_MOVEMENT, FLAG_NAME_WORD } from '../lexicon/distinctions.ts';
import { anyOf, pattern, regex, word, WORD_END, WORD_START } from '../lexicon/pattern.ts';
import { YEAR } from '../lexicon/periods.ts';
import {
  COLLECTIVE,
  COLLECTIVE_WORD,
  COUNTED_NOUN,
  DISTRICT_TIER,
  HONORIFIC,
  INDIVIDUAL,
  NAMED_AS,
  NUMBER_WORD,
  NUMBER_WORDS,
  ON_BEHALF_OF,
  ONE_OF,
  POST_OFFICES_OF,
  QUANTIFIER,
  REPRESENTATIVES,
  THE_UNIT,
  UNIT_NAME,
  VAGUE_QUANTIFIER,
} from '../lexicon/recipients.ts';

export interface RecipientPart {
  text: string;
  kind: 'individual' | 'collective' | 'mixed';
  count: number | null;
  /** "ba tập thể là A và B": the names do not add up to the count; the count is kept, and a person should look. */
  namesDiffer?: true;
}

/**
 * A rule of recipient grammar, with examples that tests/extract/awards.test.ts reads back: `read` on
 * each example's input gives its output.
 */
export interface RecipientRule<T> {
  id: string;
  why: string;
  examples: readonly (readonly [input: string, output: T])[];
  read(text: string): T;
}

const AND = anyOf('và');
const SPLIT = regex(
  pattern`\s+${AND}\s+(?=\d|${anyOf('các', 'nhiều', 'một', 'bà', 'ông', 'đồng chí', 'tập thể')}\s|\p{Lu})|\s*,\s*(?=\d{1,4}\s+${COUNTED_NOUN})`,
);
const TRAILING_PUNCTUATION = /[,;:.…]+$/u;
const COLLECTIVE_RE = regex(word(COLLECTIVE));
const INDIVIDUAL_RE = regex(word(INDIVIDUAL));
const INDIVIDUAL_HEAD = regex(pattern`^${INDIVIDUAL}${WORD_END}`);
const LEADING_COUNT = regex(pattern`^(\d{1,4}|${NUMBER_WORD}(?=\s+${COUNTED_NOUN}${WORD_END}))\s+`);
const QUANTIFIED = regex(pattern`^${QUANTIFIER}\s`);
const PERSON = regex(pattern`^${HONORIFIC}\s`);
const THEN_COLLECTIVES = regex(pattern`^(?:[^,]*)(?:,|\s+${AND})\s*(?:${'các'}\s+)?${COLLECTIVE_WORD}`);
const POST_OFFICES = regex(pattern`^${POST_OFFICES_OF}\s`, 'i');
const GENERIC_LIST = regex(pattern`^${QUANTIFIER}\s+${anyOf('đơn vị', COLLECTIVE_WORD)}(?:\s+|$)`, 'i');
const VAGUE = regex(pattern`^${VAGUE_QUANTIFIER}\s`, 'i');
const TIER_PREFIX = regex(pattern`(?:${'bưu điện'}\s+)?${'các'}\s+${DISTRICT_TIER}\s+`, 'gi');
const LIST_SEPARATOR = regex(pattern`\s*,\s*|\s+${AND}\s+`);
const CAPITAL = /^\p{Lu}/u;

/** Split "Bưu điện tỉnh và 06 tập thể, đơn vị trực thuộc" into parts with counts. */
export function parseRecipients(raw: string): RecipientPart[] {
  const text = raw.replace(/\s+/g, ' ').trim().replace(TRAILING_PUNCTUATION, '');
  const members = NAMED_MEMBERS.read(text);
  if (members) {
    const kind = INDIVIDUAL_HEAD.test(members.noun.toLowerCase()) ? 'individual' : 'collective';
    if (members.names.length === members.count) return members.names.map((name) => ({ text: name, kind, count: 1 }));
    return [{ text, kind, count: members.count, namesDiffer: true }];
  }
  return text
    .split(SPLIT)
    .flatMap((p) => NAMED_UNITS.read(p.trim()))
    .filter(Boolean)
    .map(classifyRecipient);
}

const COUNT_WORD = new Map<string, number>(NUMBER_WORDS);
const MEMBERS = regex(
  pattern`^(\d{1,3}|${NUMBER_WORD})\s+(${COUNTED_NOUN})[^,:;]{0,40}?(?:\s+${NAMED_AS}\s+|\s*:\s*)(.+)$`,
  'i',
);
const A_NAME = regex(pattern`^(?:\p{Lu}|${HONORIFIC}\s)`);

/** "hai tập thể là Bưu điện huyện Krông Pắc và Bưu điện thị xã Buôn Hồ": a count, then its members by name. */
export const NAMED_MEMBERS: RecipientRule<{ count: number; noun: string; names: string[] } | null> = {
  id: 'named-members',
  why: 'a count followed by "là", "gồm" or a colon names its members: one recipient each',
  examples: [
    [
      'hai tập thể là Bưu điện huyện Krông Pắc và Bưu điện thị xã Buôn Hồ',
      { count: 2, noun: 'tập thể', names: ['Bưu điện huyện Krông Pắc', 'Bưu điện thị xã Buôn Hồ'] },
    ],
    [
      '3 đơn vị gồm Bưu điện huyện Tam Đảo, Bưu điện huyện Lập Thạch và Trung tâm Khai thác vận chuyển',
      {
        count: 3,
        noun: 'đơn vị',
        names: ['Bưu điện huyện Tam Đảo', 'Bưu điện huyện Lập Thạch', 'Trung tâm Khai thác vận chuyển'],
      },
    ],
    ['2 cá nhân là đoàn viên công đoàn', null],
  ],
  read(text) {
    const m = MEMBERS.exec(text);
    if (!m) return null;
    const names = m[3]!.split(LIST_SEPARATOR).map((n) => n.trim());
    if (!names.every((n) => A_NAME.test(n))) return null;
    const count = COUNT_WORD.get(m[1]!.toLowerCase()) ?? Number(m[1]);
    return { count, noun: m[2]!, names };
  },
};

const UNIT_LIST = regex(pattern`^${UNIT_NAME}\s`);
const BEFORE_UNIT = regex(pattern`\s*,\s*(?=${UNIT_NAME}\s)`);

/** "Bưu điện tỉnh, Bưu điện huyện Chư Prông": named units in a row, each a recipient. */
export const NAMED_UNITS: RecipientRule<string[]> = {
  id: 'named-units',
  why: 'units named one after another with commas are as many recipients (a list after "các" is counted whole)',
  examples: [
    ['Bưu điện tỉnh, Bưu điện huyện Chư Prông', ['Bưu điện tỉnh', 'Bưu điện huyện Chư Prông']],
    [
      'Công đoàn Bưu điện tỉnh, Trung tâm Khai thác vận chuyển',
      ['Công đoàn Bưu điện tỉnh', 'Trung tâm Khai thác vận chuyển'],
    ],
    ['06 tập thể, đơn vị trực thuộc', ['06 tập thể, đơn vị trực thuộc']],
    ['bà Nguyễn Thị Lan, Phó Giám đốc Bưu điện tỉnh', ['bà Nguyễn Thị Lan, Phó Giám đốc Bưu điện tỉnh']],
  ],
  read(text) {
    if (!UNIT_LIST.test(text)) return [text];
    return text.split(BEFORE_UNIT).map((p) => p.trim());
  },
};

const DESCRIPTOR_AT_END = regex(
  pattern`\s*,\s*(?:${'là'}\s+)?(${FLAG_NAME_WORD}[^;]{0,100}?${EMULATION_MOVEMENT}(?:\s+${YEAR}\s+\d{4})?)[\s,.;…]*$`,
  'i',
);

/**
 * "cho Bưu điện huyện Cái Nước, đơn vị xuất sắc dẫn đầu phong trào thi đua năm 2017": what the unit is
 * called after the comma is the distinction's title, not a second recipient.
 */
export const DESCRIPTOR: RecipientRule<{ recipients: string; title: string } | null> = {
  id: 'descriptor-is-title',
  why: 'a flag\'s name set after the recipient ("…, đơn vị xuất sắc dẫn đầu phong trào thi đua") names the distinction',
  examples: [
    [
      'Bưu điện huyện Cái Nước, đơn vị xuất sắc dẫn đầu phong trào thi đua năm 2017',
      { recipients: 'Bưu điện huyện Cái Nước', title: 'đơn vị xuất sắc dẫn đầu phong trào thi đua năm 2017' },
    ],
    [
      'Bưu điện huyện Đầm Dơi, là đơn vị dẫn đầu phong trào thi đua,',
      { recipients: 'Bưu điện huyện Đầm Dơi', title: 'đơn vị dẫn đầu phong trào thi đua' },
    ],
    ['Bưu điện tỉnh và 06 tập thể, đơn vị trực thuộc', null],
  ],
  read(text) {
    const m = DESCRIPTOR_AT_END.exec(text);
    if (!m) return null;
    return { recipients: text.slice(0, m.index).trim(), title: m[1]!.replace(/\s+/g, ' ').trim() };
  },
};

const REPRESENTED = regex(pattern`^${REPRESENTATIVES}\s+`, 'i');
const FOR_OTHERS = regex(pattern`(?:^|,\s*|\s)${ON_BEHALF_OF}\s+([^,]+)`, 'i');
const UNIT_WORD_ONLY = regex(pattern`^${THE_UNIT}$`, 'i');
const UNIT_IN_ROLE = regex(pattern`${WORD_START}(${UNIT_NAME}\s[^,]+)`);

/**
 * Who received when a person received for them: "Lãnh đạo Bưu điện tỉnh" receives for Bưu điện tỉnh;
 * "ông A, Giám đốc Bưu điện tỉnh, thay mặt tập thể" for the unit in his role; "thay mặt tập thể Bưu điện
 * huyện X, bà B" for that unit. `unnamed`: the text says only "thay mặt đơn vị", whose unit it does not say.
 */
export const RECEIVED_FOR: RecipientRule<{ recipient: string; unnamed: boolean } | null> = {
  id: 'received-on-behalf',
  why: "whoever receives on a unit's behalf is not the recipient; the unit is",
  examples: [
    ['Lãnh đạo Bưu điện tỉnh', { recipient: 'Bưu điện tỉnh', unnamed: false }],
    ['Ông Lê Văn C, Giám đốc Bưu điện tỉnh, thay mặt tập thể', { recipient: 'Bưu điện tỉnh', unnamed: false }],
    [
      'Thay mặt tập thể Bưu điện huyện Hòa Vang, bà Nguyễn Thị E',
      { recipient: 'tập thể Bưu điện huyện Hòa Vang', unnamed: false },
    ],
    ['thay mặt đơn vị', { recipient: 'đơn vị', unnamed: true }],
    ['Ông Nguyễn Văn A', null],
  ],
  read(text) {
    const rep = REPRESENTED.exec(text);
    const unit = rep ? text.slice(rep[0].length).trim() : '';
    if (UNIT_LIST.test(unit)) return { recipient: unit, unnamed: false };
    const m = FOR_OTHERS.exec(text);
    if (!m) return null;
    const what = m[1]!.replace(TRAILING, '').trim();
    if (!UNIT_WORD_ONLY.test(what)) return { recipient: what, unnamed: false };
    // "thay mặt tập thể": the unit is the one the person's role names, if it names one.
    const role = UNIT_IN_ROLE.exec(text.slice(0, m.index));
    return role ? { recipient: role[1]!.trim(), unnamed: false } : { recipient: what, unnamed: true };
  },
};

const ONE_OF_MANY = regex(pattern`(?:^|,\s*|\s)${ONE_OF}\s+(?:\d{1,3}|${NUMBER_WORD})\s+([^,]+)`, 'i');

/**
 * "Bưu điện tỉnh là một trong ba đơn vị được … tặng": one of several, so the subject alone received it;
 * "…, là 1 trong 5 bưu điện tỉnh, thành trong cả nước được … tặng" with no subject named: the unit the
 * article is about, called by the class it is one of. `inferred`: the subject was not named.
 */
export const ONE_OF_SEVERAL: RecipientRule<{ recipient: string; inferred: boolean } | null> = {
  id: 'one-of-several',
  why: '"1 trong 5" ranks the unit among others: it is not a count of recipients',
  examples: [
    ['Bưu điện tỉnh là một trong ba đơn vị', { recipient: 'Bưu điện tỉnh', inferred: false }],
    [
      'dịch vụ thu Bảo hiểm xã hội hoàn thành tốt nhiệm vụ, là 1 trong 5 bưu điện tỉnh, thành trong cả nước',
      { recipient: 'Bưu điện tỉnh', inferred: true },
    ],
    ['06 tập thể', null],
  ],
  read(text) {
    const m = ONE_OF_MANY.exec(text);
    if (!m) return null;
    const before = text.slice(0, m.index).trim();
    if (before && (RECIPIENT_START.test(before.toLowerCase()) || UNIT_LIST.test(before)))
      return { recipient: before, inferred: false };
    const noun = m[1]!.trim();
    return { recipient: noun.charAt(0).toLocaleUpperCase('vi') + noun.slice(1), inferred: true };
  },
};

/** The rules above, for the test that reads their examples back. */
export const RECIPIENT_RULES: readonly RecipientRule<unknown>[] = [
  NAMED_MEMBERS,
  NAMED_UNITS,
  DESCRIPTOR,
  RECEIVED_FOR,
  ONE_OF_SEVERAL,
];

function classifyRecipient(part: string): RecipientPart {
  const lower = part.toLowerCase();
  const collective = COLLECTIVE_RE.test(lower);
  const individual = INDIVIDUAL_RE.test(lower);
  const num = LEADING_COUNT.exec(lower);
  if (num) {
    const count = COUNT_WORD.get(num[1]!) ?? Number(num[1]);
    const kind = INDIVIDUAL_HEAD.test(lower.slice(num[0].length)) ? 'individual' : 'collective';
    return { text: part, kind, count: count > 0 ? count : null };
  }
  if (QUANTIFIED.test(lower)) {
    // "các đơn vị Trung tâm khai thác vận chuyển, Bưu điện các huyện Ba Bể, Chợ Mới": named, so countable.
    const names = namedUnits(part);
    const kind = collective && individual ? 'mixed' : individual ? 'individual' : 'collective';
    return { text: part, kind, count: names > 0 ? names : null };
  }
  if (PERSON.test(lower)) return { text: part, kind: 'individual', count: 1 };
  // The head noun decides: "người lao động tiêu biểu của Bưu điện tỉnh" are people.
  if (INDIVIDUAL_HEAD.test(lower) && !THEN_COLLECTIVES.test(lower)) {
    return { text: part, kind: 'individual', count: null };
  }
  if (collective && individual) return { text: part, kind: 'mixed', count: null };
  if (individual && !collective) return { text: part, kind: 'individual', count: null };
  const names = POST_OFFICES.test(lower) ? namedUnits(part) : 1;
  return { text: part, kind: 'collective', count: names };
}

/** How many units a list names: "các đơn vị A, Bưu điện các huyện B, C" = 3; "các tập thể …" = 0. */
function namedUnits(part: string): number {
  const generic = GENERIC_LIST.exec(part);
  if (VAGUE.test(part)) return 0;
  const body = generic ? part.slice(generic[0].length) : part;
  if (generic && !CAPITAL.test(body)) return 0;
  if (!CAPITAL.test(body) && !POST_OFFICES.test(body)) return 0;
  if (!generic && !POST_OFFICES.test(body)) return 0;
  return body
    .replace(TIER_PREFIX, '')
    .split(LIST_SEPARATOR)
    .filter((p) => CAPITAL.test(p)).length;
}

/** What may start a recipient: a number, a quantifier, a collective or a person. */
export const RECIPIENT_START = regex(
  pattern`^(?:\d|${NUMBER_WORD}\s+${COUNTED_NOUN}${WORD_END}|${QUANTIFIER}\s|${anyOf('tập thể', 'tâp thể', 'cá nhân', 'bưu điện', 'công đoàn', 'trung tâm', 'đơn vị')}|${anyOf('ông', 'bà')}\s|${anyOf('đồng chí', 'người lao động', 'lao động', 'cán bộ', 'gương mặt')})`,
);

const RECIPIENT_END = regex(pattern`\s*(?:,\s*)?(?:\s${REASON}\s.*|\s*\(${CREDIT}[^)]*\).*)$`, 'i');
const TRAILING = /[\s,;:.…]+$/u;
const MERIT_OR_YEAR = regex(pattern`\s+(?:${'có thành tích'}[^,;]*|${'năm'}\s+\d{4})\s*$`, 'i');
const LIST_TAIL = regex(pattern`(?:[\s,;:.…]|\s${anyOf('và', 'cùng', 'với')})+$`);

/** A recipient list as written, cut where the reason for the distinction or a photo credit starts. */
export function cutRecipient(raw: string): string {
  return (
    raw
      .replace(TRAILING, '')
      .replace(RECIPIENT_END, '')
      .replace(MERIT_OR_YEAR, '')
      // "cho 2 cá nhân và Cờ thi đua …": the list ends where the next distinction starts.
      .replace(LIST_TAIL, '')
      .trim()
  );
}
