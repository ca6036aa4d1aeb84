/**
 * Quotes: every figure and award points at a phrase that is really in the article (the reader's evidence),
 * and a review warning's phrase helps the reviewer find the spot. The matching itself, which forgives what a
 * reader would not notice, is ../quotes.ts.
 */
import type { BodyResult } from '../mdx-body.ts';
import { fieldName, type Finding, type Severity } from '../problem.ts';
import { containsQuote, searchable, type SearchableText } from '../quotes.ts';
import { defineRule, example, finding } from '../rule.ts';
import { valueAt } from '../zod-walk.ts';
import { ENTRY, entryFile, FILE } from './example-entry.ts';

export const quoteNotFound = defineRule({
  id: 'quote-not-found',
  severity: 'error or warning',
  describes: {
    vi: 'Mỗi câu trích (quote) có trong nội dung bài hoặc tiêu đề, chép nguyên văn (… thay cho chữ lược bớt): lỗi với con số và khen thưởng, cảnh báo với review.warnings.',
    en: 'Every quote is in the article text or its title, word for word (… may stand for words left out): an error for figures and awards, a warning for review.warnings.',
  },
  good: [
    entryFile({ 'quote: doanh thu đạt trên 101 tỷ đồng': 'quote: Doanh thu … trên 101 tỷ đồng' }),
    entryFile({ 'quote: doanh thu đạt trên 101 tỷ đồng': 'quote: “DOANH THU ĐẠT TRÊN 101 TỶ ĐỒNG”' }),
    // A figure given only in the headline (the ingest reads it, with a warning): the page links it to the headline.
    entryFile({ 'quote: doanh thu đạt trên 101 tỷ đồng': 'quote: Sơn La tổng kết năm 2023' }),
  ],
  bad: [
    example(
      entryFile({ 'quote: doanh thu đạt trên 101 tỷ đồng': 'quote: doanh thu đạt trên 110 tỷ đồng' }),
      `${FILE}:12  kpis[0].quote  lỗi: câu trích "doanh thu đạt trên 110 tỷ đồng" không có trong nội dung bài  — chép nguyên văn từ bài (có thể dùng … để lược bớt), hoặc sửa lại nội dung bài
       ${FILE}:12  kpis[0].quote  error: the quote "doanh thu đạt trên 110 tỷ đồng" is not in the article text  — copy it word for word from the article (… may stand for words left out), or correct the article text`,
    ),
    example(
      entryFile({
        '  status: unreviewed': [
          '  status: needs-review',
          '  warnings:',
          '    - field: kpis[0].value',
          '      message: Không rõ doanh thu cả năm hay 11 tháng',
          '      quote: doanh thu 11 tháng',
        ].join('\n'),
      }),
      `${FILE}:18  review.warnings[0].quote  cảnh báo: câu trích "doanh thu 11 tháng" không có trong nội dung bài  — chép nguyên văn từ bài (có thể dùng … để lược bớt), hoặc sửa lại nội dung bài
       ${FILE}:18  review.warnings[0].quote  warning: the quote "doanh thu 11 tháng" is not in the article text  — copy it word for word from the article (… may stand for words left out), or correct the article text`,
    ),
  ],
});

export const emptyBody = defineRule({
  id: 'empty-body',
  severity: 'error',
  describes: {
    vi: 'Bài có câu trích thì có nội dung bài viết để đối chiếu.',
    en: 'An entry with quotes has the article text to find them in.',
  },
  good: [entryFile()],
  bad: [
    example(
      { files: { [FILE]: ENTRY.slice(0, ENTRY.lastIndexOf('---\n') + 4) } },
      `${FILE}:16  body  lỗi: bài chưa có nội dung nên không kiểm tra được các câu trích  — dán nội dung bài viết vào dưới dòng --- thứ hai
       ${FILE}:16  body  error: the article text is missing, so the quotes cannot be checked  — paste the article text below the second --- line`,
    ),
  ],
});

export const QUOTE_RULES = [quoteNotFound, emptyBody] as const;

/** Lists whose items carry a `quote` that must be found in the article. */
const QUOTED_LISTS = ['kpis', 'targets', 'serviceGrowth', 'awards'] as const;

/** The quotes of the frontmatter that are not in the text; `bodyLine` is the text's first line. */
export function quoteFindings(
  data: Record<string, unknown>,
  body: BodyResult,
  lineOf: (p: readonly PropertyKey[]) => number,
  bodyLine: number,
): Finding[] {
  const quoted: { path: (string | number)[]; quote: string; severity: Severity }[] = [];
  for (const list of QUOTED_LISTS) {
    const items = data[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      const q = (item as Record<string, unknown> | null)?.quote;
      if (typeof q === 'string' && q.trim()) quoted.push({ path: [list, i, 'quote'], quote: q, severity: 'error' });
    });
  }
  // A review warning's phrase helps the reviewer find the spot; a miss there does not block publishing.
  const warnings = valueAt(data, ['review', 'warnings']);
  if (Array.isArray(warnings)) {
    warnings.forEach((w, i) => {
      const q = (w as Record<string, unknown> | null)?.quote;
      if (typeof q === 'string' && q.trim())
        quoted.push({ path: ['review', 'warnings', i, 'quote'], quote: q, severity: 'warning' });
    });
  }
  if (!body.source.trim()) {
    if (quoted.length === 0) return [];
    return [
      finding(emptyBody, bodyLine, 'body', {
        what: {
          vi: 'bài chưa có nội dung nên không kiểm tra được các câu trích',
          en: 'the article text is missing, so the quotes cannot be checked',
        },
        fix: {
          vi: 'dán nội dung bài viết vào dưới dòng --- thứ hai',
          en: 'paste the article text below the second --- line',
        },
      }),
    ];
  }
  // Word for word in the source first; the parsed text (escapes resolved) only for what is left; then the
  // headline, which the article page links a quote to when the text lacks it.
  const source = searchable(body.source);
  let text: SearchableText | undefined;
  const title = searchable(typeof data.title === 'string' ? data.title : '');
  const findings: Finding[] = [];
  for (const q of quoted) {
    if (
      containsQuote(source, q.quote) ||
      containsQuote((text ??= searchable(body.text())), q.quote) ||
      containsQuote(title, q.quote)
    )
      continue;
    const short = q.quote.length > 70 ? `${q.quote.slice(0, 67)}…` : q.quote;
    const words = {
      what: {
        vi: `câu trích "${short}" không có trong nội dung bài`,
        en: `the quote "${short}" is not in the article text`,
      },
      fix: {
        vi: 'chép nguyên văn từ bài (có thể dùng … để lược bớt), hoặc sửa lại nội dung bài',
        en: 'copy it word for word from the article (… may stand for words left out), or correct the article text',
      },
    };
    findings.push(finding(quoteNotFound, lineOf(q.path), fieldName(q.path), words, q.severity));
  }
  return findings;
}
