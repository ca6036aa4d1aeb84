import { z } from 'astro/zod';

export const personSchema = z.object({
  /** Full name as written ("Đặng Ngọc Hậu"). */
  name: z.string().min(1),
  /** Role as written ("Phó Chủ tịch UBND tỉnh"). */
  role: z.string().min(1),
  /** The organisation when the role names one ("UBND tỉnh", "Tổng công ty Bưu điện Việt Nam"). */
  organization: z.string().optional(),
});
export type Person = z.output<typeof personSchema>;
