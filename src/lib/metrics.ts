/**
 * The metric catalogue: every figure in the digest has one of these ids.
 *
 * Each metric says what it measures in both languages, its unit, the range a provincial post office's
 * figure can plausibly take (used to read "91,352 triệu đồng" the way the writer meant, and to flag
 * unit slips), and the Vietnamese cue phrases the extractor looks for. Cues are regular-expression
 * sources matched against lower-cased text with tone marks normalised (see text/fold.ts).
 */

export const UNITS = [
  'VND',
  'VND/person/year',
  'VND/person/month',
  'count',
  'percent',
  'km/point',
  'people/point',
] as const;
export type Unit = (typeof UNITS)[number];

export type MetricGroup = 'headline' | 'service' | 'public-service' | 'network';

export interface Metric {
  id: string;
  label: { vi: string; en: string };
  description: { vi: string; en: string };
  /** The unit figures are stored in (base units: VND, not billions). */
  unit: Unit;
  /** Other units a figure of this metric may be stated in. */
  altUnits?: Unit[];
  group: MetricGroup;
  /** Values outside this range are implausible for one provincial post office in one year. */
  plausible: [min: number, max: number];
  /** Values outside this range are impossible (negative revenue, say): a content error. */
  valid: [min: number, max: number];
  /** Plausible change against the previous year, in percent. */
  plausibleChange: [min: number, max: number];
  /** Is a larger figure better? (rankings sort by it) */
  higherIsBetter: boolean;
  /** Cue phrases (regex sources) that name the metric before its figure. */
  cues: string[];
  /** For counts: the noun after the number that names the metric ("41.500 hồ sơ"). */
  countNouns?: string[];
  /**
   * Nouns that name the metric only after the subject of another metric: "chi trả … cho 45.000 người"
   * counts the people paid, while "45.000 người" alone could be anyone (staff, residents, delegates).
   */
  countNounsAfter?: Record<string, string[]>;
  /**
   * For counts: what is counted, written after the number wherever a figure is shown ("gần 80.000 hồ sơ",
   * "nearly 80,000 dossiers"), so a bare number never leaves the reader guessing (dossiers? visits?).
   */
  countUnit?: { vi: string; en: { one: string; other: string } };
}

const BILLION = 1e9;
const MILLION = 1e6;

export const METRICS: readonly Metric[] = [
  {
    id: 'total_revenue',
    label: { vi: 'Tổng doanh thu', en: 'Total revenue' },
    description: {
      vi: 'Doanh thu của cả Bưu điện tỉnh trong năm, mọi nhóm dịch vụ cộng lại.',
      en: 'Revenue of the whole provincial post office for the year, all service groups together.',
    },
    unit: 'VND',
    group: 'headline',
    plausible: [3 * BILLION, 30_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-60, 100],
    higherIsBetter: true,
    cues: [
      'tổng doanh thu(?: (?:các|của các) dịch vụ)?',
      'doanh thu phát sinh',
      'doanh thu thực hiện',
      // A bare "doanh thu" is the unit's total unless a more specific cue matches (longest match wins).
      // "Doanh thu thuần" (net revenue) is revenue less deductions: another figure, not the total.
      'doanh thu(?! (?:tính lương|lương|theo|các nhóm|nhóm|của (?:các|nhóm)|(?:các )?dịch vụ|từ|thuần))',
    ],
  },
  {
    id: 'salary_revenue',
    label: { vi: 'Doanh thu tính lương', en: 'Payroll-basis revenue' },
    description: {
      vi: 'Doanh thu dùng để tính quỹ lương, chỉ tiêu Tổng công ty giao cho từng Bưu điện tỉnh.',
      en: 'Revenue on which the wage fund is calculated; a target the corporation sets for each province.',
    },
    unit: 'VND',
    group: 'headline',
    plausible: [1 * BILLION, 15_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-60, 100],
    higherIsBetter: true,
    cues: ['doanh thu tính lương', 'doanh thu lương'],
  },
  {
    id: 'labor_productivity',
    label: { vi: 'Năng suất lao động', en: 'Labour productivity' },
    description: {
      vi: 'Doanh thu bình quân trên một lao động.',
      en: 'Revenue per worker.',
    },
    unit: 'VND/person/year',
    altUnits: ['VND/person/month'],
    group: 'headline',
    plausible: [10 * MILLION, 3 * BILLION],
    valid: [0, 1e12],
    plausibleChange: [-60, 100],
    higherIsBetter: true,
    // "năng suất lao động (bình quân) (tính) theo doanh thu (tính lương)": what the productivity is measured by
    // is part of its name, not a second subject.
    cues: ['năng (?:suất|xuất) lao động(?: bình quân)?(?: (?:tính )?theo doanh thu(?: tính lương)?)?'],
  },
  {
    id: 'average_income',
    label: { vi: 'Thu nhập bình quân', en: 'Average income' },
    description: {
      vi: 'Thu nhập (hoặc lương) bình quân của một người lao động.',
      en: 'Average income (or wage) of one worker.',
    },
    unit: 'VND/person/month',
    altUnits: ['VND/person/year'],
    group: 'headline',
    plausible: [1.5 * MILLION, 100 * MILLION],
    valid: [0, 1e10],
    plausibleChange: [-50, 80],
    higherIsBetter: true,
    cues: [
      '(?:thu nhập|tiền lương|lương|thu nhập và tiền lương) bình quân(?: (?:đầu người|của người lao động|người lao động|của cán bộ công nhân viên|của cbcnv|tháng))*',
    ],
  },
  {
    id: 'budget_contribution',
    label: { vi: 'Nộp ngân sách', en: 'Paid to the state budget' },
    description: {
      vi: 'Số tiền Bưu điện tỉnh nộp ngân sách nhà nước trong năm.',
      en: 'Taxes and charges the provincial post office paid to the state budget in the year.',
    },
    unit: 'VND',
    group: 'headline',
    plausible: [20 * MILLION, 5_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-90, 300],
    higherIsBetter: true,
    cues: ['nộp (?:ngân sách|nsnn)(?: nhà nước| địa phương)?'],
  },
  {
    id: 'profit',
    label: { vi: 'Lợi nhuận / chênh lệch thu chi', en: 'Profit (revenue minus costs)' },
    description: {
      vi: 'Lợi nhuận hoặc chênh lệch thu chi; số âm là lỗ.',
      en: 'Profit, or the difference between revenue and costs; negative is a loss.',
    },
    unit: 'VND',
    group: 'headline',
    plausible: [-500 * BILLION, 2_000 * BILLION],
    valid: [-1e15, 1e15],
    plausibleChange: [-300, 300],
    higherIsBetter: true,
    // A loss ("đơn vị lỗ 2,3 tỷ đồng", "thua lỗ") is this figure below zero: the extractor reads the
    // amount after it as negative.
    cues: ['lợi nhuận(?: trước thuế| sau thuế)?', 'chênh lệch thu chi', 'chênh lệch thu ?- ?chi', '(?:thua )?lỗ'],
  },
  {
    id: 'postal_delivery_revenue',
    label: { vi: 'Doanh thu bưu chính chuyển phát', en: 'Postal and delivery revenue' },
    description: {
      vi: 'Doanh thu nhóm dịch vụ bưu chính chuyển phát (bưu phẩm, bưu kiện, chuyển phát nhanh, thương mại điện tử).',
      en: 'Revenue of the postal and delivery service group (letters, parcels, express, e-commerce).',
    },
    unit: 'VND',
    group: 'service',
    plausible: [100 * MILLION, 10_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-80, 300],
    higherIsBetter: true,
    cues: ['(?:nhóm )?(?:dịch vụ )?bưu chính chuyển phát'],
  },
  {
    id: 'postal_finance_revenue',
    label: { vi: 'Doanh thu tài chính bưu chính', en: 'Postal finance revenue' },
    description: {
      vi: 'Doanh thu nhóm dịch vụ tài chính bưu chính (tiết kiệm, chi trả, thu hộ, bảo hiểm).',
      en: 'Revenue of the postal finance group (savings, payouts, collections, insurance).',
    },
    unit: 'VND',
    group: 'service',
    plausible: [100 * MILLION, 10_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-80, 300],
    higherIsBetter: true,
    cues: ['(?:nhóm )?(?:dịch vụ )?tài chính bưu chính'],
  },
  {
    id: 'media_distribution_revenue',
    label: { vi: 'Doanh thu phân phối - truyền thông', en: 'Distribution and media revenue' },
    description: {
      vi: 'Doanh thu nhóm dịch vụ phân phối truyền thông (hàng hóa, báo chí, viễn thông).',
      en: 'Revenue of the distribution and media group (goods, press, telecom cards).',
    },
    unit: 'VND',
    group: 'service',
    plausible: [100 * MILLION, 10_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-80, 300],
    higherIsBetter: true,
    cues: ['(?:nhóm )?(?:dịch vụ )?phân phối\\s*(?:[-–—]\\s*)?truyền thông'],
  },
  {
    id: 'distribution_business_revenue',
    label: { vi: 'Doanh thu kinh doanh phân phối', en: 'Distribution business revenue' },
    description: {
      vi: 'Doanh thu mảng kinh doanh phân phối hàng hóa (tên gọi từ năm 2025).',
      en: 'Revenue of the goods distribution business (the group\u2019s name from 2025).',
    },
    unit: 'VND',
    group: 'service',
    plausible: [100 * MILLION, 10_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-80, 300],
    higherIsBetter: true,
    // The service group's own name since VNPost's 2025 reorganisation (as "bưu chính chuyển phát" is
    // the delivery group's): a name, not a phrase of one article.
    cues: ['(?:doanh thu )?(?:mảng |nhóm )?(?:dịch vụ )?kinh doanh phân phối(?: hàng hóa)?'],
  },
  {
    id: 'postal_services_revenue',
    label: { vi: 'Doanh thu dịch vụ bưu chính', en: 'Postal services revenue' },
    description: {
      vi: 'Doanh thu các dịch vụ bưu chính (khi bài viết không tách nhóm chuyển phát).',
      en: 'Revenue of postal services (when the article does not name the delivery group).',
    },
    unit: 'VND',
    group: 'service',
    plausible: [100 * MILLION, 10_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-80, 300],
    higherIsBetter: true,
    cues: ['doanh thu (?:của )?(?:các )?(?:dịch vụ |nhóm )?bưu chính(?! (?:công ích|chuyển phát))'],
  },
  {
    id: 'admin_dossiers',
    label: { vi: 'Hồ sơ thủ tục hành chính', en: 'Administrative dossiers handled' },
    description: {
      vi: 'Số hồ sơ thủ tục hành chính tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích.',
      en: 'Administrative-procedure dossiers received and returned through the public postal service.',
    },
    unit: 'count',
    countUnit: { vi: 'hồ sơ', en: { one: 'dossier', other: 'dossiers' } },
    group: 'public-service',
    plausible: [10, 50_000_000],
    valid: [0, 1e10],
    plausibleChange: [-90, 1000],
    higherIsBetter: true,
    cues: ['(?:tiếp nhận(?: và trả kết quả)?|trả kết quả)(?: giải quyết)? (?:hồ sơ )?thủ tục hành chính'],
    countNouns: ['(?:lượt )?hồ sơ(?: thủ tục hành chính| tthc)?'],
  },
  {
    id: 'payouts',
    label: { vi: 'Chi trả lương hưu, trợ cấp', en: 'Pensions and benefits paid out' },
    description: {
      vi: 'Số tiền lương hưu, trợ cấp bảo hiểm xã hội và an sinh chi trả qua bưu điện.',
      en: 'Pensions, social-insurance and welfare benefits paid out through the post office.',
    },
    unit: 'VND',
    group: 'public-service',
    plausible: [1 * BILLION, 1_000_000 * BILLION],
    valid: [0, 1e16],
    plausibleChange: [-90, 1000],
    higherIsBetter: true,
    cues: ['(?:số tiền )?chi trả', 'số tiền chi trả'],
  },
  {
    id: 'payout_beneficiaries',
    label: { vi: 'Lượt người được chi trả', en: 'Benefit payments made (person-times)' },
    description: {
      vi: 'Số lượt người nhận lương hưu, trợ cấp qua bưu điện.',
      en: 'Person-times that pensions or benefits were paid out at the post office.',
    },
    unit: 'count',
    countUnit: { vi: 'lượt người', en: { one: 'payment', other: 'payments' } },
    group: 'public-service',
    plausible: [10, 100_000_000],
    valid: [0, 1e10],
    plausibleChange: [-90, 1000],
    higherIsBetter: true,
    cues: [],
    countNouns: ['lượt người(?: hưởng| nhận)?', 'lượt đối tượng', 'lượt'],
    countNounsAfter: { payouts: ['người(?: hưởng| nhận| thụ hưởng)?', 'đối tượng(?: hưởng| bảo trợ xã hội)?'] },
  },
  {
    id: 'social_welfare',
    label: { vi: 'Đóng góp an sinh xã hội', en: 'Social welfare contributions' },
    description: {
      vi: 'Số tiền Bưu điện tỉnh đóng góp cho các quỹ, chương trình an sinh xã hội, từ thiện.',
      en: 'Money the provincial post office gave to social-welfare funds and charity.',
    },
    unit: 'VND',
    group: 'public-service',
    plausible: [1 * MILLION, 500 * BILLION],
    valid: [0, 1e14],
    plausibleChange: [-100, 5000],
    higherIsBetter: true,
    cues: ['(?:công tác |hoạt động )?an sinh xã hội', 'từ thiện', 'ủng hộ (?:quỹ|người nghèo)'],
  },
  {
    id: 'citizen_savings',
    label: { vi: 'Chi phí tiết kiệm cho người dân', en: 'Costs saved for citizens' },
    description: {
      vi: 'Chi phí, thời gian đi lại người dân tiết kiệm được nhờ làm thủ tục qua bưu điện (ước tính).',
      en: 'Travel costs and time citizens saved by using the post office for procedures (estimated).',
    },
    unit: 'VND',
    group: 'public-service',
    plausible: [1 * MILLION, 10_000 * BILLION],
    valid: [0, 1e15],
    plausibleChange: [-100, 5000],
    higherIsBetter: true,
    // What citizens save by not travelling to offices: "tiết kiệm cho người dân …", "(giúp) người dân
    // tiết kiệm …", "tiết kiệm chi phí đi lại cho …". Never "tiết kiệm bưu điện" (postal savings, a service).
    cues: [
      'tiết kiệm (?:được )?(?:chi phí(?:,? thời gian)?(?: đi lại)? )?cho (?:người dân|nhân dân|xã hội|công dân|tổ chức(?:,? cá nhân)?|doanh nghiệp)',
      '(?:người dân|nhân dân|công dân) tiết kiệm(?: được)?(?: chi phí(?:,? thời gian)?(?: đi lại)?)?',
    ],
  },
  {
    id: 'payment_accounts',
    label: { vi: 'Tài khoản thanh toán mở mới', en: 'Payment accounts opened' },
    description: {
      vi: 'Số tài khoản thanh toán bưu điện hỗ trợ người dân mở trong năm.',
      en: 'Payment accounts the post office helped people open in the year.',
    },
    unit: 'count',
    countUnit: { vi: 'tài khoản', en: { one: 'account', other: 'accounts' } },
    group: 'public-service',
    plausible: [1, 10_000_000],
    valid: [0, 1e10],
    plausibleChange: [-100, 10000],
    higherIsBetter: true,
    cues: [],
    countNouns: ['tài khoản(?: thanh toán| ngân hàng| tiết kiệm)?', 'ví điện tử'],
  },
  {
    id: 'transaction_points',
    label: { vi: 'Điểm giao dịch', en: 'Transaction points' },
    description: {
      vi: 'Số điểm giao dịch bưu điện (bưu cục, điểm bưu điện - văn hóa xã) đang phục vụ.',
      en: 'Post office transaction points (post offices and commune cultural post offices) in service.',
    },
    unit: 'count',
    countUnit: { vi: 'điểm giao dịch', en: { one: 'transaction point', other: 'transaction points' } },
    group: 'network',
    plausible: [5, 5_000],
    valid: [0, 1e6],
    plausibleChange: [-60, 100],
    higherIsBetter: true,
    cues: [],
    countNouns: ['điểm giao dịch'],
  },
  {
    id: 'service_points',
    label: { vi: 'Điểm phục vụ', en: 'Service points' },
    description: {
      vi: 'Tổng số điểm phục vụ của mạng lưới (bưu cục, điểm văn hóa xã, đại lý, thùng thư).',
      en: 'All service points of the network (post offices, commune points, agencies, post boxes).',
    },
    unit: 'count',
    countUnit: { vi: 'điểm phục vụ', en: { one: 'service point', other: 'service points' } },
    group: 'network',
    plausible: [5, 10_000],
    valid: [0, 1e6],
    plausibleChange: [-60, 100],
    higherIsBetter: true,
    cues: [],
    // A bare "276 điểm" is the network when what follows breaks it down into the kinds of service
    // point ("có 276 điểm, trong đó có 48 bưu cục, 162 điểm bưu điện văn hóa xã, … đại lý, … thùng
    // thư"); a bare "95 điểm" elsewhere may be a score.
    countNouns: [
      'điểm phục vụ',
      'điểm(?=\\s*,?\\s*(?:trong đó|gồm|bao gồm)[^.;]{0,40}?(?:bưu cục|điểm bưu điện|đại lý|thùng thư))',
    ],
  },
  {
    id: 'delivery_routes',
    label: { vi: 'Tuyến phát', en: 'Delivery routes' },
    description: {
      vi: 'Số tuyến phát bưu gửi của bưu tá.',
      en: 'Delivery routes run by postmen.',
    },
    unit: 'count',
    countUnit: { vi: 'tuyến phát', en: { one: 'route', other: 'routes' } },
    group: 'network',
    plausible: [5, 10_000],
    valid: [0, 1e6],
    plausibleChange: [-60, 100],
    higherIsBetter: true,
    cues: [],
    // Every kind of route is a route ("48 tuyến phát trung tâm"); a list of kinds after "trong đó" is a
    // breakdown of the total before it, which the extractor reads as parts, not as totals.
    countNouns: ['tuyến phát'],
  },
  {
    // Service radius and residents per point are the network indicators the postal regulations define
    // for every province (bán kính phục vụ bình quân, số dân phục vụ bình quân trên một điểm phục vụ).
    id: 'service_radius',
    label: { vi: 'Bán kính phục vụ bình quân', en: 'Average service radius' },
    description: {
      vi: 'Bán kính phục vụ bình quân của một điểm phục vụ.',
      en: 'Average radius one service point covers.',
    },
    unit: 'km/point',
    group: 'network',
    plausible: [0.1, 50],
    valid: [0, 1000],
    plausibleChange: [-80, 80],
    higherIsBetter: false,
    cues: ['bán kính phục vụ(?: bình quân)?'],
  },
  {
    id: 'population_per_point',
    label: { vi: 'Số dân phục vụ bình quân', en: 'People served per point' },
    description: {
      vi: 'Số dân bình quân một điểm phục vụ.',
      en: 'Average number of residents per service point.',
    },
    unit: 'people/point',
    group: 'network',
    plausible: [100, 1_000_000],
    valid: [0, 1e8],
    plausibleChange: [-80, 80],
    higherIsBetter: false,
    cues: ['số dân phục vụ(?: bình quân)?'],
  },
];

export const METRIC_IDS = METRICS.map((m) => m.id) as [string, ...string[]];

const byId = new Map(METRICS.map((m) => [m.id, m]));

export function metricById(id: string): Metric | undefined {
  return byId.get(id);
}

/** Units a figure of this metric may use. */
export function allowedUnits(metric: Metric): Unit[] {
  return [metric.unit, ...(metric.altUnits ?? [])];
}

export function isPlausible(metric: Metric, value: number): boolean {
  return value >= metric.plausible[0] && value <= metric.plausible[1];
}

export const UNIT_LABELS: Record<Unit, { vi: string; en: string }> = {
  VND: { vi: 'đồng', en: 'VND' },
  'VND/person/year': { vi: 'đồng/người/năm', en: 'VND per person per year' },
  'VND/person/month': { vi: 'đồng/người/tháng', en: 'VND per person per month' },
  count: { vi: 'số lượng', en: 'count' },
  percent: { vi: '%', en: '%' },
  'km/point': { vi: 'km/điểm', en: 'km per point' },
  'people/point': { vi: 'người/điểm', en: 'people per point' },
};

export const GROUP_LABELS: Record<MetricGroup, { vi: string; en: string }> = {
  headline: { vi: 'Chỉ tiêu chính', en: 'Headline figures' },
  service: { vi: 'Nhóm dịch vụ', en: 'Service groups' },
  'public-service': { vi: 'Dịch vụ công ích', en: 'Public services' },
  network: { vi: 'Mạng lưới', en: 'Network' },
};
