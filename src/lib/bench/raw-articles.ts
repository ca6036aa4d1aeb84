/**
 * Synthetic raw articles in the shape of the real ones, for benchmarks: site chrome, a headline, a
 * dated lead, results with Vietnamese number formats and hedges, plans, captions, awards, people and a
 * byline. Each province has a profile (its size and growth), so a province's figures move plausibly
 * from year to year and a merged province reports roughly what its predecessors did together; the
 * content check then warns about as little as it does on real entries.
 * Deterministic: the same seed gives the same texts. Never written into content/.
 */
import { allUnits, predecessorsOf, type ProvinceUnit } from '../provinces.ts';

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
  /** `count` distinct items of `list`, in a random order. */
  sample<T>(list: readonly T[], count: number): T[];
}

export function rng(seed: number): Rng {
  const r = seededRandom(seed);
  const self: Rng = {
    next: r,
    int: (min, max) => min + Math.floor(r() * (max - min + 1)),
    pick: (list) => list[Math.floor(r() * list.length)]!,
    chance: (p) => r() < p,
    sample: (list, count) => {
      const pool = [...list];
      const out: (typeof list)[number][] = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
      return out;
    },
  };
  return self;
}

/** A stable number from a string (FNV-1a), to seed per-province profiles. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Đinh',
  'Hà',
  'Lương',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Đức', 'Hải'];
const GIVEN = ['Hùng', 'Lan', 'Sơn', 'Hạnh', 'Tuấn', 'Hương', 'Nam', 'Bình', 'Xuân', 'Giang', 'Phong', 'Thảo'];
const CAPTIONS = [
  'Toàn cảnh hội nghị',
  'Quang cảnh hội nghị',
  'Lãnh đạo tỉnh phát biểu tại hội nghị',
  'Các đại biểu dự hội nghị',
  'Một số hình ảnh tại hội nghị:',
];
const SERVICES = [
  'Chuyển phát nhanh',
  'tiết kiệm bưu điện',
  'chi hộ',
  'bảo hiểm',
  'hàng tiêu dùng',
  'tài chính bưu chính',
];
const BYLINES = ['Hoàng Nhi', 'Minh Anh', 'Tin, ảnh: QUANG VŨ', '(Trần Minh)', 'P.G'];

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
  return allUnits.filter(
    (u) => (u.validFrom === null || u.validFrom <= date) && (u.validUntil === null || date <= u.validUntil),
  );
}

/** "Bưu điện tỉnh Sơn La", "Bưu điện thành phố Hà Nội". */
export function postOfficeName(unit: ProvinceUnit): string {
  return `Bưu điện ${unit.type === 'thanh_pho_trung_uong' ? 'thành phố' : 'tỉnh'} ${unit.name}`;
}

/**
 * The size of a province's post office: a total revenue (billion VND) in 2011 and a yearly growth.
 * A post-2025 province is its predecessors together.
 */
export interface ProvinceProfile {
  revenue2011: number;
  growth: number;
  /** Staff, for counts of people served. */
  staff: number;
  /** Labour productivity in 2011, million VND per person per year. */
  productivity2011: number;
  points: number;
}

export function provinceProfile(unit: ProvinceUnit): ProvinceProfile {
  const preds = unit.era === '34' ? predecessorsOf(unit).filter((p) => p.era === '63') : [];
  if (preds.length > 0) {
    const parts = preds.map(provinceProfile);
    const revenue2011 = parts.reduce((n, p) => n + p.revenue2011, 0);
    return {
      revenue2011,
      growth: parts.reduce((n, p) => n + p.growth * p.revenue2011, 0) / revenue2011,
      staff: parts.reduce((n, p) => n + p.staff, 0),
      productivity2011:
        parts.reduce((n, p) => n + p.productivity2011 * p.staff, 0) / parts.reduce((n, p) => n + p.staff, 0),
      points: parts.reduce((n, p) => n + p.points, 0),
    };
  }
  const r = rng(hashString(`profile:${unit.code}`));
  const revenue2011 = r.int(40, 400) + r.int(0, 999) / 1000;
  return {
    revenue2011,
    growth: 0.06 + r.next() * 0.09,
    staff: Math.round(revenue2011 * (1.2 + r.next())),
    productivity2011: r.int(100, 220),
    points: r.int(60, 400),
  };
}

/** A province's true total revenue (billion VND) for a year; articles report it with a little noise. */
export function revenueOf(profile: ProvinceProfile, year: number): number {
  return profile.revenue2011 * (1 + profile.growth) ** (year - 2011);
}

export type ArticleKind = 'year-end' | 'mid-year' | 'nine-month' | 'first-quarter';

/** Share of a year's flow figures (revenue, dossiers, payouts) reported by each kind of review. */
const PERIOD_SHARE: Record<ArticleKind, number> = {
  'year-end': 1,
  'mid-year': 0.48,
  'nine-month': 0.73,
  'first-quarter': 0.23,
};
const PERIOD_WORDS: Record<Exclude<ArticleKind, 'year-end'>, string> = {
  'mid-year': '6 tháng đầu năm',
  'nine-month': '9 tháng đầu năm',
  'first-quarter': 'quý I',
};

export interface RawArticleSpec {
  unit: ProvinceUnit;
  reportYear: number;
  /** The variant of sentence shapes, chrome and figures. */
  seed: number;
  /** A year-end conference (default) or a review of part of the year. */
  kind?: ArticleKind;
  /** The conference day as [day, month]; month 1–2 means early in the following year. Random by default. */
  date?: [number, number];
}

interface Clause {
  text: string;
  /** How many figures the extractor reads from it. */
  figures: number;
}

/** One raw article text, with a header like the shared articles'. */
export function rawArticle({ unit, reportYear, seed, kind = 'year-end', date }: RawArticleSpec): string {
  const r = rng(seed);
  const plan = reportYear + 1;
  const office = postOfficeName(unit);
  const profile = provinceProfile(unit);
  const share = PERIOD_SHARE[kind];
  const noise = (): number => 0.97 + r.next() * 0.06;
  const revenue = revenueOf(profile, reportYear) * share * noise();
  const yearly = kind === 'year-end';
  const periodWords = yearly ? `năm ${reportYear}` : `${PERIOD_WORDS[kind]} ${reportYear}`;
  const lines: string[] = [];

  if (r.chance(0.6)) {
    lines.push(
      `source: https://bao${unit.slug.replace(/-/g, '')}.vn/kinh-te/${reportYear}12/buu-dien-tinh-${r.int(1000, 99999)}.html`,
      `retrieved-as: ${r.chance(0.8) ? 'full' : 'excerpt'}`,
      '',
    );
  }
  if (r.chance(0.4))
    lines.push(
      `Thứ ${r.pick(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'])}, ${r.int(1, 28)}/${r.int(1, 12)}/${reportYear + 2}`,
    );
  if (r.chance(0.3)) lines.push('Đường dây nóng hỗ trợ   1900 54 54 81');
  if (r.chance(0.3)) lines.push('Gửi Email In trang Lưu');

  if (yearly)
    lines.push(
      r.chance(0.5)
        ? `${office} triển khai kế hoạch năm ${plan}`
        : `${office} đạt tổng doanh thu hơn ${Math.floor(revenue)} tỷ đồng`,
    );
  else lines.push(`${office} sơ kết hoạt động ${PERIOD_WORDS[kind]} ${reportYear}`);

  const [day, month] =
    date ??
    (yearly
      ? r.chance(0.3)
        ? [r.int(5, 25), 1]
        : [r.int(15, 30), 12]
      : [r.int(3, 25), kind === 'mid-year' ? 7 : kind === 'nine-month' ? 10 : 4]);
  const eventYear = month <= 2 && yearly ? plan : reportYear;
  if (r.chance(0.5)) {
    // The publication time: the day after the conference.
    const published = new Date(Date.UTC(eventYear, month - 1, day + 1));
    const dd = String(published.getUTCDate()).padStart(2, '0');
    const mm = String(published.getUTCMonth() + 1).padStart(2, '0');
    lines.push(`${dd}/${mm}/${published.getUTCFullYear()} ${r.int(7, 20)}:${String(r.int(0, 59)).padStart(2, '0')}`);
  }
  const when = `${r.pick(['Sáng', 'Chiều', 'Ngày', 'Sáng ngày'])} ${day}/${month}`;

  const official = personName(r);
  const deputy = personName(r);
  const director = personName(r);
  const agenda = yearly
    ? `hội nghị tổng kết công tác năm ${reportYear} và triển khai kế hoạch năm ${plan}`
    : `hội nghị sơ kết hoạt động sản xuất kinh doanh ${periodWords}, triển khai nhiệm vụ những tháng cuối năm`;
  const guests = [
    `đồng chí ${official}, Phó Chủ tịch UBND tỉnh`,
    `đồng chí ${deputy}, Phó Tổng Giám đốc Tổng công ty Bưu điện Việt Nam`,
  ];
  if (r.chance(0.5))
    guests.push(
      `đồng chí ${personName(r)}, Giám đốc Sở ${reportYear >= 2025 ? 'Khoa học và Công nghệ' : 'Thông tin và Truyền thông'}`,
    );
  lines.push(
    `${when}, ${office} tổ chức ${agenda}. Dự hội nghị có ${guests.join('; ')} cùng đại diện lãnh đạo các sở, ban, ngành.`,
  );

  // Results: the total revenue always, then a random number of other figures (5–20 in all with the plans).
  const planPct = r.int(95, 112);
  const change = r.int(-3, 25) + r.int(0, 9) / 10;
  const hedge = r.pick(['đạt', 'đạt trên', 'ước đạt', 'đạt hơn', 'đạt gần']);
  const lead = `${yearly ? `Năm ${reportYear}` : `${PERIOD_WORDS[kind][0]!.toUpperCase()}${PERIOD_WORDS[kind].slice(1)} năm ${reportYear}`}, ${office.replace(/ (tỉnh|thành phố) .*/, ' $1')} đã nỗ lực hoàn thành các chỉ tiêu kế hoạch được giao. Tổng doanh thu ${hedge} ${viNumber(revenue, 3)} tỷ đồng, ${r.chance(0.5) ? `đạt ${planPct}% kế hoạch` : `vượt ${planPct > 100 ? planPct - 100 : 2}% kế hoạch`}, ${change >= 0 ? `tăng ${viNumber(change, 1)}%` : `giảm ${viNumber(-change, 1)}%`} so với cùng kỳ`;
  const income = (6 + (reportYear - 2011) * 0.55) * (0.9 + r.next() * 0.25);
  const money = (billion: number): string =>
    billion >= 1 ? `${viNumber(billion, 1)} tỷ đồng` : `${viNumber(billion * 1000)} triệu đồng`;
  const flow = (perYear: number): number => perYear * share * noise();
  const pool: (() => Clause)[] = [
    () => ({ text: `doanh thu tính lương đạt ${money(revenue * 0.5 * noise())}`, figures: 1 }),
    () => ({
      text: `năng suất lao động đạt ${viNumber(profile.productivity2011 * 1.045 ** (reportYear - 2011) * noise())} triệu đồng/người/năm`,
      figures: 1,
    }),
    () => ({ text: `thu nhập bình quân ${viNumber(income, 1)} triệu đồng/người/tháng`, figures: 1 }),
    () => ({ text: `nộp ngân sách nhà nước ${money(revenue * 0.03 * noise())}`, figures: 1 }),
    () => ({ text: `lợi nhuận trước thuế đạt ${money(revenue * 0.02 * noise())}`, figures: 1 }),
    () => ({ text: `doanh thu nhóm dịch vụ bưu chính chuyển phát đạt ${money(revenue * 0.35 * noise())}`, figures: 1 }),
    () => ({ text: `doanh thu dịch vụ tài chính bưu chính đạt ${money(revenue * 0.3 * noise())}`, figures: 1 }),
    () => ({
      text: `doanh thu ${reportYear >= 2025 ? 'kinh doanh phân phối' : 'phân phối truyền thông'} đạt ${money(revenue * 0.25 * noise())}`,
      figures: 1,
    }),
    () => ({
      text: `Bưu điện tỉnh đã tiếp nhận và trả kết quả giải quyết thủ tục hành chính cho ${r.pick(['gần', 'hơn', 'trên'])} ${viNumber(Math.round(flow(profile.points * 300) / 100) * 100)} hồ sơ`,
      figures: 1,
    }),
    () => ({
      text: `đã chi trả lương hưu, trợ cấp bảo hiểm xã hội cho hơn ${viNumber(Math.round(flow(profile.staff * 400) / 100) * 100)} lượt người với số tiền ${viNumber(Math.round(flow(revenue / share) * 6))} tỷ đồng`,
      figures: 2,
    }),
    () => ({
      text: `hỗ trợ người dân mở ${viNumber(Math.round(flow(profile.points * 8)) * 10)} tài khoản thanh toán`,
      figures: 1,
    }),
    () => ({ text: `toàn mạng lưới có ${viNumber(profile.points)} điểm giao dịch`, figures: 1 }),
    () => ({ text: `bán kính phục vụ bình quân đạt ${viNumber(2 + r.next() * 4, 2)} km/điểm`, figures: 1 }),
    () => ({ text: `số dân phục vụ bình quân đạt ${viNumber(r.int(3000, 9000))} người/điểm`, figures: 1 }),
  ];
  const targetPool: (() => Clause)[] = [
    () => ({
      text: `tổng doanh thu đạt ${viNumber((revenue / share) * (1.06 + r.next() * 0.08), 1)} tỷ đồng`,
      figures: 1,
    }),
    () => ({
      text: `thu nhập bình quân của người lao động đạt ${viNumber(income * 1.05, 1)} triệu đồng/người/tháng`,
      figures: 1,
    }),
    () => ({ text: `doanh thu tính lương đạt ${viNumber((revenue / share) * 0.52, 1)} tỷ đồng`, figures: 1 }),
    () => ({ text: `nộp ngân sách nhà nước ${viNumber((revenue / share) * 0.032, 1)} tỷ đồng`, figures: 1 }),
  ];
  // 1 figure in the lead; 0–4 targets (year-end only); the rest results, for 5–20 in all.
  const targets = yearly ? r.sample(targetPool, r.int(1, targetPool.length)).map((make) => make()) : [];
  const wanted = r.int(5, 20) - 1 - targets.length;
  const results: Clause[] = [];
  let count = 0;
  for (const make of r.sample(pool, pool.length)) {
    const c = make();
    if (count + c.figures > wanted) continue;
    results.push(c);
    count += c.figures;
  }
  // Results in sentences of 2–4 clauses, captions between paragraphs, as the real articles do.
  const [first, ...rest] = results;
  lines.push(`${lead}${first ? `; ${first.text}` : ''}.`);
  for (let i = 0; i < rest.length;) {
    const n = Math.min(rest.length - i, r.int(2, 4));
    const part = rest.slice(i, i + n).map((c) => c.text);
    i += n;
    if (r.chance(0.4)) lines.push(r.pick(CAPTIONS));
    lines.push(`Bên cạnh đó, ${part.join('; ')}.`);
  }
  if (r.chance(0.7))
    lines.push(
      `Một số dịch vụ tăng trưởng tốt như: ${r.pick(SERVICES)} tăng ${r.int(5, 60)}%, ${r.pick(SERVICES)} tăng ${r.int(5, 40)}%.`,
    );
  if (targets.length > 0) lines.push(`Năm ${plan}, Bưu điện tỉnh phấn đấu ${targets.map((c) => c.text).join('; ')}.`);

  lines.push(
    `Phát biểu tại hội nghị, đồng chí ${official} ghi nhận những kết quả đạt được, đề nghị Bưu điện tỉnh tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng dịch vụ bưu chính công ích, phục vụ tốt người dân và doanh nghiệp trên địa bàn.`,
  );
  if (yearly) {
    // Awards: 1–5 distinctions of different levels.
    const ministry = reportYear >= 2025 ? 'Bộ Khoa học và Công nghệ' : 'Bộ Thông tin và Truyền thông';
    const awardPool = [
      `Thừa ủy quyền của Chủ tịch nước, đồng chí ${official} trao Huân chương Lao động hạng ${r.pick(['Nhất', 'Nhì', 'Ba'])} cho ông ${director}, Giám đốc Bưu điện tỉnh.`,
      `${ministry} tặng Cờ thi đua cho ${String(r.int(1, 3)).padStart(2, '0')} tập thể.`,
      `Dịp này, ${String(r.int(1, 9)).padStart(2, '0')} tập thể được Tổng công ty Bưu điện Việt Nam tặng Giấy khen.`,
      `Dịp này, ${r.int(2, 12)} cá nhân được Bưu điện tỉnh tặng danh hiệu Chiến sĩ thi đua cấp cơ sở.`,
      `UBND tỉnh tặng Bằng khen cho ${String(r.int(1, 6)).padStart(2, '0')} tập thể và ${String(r.int(1, 9)).padStart(2, '0')} cá nhân có thành tích xuất sắc.`,
    ];
    lines.push(...r.sample(awardPool, r.int(1, awardPool.length)));
  }
  lines.push(r.pick(BYLINES));
  if (r.chance(0.4)) {
    lines.push('Tin khác');
    for (let i = 0; i < 3; i += 1)
      lines.push(
        `Bưu điện tỉnh ${r.pick(allUnits).name} tổng kết năm ${reportYear} (${r.int(10, 28)}/12/${reportYear} 0${r.int(7, 9)}:15)`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** `count` raw articles spread over provinces and years, deterministic for a seed. */
export function rawArticles(
  count: number,
  seed = 1,
  years: [number, number] = [2011, 2025],
): { name: string; text: string }[] {
  const r = rng(seed);
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const year = r.int(years[0], years[1]);
    const unit = r.pick(provincesOfYear(year));
    out.push({
      name: `${String(i).padStart(5, '0')}-${unit.slug}-${year}.txt`,
      text: rawArticle({ unit, reportYear: year, seed: r.int(1, 2 ** 31) }),
    });
  }
  return out;
}
