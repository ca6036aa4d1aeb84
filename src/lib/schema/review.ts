import { z } from 'astro/zod';
import { fromYamlDate } from './common.ts';
import { doc } from './doc.ts';

export const REVIEW_STATUSES = ['needs-review', 'unreviewed', 'reviewed'] as const;

/**
 * What kind of doubt a warning is, when it is one readers are told about in specific words (the public
 * page says "Tiêu đề do hệ thống đặt", not the editor's instructions). Without a kind the page says
 * that the field is being checked.
 */
export const WARNING_KINDS = ['made-up-title', 'excerpt', 'inferred', 'missing', 'split'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const reviewWarningSchema = z.strictObject({
  /** The field the warning is about (`kpis[0].value`, `province`, `eventDate`). */
  field: z
    .string()
    .min(1)
    .meta(doc('Trường cần xem lại.', 'The field the warning is about.', 'kpis[0].value')),
  /** What kind of doubt it is, for the words readers see (optional). */
  kind: z
    .enum(WARNING_KINDS, {
      error: (i) => `unknown warning kind "${String(i.input)}"; use ${WARNING_KINDS.join(', ')}, or leave it out`,
    })
    .optional()
    .meta(
      doc(
        'Loại nghi vấn, để trang công khai nói đúng điều chưa chắc (không bắt buộc): made-up-title (tiêu đề do công cụ đặt), excerpt (bản lưu chỉ là đoạn trích), inferred (giá trị được suy ra, bài không nêu), missing (bài không nêu), split (bài nói về nhiều tỉnh, đã tách).',
        'The kind of doubt, so that the public page says what is uncertain (optional): made-up-title (the title was written by the ingest), excerpt (the stored copy is an excerpt), inferred (the value was inferred; the article does not state it), missing (the article does not state it), split (the article covers several provinces and was split).',
        'inferred',
      ),
    ),
  /** What a person should check, in plain words (in Vietnamese). */
  message: z
    .string()
    .min(1)
    .meta(
      doc(
        'Điều cần kiểm tra, viết bằng lời thường (tiếng Việt).',
        'What a person should check, in plain words (in Vietnamese).',
        'Không rõ 101 tỷ là tổng doanh thu hay doanh thu tính lương',
      ),
    ),
  /** The same in English, for the English pages. */
  messageEn: z
    .string()
    .min(1)
    .optional()
    .meta(
      doc(
        'Cũng điều đó bằng tiếng Anh, cho trang tiếng Anh (không bắt buộc).',
        'The same in English, for the English pages (optional).',
        'Not clear whether 101 billion is total revenue or payroll revenue',
      ),
    ),
  /** The phrase of the article that raised it. */
  quote: z
    .string()
    .optional()
    .meta(
      doc(
        'Câu trong bài gây ra cảnh báo.',
        'The phrase of the article that raised it.',
        'doanh thu đạt trên 101 tỷ đồng',
      ),
    ),
});

export const reviewSchema = z.strictObject({
  /**
   * needs-review: the ingest has open warnings; unreviewed: read by the ingest with no doubts, not yet
   * checked by a person; reviewed: a person checked it against the article.
   */
  status: z
    .enum(REVIEW_STATUSES, {
      error: (i) => `unknown review status "${String(i.input)}"; use ${REVIEW_STATUSES.join(', ')}`,
    })
    .meta(
      doc(
        'needs-review: còn cảnh báo cần người xem; unreviewed: máy đọc không có nghi vấn nhưng chưa ai đối chiếu; reviewed: đã có người đối chiếu với bài.',
        'needs-review: open warnings for a person to look at; unreviewed: machine-read with no doubts, not yet checked by a person; reviewed: a person checked it against the article.',
        'needs-review',
      ),
    ),
  warnings: z
    .array(reviewWarningSchema)
    .default([])
    .meta(
      doc(
        'Danh sách điều cần xem lại (field, message, quote). Xóa từng mục khi đã xử lý.',
        'Things to look at (field, message, quote). Delete each one once it is dealt with.',
        [],
      ),
    ),
  /** Who reviewed it. */
  reviewedBy: z
    .string()
    .optional()
    .meta(
      doc('Người đã rà soát (khi status là reviewed).', 'Who reviewed it (when status is reviewed).', 'Nguyễn Văn A'),
    ),
  /** When (YYYY-MM-DD). */
  reviewedAt: z
    .preprocess(
      (v) => fromYamlDate(v),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' }),
    )
    .optional()
    .meta(doc('Ngày rà soát, YYYY-MM-DD.', 'When it was reviewed, YYYY-MM-DD.', '2024-01-15')),
});
export type Review = z.output<typeof reviewSchema>;
export type ReviewWarning = z.output<typeof reviewWarningSchema>;

/**
 * A warning as the ingest writes it: the message in Vietnamese (the editors' language) and in English, and the
 * phrase of the article it is about, when there is one.
 */
export type Warning = Omit<ReviewWarning, 'messageEn'> & { messageEn: string };

/** A warning about `field`: what to check in Vietnamese and in English, with the article's phrase. */
export function warning(field: string, vi: string, en: string, quote?: string): Warning {
  return { field, message: vi, messageEn: en, ...(quote ? { quote } : {}) };
}

/** The same, of a kind readers are told about in specific words. */
export function warningOfKind(kind: WarningKind, field: string, vi: string, en: string, quote?: string): Warning {
  return { field, kind, message: vi, messageEn: en, ...(quote ? { quote } : {}) };
}
