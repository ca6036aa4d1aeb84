/**
 * Officials named in the article, with their roles as written.
 *
 * News reports name officials in two ways: an honorific and a name, then the role in apposition
 * ("đồng chí Đặng Ngọc Hậu, Phó Chủ tịch UBND tỉnh", "ông Đoàn Tấn Bửu – Phó Chủ tịch UBND tỉnh"), or
 * the role first ("Phó Tổng giám đốc Tổng công ty Đinh Như Hạnh"). Bylines and people without a role
 * are not officials of the conference and are left out.
 */

import { LETTER } from '../text/letters.ts';

export interface PersonDraft {
  name: string;
  role: string;
  organization?: string;
}

/** The common Vietnamese family names (over 95% of the population), for telling a name from a title. */
const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
  'Hà',
  'Trương',
  'Lương',
  'Mai',
  'Trịnh',
  'Cao',
  'Lâm',
  'Tạ',
  'Quách',
  'Chu',
  'Kiều',
  'Tô',
  'Thái',
  'Vương',
  'Hứa',
  'Đàm',
  'Lưu',
  'Triệu',
  'Phùng',
  'La',
  'Tăng',
  'Nông',
  'Lò',
  'Lục',
  'Hầu',
  'Thân',
  'Mạc',
  'Khúc',
  'Châu',
  'Văn',
  'Âu',
  'Giáp',
  'Diệp',
  'Tôn',
  'Tống',
  'Lại',
  'Đồng',
  'Quan',
  'Doãn',
  'Ninh',
  'Khổng',
  'Bế',
  'Phí',
  'Viên',
  'Lã',
  'Tiêu',
  'Mã',
  'Từ',
  'Đào',
  'Lạc',
  'Nghiêm',
  'Kim',
  'Thạch',
  'Sầm',
  'Cù',
  'Ông',
  'Mẫn',
  'Đới',
  'Lăng',
  'Chế',
  'Trình',
  'Vi',
  'Hán',
  'Khuất',
  'Nhữ',
  'Vòng',
  'Hoàng',
  'Đường',
  'Giang',
  'Lò',
  'Quàng',
  'Cầm',
  'Hà',
  'Lường',
];

const NAME_SYLLABLE = String.raw`\p{Lu}[\p{Ll}]+`;
/** Two to five capitalised syllables. */
const NAME = String.raw`${NAME_SYLLABLE}(?:\s+${NAME_SYLLABLE}){1,4}`;
const SURNAME_NAME = String.raw`(?:${SURNAMES.join('|')})(?:\s+${NAME_SYLLABLE}){1,4}`;

/** Words a role starts with. */
const ROLE_HEAD = String.raw`(?:[Pp]hó\s+)?(?:[Tt]ổng\s+)?(?:[Gg]iám\s+đốc|[Cc]hủ\s+tịch|[Bb]í\s+thư|[Tt]rưởng\s+(?:ban|phòng|đoàn)|[Tt]rưởng|[Cc]hánh\s+(?:văn\s+phòng|thanh\s+tra)|[Tt]hứ\s+trưởng|[Bb]ộ\s+trưởng|[Tt]ỉnh\s+ủy\s+viên|[Tt]ỉnh\s+uỷ\s+viên|[Ủủ]y\s+viên|[Uu]ỷ\s+viên|[Pp]hụ\s+trách|[Cc]hủ\s+nhiệm|[Tt]ổng\s+biên\s+tập|[Kk]ế\s+toán\s+trưởng|[Tt]hành\s+viên|[Đđ]ại\s+biểu\s+Quốc\s+hội)`;

const HONORIFIC = String.raw`(?<![${LETTER}])(?:[Đđ]ồng\s+chí|[Đđ]\/[Cc]|[Ôô]ng|[Bb]à)\s+`;
/** Where a role stops: a new clause, a verb of the event, or the next person. */
const ROLE_STOP =
  /(?:;|\.(?!\d)|\s(?:cùng|và\s+(?:đại|các|lãnh|toàn|một)|đã|được|phát\s+biểu|trao|dự|đến\s+dự|tham\s+dự|đánh\s+giá|đề\s+nghị|nhấn\s+mạnh|cho\s+biết|chủ\s+trì|thừa)(?:\s|$)|,\s*(?:đại\s+diện|cùng|các\s+đồng\s+chí|lãnh\s+đạo|đồng\s+chí|ông|bà)\s|\s\(|$)/u;

const ORG =
  /(UBND\s+(?:tỉnh|thành\s+phố)(?:\s+\p{Lu}[\p{Ll}]+)*|Ủy\s+ban\s+nhân\s+dân\s+tỉnh(?:\s+\p{Lu}[\p{Ll}]+)*|(?:Hội\s+đồng\s+thành\s+viên\s+|Công\s+đoàn\s+|CĐ\s+)?Tổng\s+[Cc]ông\s+ty(?:\s+Bưu\s+(?:điện|chính)\s+Việt\s+Nam)?|Bưu\s+điện\s+(?:tỉnh|Việt\s+Nam)(?:\s+\p{Lu}[\p{Ll}]+)*|Sở\s+[^,;]+|Bộ\s+[^,;]+|Công\s+đoàn\s+[^,;]+)/u;

function organisationOf(role: string): string | undefined {
  const m = ORG.exec(role);
  return m ? m[1]!.trim() : undefined;
}

function cleanRole(raw: string): string {
  return raw
    .replace(/^[\s,–—-]+/u, '')
    .replace(/[\s,–—-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words without which a paragraph names no official. */
const PERSON_WORDS =
  /đồng\s+chí|đ\/c|(?:^|\s)(?:ông|bà)\s|giám\s+đốc|chủ\s+tịch|bí\s+thư|trưởng|ủy\s+viên|uỷ\s+viên|phụ\s+trách/iu;
const ROLE_START = new RegExp(`^${ROLE_HEAD}`, 'u');
const HONORIFIC_NAME = new RegExp(`${HONORIFIC}(${NAME})\\s*(?:,|[–—-])\\s*`, 'gu');
const LIST_ITEM = new RegExp(`^(${NAME})\\s*,\\s*(.+)$`, 'u');
const ROLE_FIRST = new RegExp(
  `(?<![${LETTER}])(${ROLE_HEAD}(?:\\s+(?!${SURNAMES.join('\\s|')}\\s)[\\p{L}]+){0,8}?)\\s+(${SURNAME_NAME})(?![\\p{L}])`,
  'gu',
);

/** Read the officials named in the blocks. */
export function extractPeople(blocks: readonly string[]): PersonDraft[] {
  const found = new Map<string, PersonDraft>();
  const add = (name: string, role: string): void => {
    const r = cleanRole(role);
    if (!r || !ROLE_START.test(r)) return;
    const n = name.replace(/\s+/g, ' ').trim();
    const prev = found.get(n);
    if (!prev || r.length > prev.role.length) {
      const org = organisationOf(r);
      found.set(n, { name: n, role: r, ...(org ? { organization: org } : {}) });
    }
  };
  for (const text of blocks) {
    if (!PERSON_WORDS.test(text)) continue;
    // Honorific, name, then the role: "đồng chí Đặng Ngọc Hậu, Phó Chủ tịch UBND tỉnh".
    const re = HONORIFIC_NAME;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const rest = text.slice(m.index + m[0].length);
      const stop = ROLE_STOP.exec(rest);
      add(m[1]!, rest.slice(0, stop ? stop.index : rest.length));
    }
    // A list after "các đồng chí:": "Nguyễn Minh Đức, Phó Tổng Giám đốc …; Ngô Đình Tiến, Phó Giám đốc …".
    const list = /các\s+đồng\s+chí\s*:\s*([^.]+)/u.exec(text);
    if (list) {
      for (const item of list[1]!.split(/\s*;\s*/u)) {
        const m = LIST_ITEM.exec(item.trim());
        if (m) {
          const stop = ROLE_STOP.exec(m[2]!);
          add(m[1]!, m[2]!.slice(0, stop ? stop.index : m[2]!.length));
        }
      }
    }
    // The role first: "Phó Tổng giám đốc Tổng công ty Đinh Như Hạnh", "Phó Tổng giám đốc Nguyễn Minh Đức".
    const roleFirst = ROLE_FIRST;
    roleFirst.lastIndex = 0;
    for (let m = roleFirst.exec(text); m; m = roleFirst.exec(text)) {
      if (found.has(m[2]!)) continue;
      add(m[2]!, m[1]!);
    }
  }
  return [...found.values()];
}
