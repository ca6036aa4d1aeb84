import { z } from 'astro/zod';
import { fromYamlDate } from './common.ts';
import { doc } from './doc.ts';

export const sourceSchema = z.strictObject({
  /** Where the article was published. */
  url: z
    .url({ error: 'must be a full web address (https://…)' })
    .optional()
    .meta(
      doc(
        'Địa chỉ bài gốc trên mạng (đầy đủ, bắt đầu bằng https://).',
        'Where the article was published (a full https:// address).',
        'https://baosonla.vn/kinh-te/buu-dien-tinh-trien-khai-ke-hoach-nam-2024',
      ),
    ),
  /** The publisher's name or site ("baolangson.vn"). */
  publisher: z
    .string()
    .optional()
    .meta(doc('Tên cơ quan đăng bài hoặc tên trang.', 'The publisher or site name.', 'baosonla.vn')),
  /** When it was published: YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time. */
  publishedAt: z
    .preprocess(
      (v) => fromYamlDate(v, true),
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, { error: 'must be YYYY-MM-DD or YYYY-MM-DDTHH:MM' }),
    )
    .optional()
    .meta(
      doc(
        'Ngày đăng bài: YYYY-MM-DD, hoặc YYYY-MM-DDTHH:MM nếu có giờ (đặt trong ngoặc kép khi có giờ).',
        'When it was published: YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time (in double quotes when it has a time).',
        '2023-12-28',
      ),
    ),
  /** Author or byline as printed. */
  author: z
    .string()
    .optional()
    .meta(doc('Tác giả như in trong bài.', 'Author or byline as printed.', 'Minh Anh')),
  /** The raw text kept under content/sources/. */
  originalFile: z
    .string()
    .optional()
    .meta(
      doc(
        'Tệp văn bản gốc lưu trong content/sources/ (do công cụ nhập ghi).',
        'The raw text kept under content/sources/ (written by the ingest).',
        'content/sources/000_8bbbab40623e6c25.txt',
      ),
    ),
  /** `excerpt` when the stored copy stops before the article ends. */
  retrievedAs: z
    .enum(['full', 'excerpt'])
    .optional()
    .meta(
      doc(
        'full: có đủ bài; excerpt: bản lưu bị cắt, thiếu phần cuối.',
        'full: the whole article; excerpt: the stored copy stops before the end.',
        'full',
      ),
    ),
});
export type Source = z.output<typeof sourceSchema>;
