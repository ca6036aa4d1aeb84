/**
 * Synthetic raw articles in the shape of the real ones, for benchmarks: site chrome, a headline, a
 * dated lead, results with Vietnamese number formats and hedges, plans, captions, awards and a byline.
 * Deterministic: the same seed gives the same texts. Never written into content/.
 */
import { allUnits, type ProvinceUnit } from '../provinces.ts';

/** A small, fast, seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  const r = seededRandom(seed);
  return {
    next: r,
    int: (min, max) => min + Math.floor(r() * (max - min + 1)),
    pick: (list) => list[Math.floor(r() * list.length)]!,
    chance: (p) => r() < p,
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Đinh', 'Hà', 'Lương'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Đức', 'Hải'];
const GIVEN = ['Hùng', 'Lan', 'Sơn', 'Hạnh', 'Tuấn', 'Hương', 'Nam', 'Bình', 'Xuân', 'Giang', 'Phong', 'Thảo'];
const CAPTIONS = ['Toàn cảnh hội nghị', 'Quang cảnh hội nghị', 'Lãnh đạo tỉnh phát biểu tại hội nghị', 'Các đại biểu dự hội nghị', 'Một số hình ảnh tại hội nghị:'];
const SERVICES = ['Chuyển phát nhanh', 'tiết kiệm bưu điện', 'chi hộ', 'bảo hiểm', 'hàng tiêu dùng', 'tài chính bưu chính'];

export function personName(r: Rng): string {
  return `${r.pick(SURNAMES)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`;
}

/** "101", "8,8", "2.200", "133,643": a number in the way Vietnamese news writes it. */
export function viNumber(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [int, frac] = fixed.split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac && Number(frac) !== 0 ? `${grouped},${frac.replace(/0+$/, '')}` : grouped;
}

/** Provinces in force in a year (the 63 before the 2025 merger, the 34 after). */
export function provincesOfYear(year: number): ProvinceUnit[] {
  const date = `${year}-12-15`;
  return allUnits.filter((u) => (u.validFrom === null || u.validFrom <= date) && (u.validUntil === null || date <= u.validUntil));
}

export interface RawArticleSpec {
  unit: ProvinceUnit;
  reportYear: number;
  /** The variant of sentence shapes and chrome. */
  seed: number;
}

/** One raw article text, with a header like the shared articles'. */
export function rawArticle({ unit, reportYear, seed }: RawArticleSpec): string {
  const r = rng(seed);
  const plan = reportYear + 1;
  const name = unit.name;
  const lines: string[] = [];
  const header = r.chance(0.6);
  if (header) {
    lines.push(`source: https://bao${unit.slug.replace(/-/g, '')}.vn/kinh-te/${reportYear}12/buu-dien-tinh-${r.int(1000, 99999)}.html`, `retrieved-as: ${r.chance(0.8) ? 'full' : 'excerpt'}`, '');
  }
  if (r.chance(0.4)) lines.push(`Thứ ${r.pick(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'])}, ${r.int(1, 28)}/${r.int(1, 12)}/${reportYear + 2}`);
  if (r.chance(0.3)) lines.push('Đường dây nóng hỗ trợ   1900 54 54 81');
  if (r.chance(0.3)) lines.push('Gửi Email In trang Lưu');
  const revenue = r.int(60, 900) + r.int(0, 999) / 1000;
  lines.push(r.chance(0.5) ? `Bưu điện tỉnh ${name} triển khai kế hoạch năm ${plan}` : `Bưu điện tỉnh ${name} đạt tổng doanh thu hơn ${Math.floor(revenue)} tỷ đồng`);
  const day = r.int(15, 30);
  const january = r.chance(0.3);
  if (r.chance(0.5)) lines.push(`${january ? `${r.int(10, 25)}/01/${plan}` : `${Math.min(day + 1, 31)}/12/${reportYear}`} ${r.int(7, 20)}:${String(r.int(0, 59)).padStart(2, '0')}`);
  const when = january ? `${r.pick(['Sáng', 'Chiều', 'Ngày'])} ${r.int(5, 25)}/1` : `${r.pick(['Sáng', 'Chiều', 'Ngày', 'Sáng ngày'])} ${day}/12`;
  const official = personName(r);
  const director = personName(r);
  lines.push(
    `${when}, Bưu điện tỉnh ${name} tổ chức hội nghị tổng kết công tác năm ${reportYear} và triển khai kế hoạch năm ${plan}. Dự hội nghị có đồng chí ${official}, Phó Chủ tịch UBND tỉnh; đồng chí ${personName(r)}, Phó Tổng Giám đốc Tổng công ty Bưu điện Việt Nam cùng đại diện lãnh đạo các sở, ban, ngành.`,
  );
  const planPct = r.int(95, 112);
  const change = r.int(-5, 35) + r.int(0, 9) / 10;
  const income = r.int(6, 18) + r.int(0, 9) / 10;
  const salary = revenue * (0.4 + r.next() * 0.2);
  const hedge = r.pick(['đạt', 'đạt trên', 'ước đạt', 'đạt hơn', 'đạt gần']);
  lines.push(
    `Năm ${reportYear}, Bưu điện tỉnh đã nỗ lực hoàn thành các chỉ tiêu kế hoạch được giao. Tổng doanh thu ${hedge} ${viNumber(revenue, 3)} tỷ đồng, ${r.chance(0.5) ? `đạt ${planPct}% kế hoạch` : `vượt ${planPct - 100 > 0 ? planPct - 100 : 2}% kế hoạch`}, ${change >= 0 ? `tăng ${viNumber(change, 1)}%` : `giảm ${viNumber(-change, 1)}%`} so với cùng kỳ; doanh thu tính lương đạt ${viNumber(salary, 1)} tỷ đồng; năng suất lao động đạt ${r.int(90, 400)} triệu đồng/người/năm; thu nhập bình quân ${viNumber(income, 1)} triệu đồng/người/tháng; nộp ngân sách nhà nước ${viNumber(r.int(10, 300) / 10, 1)} tỷ đồng.`,
  );
  lines.push(r.pick(CAPTIONS));
  lines.push(
    `Bưu điện tỉnh đã tiếp nhận và trả kết quả giải quyết thủ tục hành chính cho ${r.pick(['gần', 'hơn', 'trên'])} ${viNumber(r.int(5, 200) * 1000)} hồ sơ; chi trả lương hưu, trợ cấp bảo hiểm xã hội cho hơn ${viNumber(r.int(20, 200) * 1000)} lượt người với số tiền ${viNumber(r.int(300, 5000))} tỷ đồng; hỗ trợ mở ${viNumber(r.int(1, 30) * 100)} tài khoản thanh toán. Một số dịch vụ tăng trưởng tốt như: ${r.pick(SERVICES)} tăng ${r.int(5, 60)}%, ${r.pick(SERVICES)} tăng ${r.int(5, 40)}%.`,
  );
  lines.push(
    `Năm ${plan}, Bưu điện tỉnh phấn đấu tổng doanh thu đạt ${viNumber(revenue * (1.03 + r.next() * 0.1), 1)} tỷ đồng; thu nhập bình quân của người lao động đạt ${viNumber(income * 1.05, 1)} triệu đồng/người/tháng.`,
  );
  lines.push(
    `Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những kết quả đạt được, đề nghị Bưu điện tỉnh tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng dịch vụ bưu chính công ích, phục vụ tốt người dân và doanh nghiệp trên địa bàn.`,
  );
  if (r.chance(0.7)) lines.push(`Thừa ủy quyền của Chủ tịch nước, đồng chí ${official} trao Huân chương Lao động hạng ${r.pick(['Nhất', 'Nhì', 'Ba'])} cho ông ${director}, Giám đốc Bưu điện tỉnh`);
  lines.push(
    `Dịp này, Bưu điện tỉnh và ${String(r.int(1, 9)).padStart(2, '0')} tập thể được Tổng công ty Bưu điện Việt Nam tặng Giấy khen; ${r.int(2, 12)} cá nhân được tặng danh hiệu Chiến sĩ thi đua cấp cơ sở; Bộ Thông tin và Truyền thông tặng Cờ thi đua cho ${String(r.int(1, 3)).padStart(2, '0')} tập thể.`,
  );
  lines.push(r.pick(['Hoàng Nhi', 'Minh Anh', 'Tin, ảnh: QUANG VŨ', '(Trần Minh)', 'P.G']));
  if (r.chance(0.4)) {
    lines.push('Tin khác');
    for (let i = 0; i < 3; i += 1) lines.push(`Bưu điện tỉnh ${r.pick(allUnits).name} tổng kết năm ${reportYear} (${r.int(10, 28)}/12/${reportYear} 0${r.int(7, 9)}:15)`);
  }
  return `${lines.join('\n')}\n`;
}

/** `count` raw articles spread over provinces and years, deterministic for a seed. */
export function rawArticles(count: number, seed = 1, years: [number, number] = [2011, 2025]): { name: string; text: string }[] {
  const r = rng(seed);
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const year = r.int(years[0], years[1]);
    const unit = r.pick(provincesOfYear(year));
    out.push({ name: `${String(i).padStart(5, '0')}-${unit.slug}-${year}.txt`, text: rawArticle({ unit, reportYear: year, seed: r.int(1, 2 ** 31) }) });
  }
  return out;
}
