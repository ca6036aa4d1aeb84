/**
 * Recipients: a list split into its parts, each a collective or an individual with a count when the
 * text gives one ("Bưu điện tỉnh và 06 tập thể, đơn vị trực thuộc" → the post office, 1; 6 collectives).
 */
import { REASON, CREDIT } from '../lexicon/ceremony.ts';
import { anyOf, pattern, regex, word, WORD_END } from '../lexicon/pattern.ts';
import {
  COLLECTIVE,
  COLLECTIVE_WORD,
  COUNTED_NOUN,
  DISTRICT_TIER,
  HONORIFIC,
  INDIVIDUAL,
  POST_OFFICES_OF,
  QUANTIFIER,
  VAGUE_QUANTIFIER,
} from '../lexicon/recipients.ts';

export interface RecipientPart {
  text: string;
  kind: 'individual' | 'collective' | 'mixed';
  count: number | null;
}

const AND = anyOf('và');
const SPLIT = regex(
  pattern`\s+${AND}\s+(?=\d|${anyOf('các', 'nhiều', 'một', 'bà', 'ông', 'đồng chí', 'tập thể')}\s|\p{Lu})|\s*,\s*(?=\d{1,4}\s+${COUNTED_NOUN})`,
);
const TRAILING_PUNCTUATION = /[,;:.…]+$/u;
const COLLECTIVE_RE = regex(word(COLLECTIVE));
const INDIVIDUAL_RE = regex(word(INDIVIDUAL));
const INDIVIDUAL_HEAD = regex(pattern`^${INDIVIDUAL}${WORD_END}`);
const LEADING_COUNT = /^(\d{1,4})\s+/u;
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
  return text
    .split(SPLIT)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(classifyRecipient);
}

function classifyRecipient(part: string): RecipientPart {
  const lower = part.toLowerCase();
  const collective = COLLECTIVE_RE.test(lower);
  const individual = INDIVIDUAL_RE.test(lower);
  const num = LEADING_COUNT.exec(lower);
  if (num) {
    const count = Number(num[1]);
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
  pattern`^(?:\d|${QUANTIFIER}\s|${anyOf('tập thể', 'tâp thể', 'cá nhân', 'bưu điện', 'công đoàn', 'trung tâm', 'đơn vị')}|${anyOf('ông', 'bà')}\s|${anyOf('đồng chí', 'người lao động', 'lao động', 'cán bộ', 'gương mặt')})`,
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
