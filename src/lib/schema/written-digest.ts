import { z } from 'astro/zod';
import { isoDateSchema, yearSchema } from './common.ts';
import { doc } from './doc.ts';

/**
 * The frontmatter of a written digest, `content/digests/<year>.mdx` (Vietnamese) or `<year>.en.mdx`
 * (English): the staff's own text about a year, whose figures come from the articles through the
 * project's components.
 */
export const writtenDigestSchema = z.strictObject({
  /** The year the digest is about; the file name says it too. */
  year: yearSchema.meta(
    doc(
      'Năm mà bản tổng hợp nói về; tên tệp cũng ghi năm này.',
      'The year the digest is about; the file name says it too.',
      2023,
    ),
  ),
  /** The digest's title, as printed on its cover. */
  title: z
    .string({ error: 'is required: the title of the digest' })
    .trim()
    .min(1, { error: 'is required: the title of the digest' })
    .meta(
      doc('Tiêu đề bản tổng hợp, in trên trang bìa.', 'The title, printed on the cover.', 'Bưu điện các tỉnh năm 2023'),
    ),
  /** One or two sentences that say what the year was. */
  lead: z
    .string({ error: 'is required: one or two sentences about the year' })
    .trim()
    .min(1, { error: 'is required: one or two sentences about the year' })
    .meta(doc('Một hai câu tóm tắt năm.', 'One or two sentences about the year.')),
  /** Who wrote it, as printed. */
  authors: z
    .array(z.string().trim().min(1, { error: 'an author cannot be empty' }), {
      error: 'must be a list of names (one "- name" per line)',
    })
    .min(1, { error: 'names at least one author' })
    .meta(doc('Người viết, mỗi dòng một tên (- Tên).', 'Who wrote it, one "- name" per line.', ['Phòng Truyền thông'])),
  /** When the digest was (or will be) published: YYYY-MM-DD. */
  published: isoDateSchema.meta(doc('Ngày phát hành: YYYY-MM-DD.', 'When it is published: YYYY-MM-DD.', '2024-03-01')),
  /** Checked, but left out of production builds. */
  draft: z
    .boolean({ error: 'must be true or false' })
    .optional()
    .meta(doc('true: bản nháp, không đưa lên trang.', 'true: a draft, left out of the site.', true)),
});

export type WrittenDigest = z.output<typeof writtenDigestSchema>;
