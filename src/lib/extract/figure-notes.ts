/**
 * What the figure reader tells a reviewer, in Vietnamese and English: why a figure was left out, why a
 * reading was chosen. Each message quotes the phrase it is about.
 */
import { warning, type Warning } from '../schema/review.ts';
import type { FigureContext } from './figure-types.ts';
import type { Frame } from './figure-time.ts';

export const round = (v: number): number => Math.round(v * 1000) / 1000;

const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const PLAIN_VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
/** A number for an English message: "1,234.5". */
export function formatPlain(v: number): string {
  return PLAIN.format(v);
}
/** A number for a Vietnamese message: "1.234,5". */
export function formatVi(v: number): string {
  return PLAIN_VI.format(v);
}

/** Why a figure was read and then left out. */
export type LeftOut =
  'span' | 'H2' | 'part-of-unit' | 'average' | 'market' | 'negative' | 'foreign-currency' | 'past-plan';

/** The warning for a figure left out: what it is, and that it is not in the entry. */
export function leftOutWarning(why: LeftOut, phrase: string, ctx: FigureContext, frame?: Frame): Warning {
  const planYear = ctx.planYear ?? ctx.reportYear + 1;
  const what: Record<LeftOut, [vi: string, en: string]> = {
    span: [
      `"${phrase}" là tổng của cả giai đoạn ("${frame?.phrase ?? ''}"), không phải số của một năm; chưa đưa vào. Hãy thêm tay nếu cần.`,
      `"${phrase}" is a total over a span of years ("${frame?.phrase ?? ''}"), not one year's figure; it was left out. Add it by hand if needed.`,
    ],
    H2: [
      `"${phrase}" là số của 6 tháng cuối năm, không có kỳ tương ứng; chưa đưa vào.`,
      `"${phrase}" is a figure for the second half of the year, which has no period of its own; it was left out.`,
    ],
    'part-of-unit': [
      `"${phrase}" là số của một phần đơn vị (một khu vực, một mảng, một bưu điện huyện, mạng lưới Bưu điện - Văn hóa xã), không phải của cả Bưu điện tỉnh; chưa đưa vào.`,
      `"${phrase}" is a figure for a part of the unit (an area, a line of business, a district post office, the commune cultural post network), not the whole provincial post office; it was left out.`,
    ],
    average: [
      `"${phrase}" là số bình quân (của một điểm, một đơn vị), không phải tổng của cả Bưu điện tỉnh; chưa đưa vào.`,
      `"${phrase}" is an average (per point or per unit), not the provincial post office's total; it was left out.`,
    ],
    market: [
      `"${phrase}" là số của cả thị trường bưu chính trên địa bàn (mọi doanh nghiệp), không phải của riêng Bưu điện tỉnh; chưa đưa vào.`,
      `"${phrase}" is a figure for the province's whole postal market (every postal firm), not the provincial post office's own; it was left out.`,
    ],
    negative: [
      `"${phrase}" có dấu âm, nhưng chỉ tiêu này không thể âm; chưa đưa vào. Hãy đối chiếu với bài.`,
      `"${phrase}" has a minus sign, but this metric cannot be negative; it was left out. Check the article.`,
    ],
    'past-plan': [
      `"${phrase}" là kế hoạch của năm ${ctx.reportYear}, năm được tổng kết, không phải chỉ tiêu cho năm ${planYear}; chưa đưa vào (kết quả của năm ${ctx.reportYear} là số bài báo cáo).`,
      `"${phrase}" is the plan for ${ctx.reportYear}, the year reported on, not a target for ${planYear}; it was left out (the result for ${ctx.reportYear} is what the article reports).`,
    ],
    'foreign-currency': [
      `"${phrase}" tính bằng ngoại tệ, không phải đồng; chưa đưa vào (không tự quy đổi). Hãy thêm tay bằng đồng nếu bài có số đó.`,
      `"${phrase}" is in a foreign currency, not đồng; it was left out (no exchange rate is assumed). Add it by hand in đồng if the article gives that figure.`,
    ],
  };
  return warning('kpis', what[why][0], what[why][1], phrase);
}

/** The parts listed after "trong đó" do not add up to the figure they break down. */
export function partsWarning(phrase: string, sum: number, total: number): Warning {
  return warning(
    'value',
    `"${phrase}": các phần cộng lại được ${formatVi(sum)}, không phải ${formatVi(total)}. Hãy kiểm tra tổng số.`,
    `"${phrase}": the parts add up to ${formatPlain(sum)}, not ${formatPlain(total)}. Check the total.`,
    phrase,
  );
}

/** "… tăng 30%, đặc biệt là các dịch vụ …": the percentage may belong to the services named in between. */
export function servicesInBetweenWarning(phrase: string, subject: string): Warning {
  return warning(
    'serviceGrowth',
    `"${phrase}": tỷ lệ này có thể là của các dịch vụ nêu ở giữa câu, không phải của cả ${subject}. Hãy đối chiếu với bài.`,
    `"${phrase}": the percentage may be for the services named in between, not for ${subject} as a whole. Check the article.`,
    phrase,
  );
}
