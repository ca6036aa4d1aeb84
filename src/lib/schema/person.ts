import { z } from 'astro/zod';
import { doc } from './doc.ts';

export const personSchema = z.strictObject({
  /** Full name as written ("Đặng Ngọc Hậu"). */
  name: z
    .string()
    .min(1)
    .meta(doc('Họ tên đầy đủ như trong bài.', 'Full name as written.', 'Đặng Ngọc Hậu')),
  /** Role as written ("Phó Chủ tịch UBND tỉnh"). */
  role: z
    .string()
    .min(1)
    .meta(doc('Chức vụ như trong bài.', 'Role as written.', 'Phó Chủ tịch UBND tỉnh')),
  /** The organisation when the role names one ("UBND tỉnh", "Tổng công ty Bưu điện Việt Nam"). */
  organization: z
    .string()
    .optional()
    .meta(
      doc(
        'Cơ quan, khi chức vụ có nêu (không bắt buộc).',
        'The organisation, when the role names one (optional).',
        'UBND tỉnh',
      ),
    ),
});
export type Person = z.output<typeof personSchema>;
