/**
 * Whose results an article reports. The digest holds provincial post offices' results; an article that
 * names none as its subject (the corporation's national totals, another postal company, a bank, a
 * museum, a street or a commune's "bưu điện") has figures, but not of a provincial post office.
 *
 * A news article names its subject in its headline or its lead. The subject is a provincial post office
 * when the headline or the first two paragraphs name one ("Bưu điện tỉnh", "Bưu điện thành phố Hà Nội",
 * "BĐT Lạng Sơn", "Bưu điện Đồng Tháp") and the mention is not
 * - many of them: "các Bưu điện tỉnh, thành phố", "63 Bưu điện tỉnh", "Bưu điện tỉnh, thành phố";
 * - a partner or a rival: "phối hợp với Bưu điện tỉnh", "cạnh tranh với Bưu điện tỉnh", "cùng Bưu điện tỉnh".
 * A provincial post office named further on (giving an award, paying pensions with a bank) is not the
 * subject. One mention is enough: in doubt, the article is a provincial post office's.
 */
import { warning, type Warning } from '../../schema/review.ts';
import { lowerKeepLength } from '../../vi-number.ts';
import { pattern, regex, word } from '../lexicon/pattern.ts';
import {
  AND,
  MANY,
  OTHER_KIND,
  OTHER_ORGANISATION,
  PARTNER_BEFORE,
  POST_OFFICE,
  PROVINCE_KIND,
  PROVINCIAL_POST_OFFICE,
} from '../lexicon/post-offices.ts';
import { findProvinceMentions } from '../province.ts';

/** The headline and this many paragraphs are where an article names its subject. */
export const LEAD_PARAGRAPHS = 2;

export interface ArticleSubject {
  /** A provincial post office is the article's subject. */
  provincial: boolean;
  /** The mention that makes it so, as written ("Bưu điện tỉnh", "Bưu điện Đồng Tháp"). */
  named: string | null;
  /** When none is named: the first other organisation the lead names, as written ("Tổng công ty Bưu điện Việt Nam"). */
  other: string | null;
}

const BY_KIND = regex(word(PROVINCIAL_POST_OFFICE), 'g');
/** Before a province's name: "Bưu điện " or "Bưu điện tỉnh " (the name found by province.ts). */
const BEFORE_NAME = regex(pattern`${word(POST_OFFICE)}(?:\s+${PROVINCE_KIND})?\s*$`);
/** Many, or a number, right before: "các Bưu điện tỉnh", "63 Bưu điện tỉnh". */
const MANY_BEFORE = regex(pattern`(?:${word(MANY)}|\d+)\s+$`);
const PARTNER = regex(pattern`${word(PARTNER_BEFORE)}\s+$`);
/** "Bưu điện tỉnh, thành phố", "Bưu điện tỉnh/thành phố", "Bưu điện tỉnh và thành phố": all of them. */
const ALL_KINDS_AFTER = regex(pattern`^\s*(?:[,/]|${word(AND)})\s*${word(OTHER_KIND)}`);
const OTHER = regex(word(OTHER_ORGANISATION));

/** Examples, read back by tests/extract/subject-of-article.test.ts: headline, paragraphs, a provincial post office's? */
export const SUBJECT_EXAMPLES: readonly (readonly [
  headline: string | null,
  paragraphs: string[],
  provincial: boolean,
])[] = [
  ['Bưu điện tỉnh Sơn La triển khai kế hoạch năm 2024', [], true],
  [null, ['Trong năm 2020, hoạt động của Bưu điện Đồng Tháp đạt nhiều kết quả tích cực.'], true],
  [null, ['Chiều 28/12, BĐT Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2023.'], true],
  ['Doanh thu năm 2020 ước đạt hơn 233 tỷ đồng', ['Ngày 8/1, Bưu điện tỉnh tổ chức hội nghị tổng kết.'], true],
  [
    'Tổng công ty Bưu điện Việt Nam tổng kết năm 2023',
    ['Sáng 5/1, Tổng công ty tổ chức hội nghị tổng kết, có lãnh đạo các Bưu điện tỉnh, thành phố dự.'],
    false,
  ],
  [null, ['Mạng lưới của 63 Bưu điện tỉnh, thành phố phục vụ hơn 13.000 điểm.'], false],
  ['Agribank Thái Bình tổng kết năm 2023', ['Chi nhánh đã phối hợp với Bưu điện tỉnh chi trả lương hưu.'], false],
  [
    'Người giữ điểm bưu điện giữa đại ngàn',
    ['Chị Mai mở cửa điểm bưu điện văn hóa xã từ sáng sớm.', 'Mỗi tháng, chị chi trả lương hưu cho 300 người.'],
    false,
  ],
  // Named in the third paragraph: not where an article names its subject.
  [
    null,
    ['Chị Mai giữ điểm bưu điện xã.', 'Đường xuống huyện dài 40 km.', 'Chị được Bưu điện tỉnh tặng Giấy khen.'],
    false,
  ],
  ['Cải tạo đường Bưu Điện, trục phố cổ nhất của thị xã', [], false],
];

/** Whether the headline or the lead names a provincial post office as the article's subject. */
export function subjectOfArticle(headline: string | null, paragraphs: readonly string[]): ArticleSubject {
  const lead = [...(headline ? [headline] : []), ...paragraphs.slice(0, LEAD_PARAGRAPHS)];
  for (const text of lead) {
    const named = subjectIn(text);
    if (named) return { provincial: true, named, other: null };
  }
  for (const text of lead) {
    const m = OTHER.exec(lowerKeepLength(text));
    if (m) return { provincial: false, named: null, other: text.slice(m.index, m.index + m[0].length) };
  }
  return { provincial: false, named: null, other: null };
}

/** The first mention of a provincial post office in the text that is one subject, as written. */
function subjectIn(text: string): string | null {
  const lower = lowerKeepLength(text);
  const spans: [number, number][] = [...lower.matchAll(BY_KIND)].map((m) => [m.index, m.index + m[0].length]);
  for (const m of findProvinceMentions(null, [text])) {
    if (m.kind !== 'unit') continue;
    const before = BEFORE_NAME.exec(lower.slice(Math.max(0, m.index - 20), m.index));
    if (before) spans.push([m.index - before[0].length, m.index + m.length]);
  }
  // In text order; of two spans that start together, the longer ("Bưu điện tỉnh Sơn La", not "Bưu điện tỉnh").
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const [start, end] of spans) {
    const before = lower.slice(Math.max(0, start - 30), start);
    if (MANY_BEFORE.test(before) || PARTNER.test(before) || ALL_KINDS_AFTER.test(lower.slice(end, end + 20))) continue;
    return text.slice(start, end);
  }
  return null;
}

/**
 * What the entry of an article with no provincial post office as its subject says: why, and how many
 * figures and awards read in it were left out.
 */
export function notTheSubjectWarning(subject: ArticleSubject, leftOut: { figures: number; awards: number }): Warning {
  const names = subject.other;
  const en = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  const none = leftOut.figures === 0 && leftOut.awards === 0;
  return warning(
    'kpis',
    `Tiêu đề và ${LEAD_PARAGRAPHS} đoạn đầu của bài không nêu bưu điện tỉnh, thành phố nào là chủ thể${names ? ` (bài nói về ${names})` : ''}: bài có thể nêu số liệu toàn quốc của Tổng công ty, kết quả của một doanh nghiệp khác, hoặc một "bưu điện" không phải bưu điện tỉnh.${none ? '' : ` Đã bỏ qua ${leftOut.figures} số liệu và ${leftOut.awards} khen thưởng đọc được trong bài.`} Nếu bài đúng là kết quả của một bưu điện tỉnh, hãy nhập số liệu bằng tay; nếu không, hãy xóa bài.`,
    `The headline and the first ${LEAD_PARAGRAPHS} paragraphs name no provincial post office as the article's subject${names ? ` (they name ${names})` : ''}: it may report the corporation's national totals, another company's results, or a "bưu điện" that is not a provincial post office.${none ? '' : ` The ${en(leftOut.figures, 'figure')} and ${en(leftOut.awards, 'award')} read in it were left out.`} If the article does report a provincial post office's results, enter them by hand; if not, delete the entry.`,
    names ?? undefined,
  );
}
