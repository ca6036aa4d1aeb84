/**
 * Awards: who gave which distinction to whom, and how many.
 *
 * Award sentences in conference reports take a few shapes:
 * - passive: "Bưu điện tỉnh và 06 tập thể … đã được Tổng Công ty Bưu điện Việt Nam tặng Giấy khen";
 * - receiving: "6 cá nhân được trao tặng danh hiệu Chiến sĩ thi đua cấp bộ", "01 tập thể nhận Cờ thi
 *   đua của Bộ Thông tin và Truyền thông";
 * - active: "Tổng công ty … đã trao tặng Giấy khen cho 6 tập thể … và vinh danh 5 cá nhân", with a
 *   presenter when someone hands it over on the giver's behalf: "Thừa ủy quyền của Chủ tịch nước, đồng
 *   chí Đoàn Thanh Sơn … trao Huân chương Lao động hạng Nhì cho bà …" (given by the state, presented
 *   by the province's vice-chairman).
 * The giver's rank sets the level: Chủ tịch nước = state, Thủ tướng / Chính phủ = government, a Bộ =
 * ministry, UBND tỉnh = province, Tổng công ty (and its Hội đồng thành viên) = corporation, Bưu điện tỉnh
 * = unit, Công đoàn = union. Where the text names no giver, the distinction's own rank can ("Chiến sĩ
 * thi đua cấp bộ" is a ministry's; an order is the President's); a presenter's employer cannot (it may
 * only hand the distinction over), so the giver stays unnamed, with a warning.
 * Also read: one distinction to several named units is one award each ("cho hai tập thể là A và B");
 * distinctions listed before their givers pair in order ("bằng khen, giấy khen của Bộ X, Tổng công ty");
 * whoever receives for a unit ("Lãnh đạo Bưu điện tỉnh nhận …", "thay mặt tập thể") is not the
 * recipient; a title recognised ("công nhận là tập thể lao động xuất sắc"); a caption that names no
 * recipient; and a general "tổ chức khen thưởng, vinh danh …" sentence is a summary of the named awards.
 */
import { AwardReader } from './award-reader.ts';
import { dedupe } from './award-merge.ts';
import type { AwardContext, AwardDraft } from './award-types.ts';
import type { Warning } from '../schema/review.ts';

export type { AwardContext, AwardDraft } from './award-types.ts';
export { parseRecipients, type RecipientPart } from './rules/recipients.ts';

/** Read every award of the blocks. `captions` marks which blocks are photo captions. */
export function extractAwards(
  blocks: readonly string[],
  captions: readonly boolean[],
  ctx: AwardContext,
): { awards: AwardDraft[]; warnings: Warning[] } {
  const drafts = blocks.flatMap((text, block) => new AwardReader(text, block, captions[block] ?? false, ctx).read());
  return { awards: dedupe(drafts), warnings: [] };
}
