/**
 * What each seed article says, written down by reading the article (not by running the ingest).
 * Figures: every result and target in the text, with its qualifier, estimate flag, year and the
 * plan / change percentages attached to it. Awards: every distinction with giver level, recipient
 * kind and count.
 */

export interface ExpectedFigure {
  metric: string;
  value: number | null;
  unit?: string;
  qualifier?: 'exact' | 'over' | 'about' | 'nearly' | 'under';
  estimated?: boolean;
  year: number;
  planPercent?: number;
  /** "đạt hơn 101% kế hoạch" = over; left out = exact (no planQualifier). */
  planQualifier?: 'over' | 'about' | 'nearly' | 'under';
  changePercent?: number;
  changeQualifier?: 'over' | 'about' | 'nearly' | 'under';
}

export interface ExpectedAward {
  award: string;
  level: string;
  /** The giver as the entry names it. */
  giver: string;
  recipientKind: 'individual' | 'collective' | 'mixed';
  count: number | null;
  /** A word of the recipient as written. */
  recipientIncludes?: string;
  presenterIncludes?: string;
}

export interface ExpectedEntry {
  province: string | null;
  reportYear: number;
  planYear: number | null;
  eventDate: string | null;
  eventKind?: 'year-end' | 'mid-year';
  kpis: ExpectedFigure[];
  targets: ExpectedFigure[];
  serviceGrowth?: { service: string; changePercent: number; metric?: string; planPercent?: number }[];
  awards: ExpectedAward[];
  people?: { name: string; roleIncludes: string }[];
  /** Warnings a reader would want: the field each is about. */
  warningFields: string[];
  needsReview: boolean;
}

export const SEEDS: Record<string, ExpectedEntry> = {
  // Sơn La, "Ngày 27/12/2023 … Hội nghị Triển khai kế hoạch năm 2024"; results of 2023.
  '000_8bbbab40623e6c25.txt': {
    province: 'son-la',
    reportYear: 2023,
    planYear: 2024,
    eventDate: '2023-12-27',
    kpis: [
      { metric: 'total_revenue', value: 101e9, qualifier: 'over', year: 2023 },
      {
        metric: 'labor_productivity',
        value: 169e6,
        unit: 'VND/person/year',
        qualifier: 'exact',
        year: 2023,
        changePercent: 21,
      },
      // "lương bình quân đạt 8,8 triệu đồng/người/tháng"
      { metric: 'average_income', value: 8.8e6, unit: 'VND/person/month', qualifier: 'exact', year: 2023 },
      // "gần 80.000 lượt hồ sơ" (thousands dot)
      { metric: 'admin_dossiers', value: 80_000, unit: 'count', qualifier: 'nearly', year: 2023 },
      // "ước tính tiết kiệm cho người dân trên 20 tỷ đồng"
      { metric: 'citizen_savings', value: 20e9, qualifier: 'over', estimated: true, year: 2023 },
      // "chi trả … trên 2.200 tỷ đồng"
      { metric: 'payouts', value: 2_200e9, qualifier: 'over', year: 2023 },
      { metric: 'social_welfare', value: 100e6, qualifier: 'nearly', year: 2023 },
    ],
    targets: [],
    awards: [
      {
        award: 'Giấy khen',
        level: 'corporation',
        giver: 'Tổng công ty Bưu điện Việt Nam',
        recipientKind: 'collective',
        count: 6,
      },
      {
        award: 'Vinh danh',
        level: 'corporation',
        giver: 'Tổng công ty Bưu điện Việt Nam',
        recipientKind: 'individual',
        count: 5,
      },
    ],
    people: [
      { name: 'Đặng Ngọc Hậu', roleIncludes: 'Phó Chủ tịch UBND tỉnh' },
      { name: 'Nguyễn Trường Giang', roleIncludes: 'Hội đồng thành viên' },
    ],
    // The scraped text has no headline.
    warningFields: ['title'],
    needsReview: true,
  },

  // Lạng Sơn (named once as "tỉnh Lạng Sơn"; "Bưu điện huyện Chi Lăng" agrees), "Chiều 28/12".
  '001_4b76b94216d7d7d7.txt': {
    province: 'lang-son',
    reportYear: 2023,
    planYear: 2024,
    eventDate: '2023-12-28',
    kpis: [
      { metric: 'transaction_points', value: 225, unit: 'count', year: 2023 },
      // "doanh thu của Bưu điện tỉnh ước đạt trên 138 tỷ đồng, đạt hơn 101% kế hoạch giao"
      {
        metric: 'total_revenue',
        value: 138e9,
        qualifier: 'over',
        estimated: true,
        year: 2023,
        planPercent: 101,
        planQualifier: 'over',
      },
      { metric: 'budget_contribution', value: 5.8e9, qualifier: 'exact', year: 2023 },
      { metric: 'admin_dossiers', value: 41_500, qualifier: 'over', year: 2023 },
      { metric: 'payment_accounts', value: 2_600, qualifier: 'over', year: 2023 },
    ],
    // "Về nhiệm vụ năm 2024, Bưu điện tỉnh phấn đấu thực hiện hoàn thành vượt mức từ 2% các chỉ tiêu kế
    // hoạch tổng công ty giao, trong đó: Tổng doanh thu: 133,643 tỷ đồng; chênh lệch thu chi đạt 9,639 tỷ
    // đồng": the corporation's plan figures, each to be exceeded by 2% or more ("vượt mức từ 2%" = at
    // least 102% of plan, as gold 26 reads "vượt mức kế hoạch … từ 2% trở lên").
    targets: [
      {
        metric: 'total_revenue',
        value: 133_643_000_000,
        qualifier: 'exact',
        year: 2024,
        planPercent: 102,
        planQualifier: 'over',
      },
      {
        metric: 'profit',
        value: 9_639_000_000,
        qualifier: 'exact',
        year: 2024,
        planPercent: 102,
        planQualifier: 'over',
      },
    ],
    serviceGrowth: [
      { service: 'Chuyển phát bưu phẩm bảo đảm', changePercent: 13.3 },
      { service: 'Tiết kiệm bưu điện', changePercent: 54.4 },
      { service: 'Tín dụng', changePercent: 26.3 },
      { service: 'Hàng tiêu dùng', changePercent: 24.2 },
    ],
    awards: [
      // Caption and text: given by the President, handed over by the vice-chairman of the province.
      {
        award: 'Huân chương Lao động hạng Nhì',
        level: 'state',
        giver: 'Chủ tịch nước',
        recipientKind: 'individual',
        count: 1,
        recipientIncludes: 'Phạm Thị Thanh Xuân',
        presenterIncludes: 'Đoàn Thanh Sơn',
      },
      {
        award: 'Cờ thi đua',
        level: 'ministry',
        giver: 'Bộ Thông tin và Truyền thông',
        recipientKind: 'collective',
        count: 1,
        recipientIncludes: 'Bưu điện tỉnh',
      },
      {
        award: 'Cờ thi đua',
        level: 'ministry',
        giver: 'Bộ Thông tin và Truyền thông',
        recipientKind: 'collective',
        count: 1,
        recipientIncludes: 'Chi Lăng',
      },
      {
        award: 'Chiến sĩ thi đua cấp bộ',
        level: 'ministry',
        giver: 'Bộ Thông tin và Truyền thông',
        recipientKind: 'individual',
        count: 6,
      },
      // "Nhiều tập thể và cá nhân được nhận giấy khen của Tổng Công ty …, danh hiệu gương mặt tiêu
      // biểu xuất sắc cấp tổng công ty; giấy khen của Giám đốc Bưu điện tỉnh, Công đoàn Bưu điện tỉnh
      // và tuyên dương người lao động tiêu biểu của Bưu điện tỉnh."
      {
        award: 'Giấy khen',
        level: 'corporation',
        giver: 'Tổng công ty Bưu điện Việt Nam',
        recipientKind: 'mixed',
        count: null,
      },
      {
        award: 'Gương mặt tiêu biểu xuất sắc cấp tổng công ty',
        level: 'corporation',
        giver: 'Tổng công ty Bưu điện Việt Nam',
        recipientKind: 'mixed',
        count: null,
      },
      { award: 'Giấy khen', level: 'unit', giver: 'Giám đốc Bưu điện tỉnh', recipientKind: 'mixed', count: null },
      { award: 'Giấy khen', level: 'union', giver: 'Công đoàn Bưu điện tỉnh', recipientKind: 'mixed', count: null },
      { award: 'Tuyên dương', level: 'unit', giver: 'Bưu điện tỉnh', recipientKind: 'individual', count: null },
    ],
    people: [
      { name: 'Đoàn Thanh Sơn', roleIncludes: 'Phó Chủ tịch UBND tỉnh' },
      { name: 'Phạm Thị Thanh Xuân', roleIncludes: 'Giám đốc Bưu điện tỉnh' },
    ],
    // No headline. "225 điểm giao dịch" is the network; "tại 93 điểm giao dịch bưu điện cung cấp online
    // dịch vụ thu hộ, chi hộ" are the points that offer a service, a subset, not a second count of it.
    warningFields: ['title'],
    needsReview: true,
  },

  // No province is named anywhere; "Sáng ngày 22/12" with the stamp "24/12/2020 08:15".
  '002_794da951e5bf4b3b.txt': {
    province: null,
    reportYear: 2020,
    planYear: 2021,
    eventDate: '2020-12-22',
    kpis: [
      // "Tổng doanh thu năm 2020 ước đạt 91,352 triệu đồng": 91 million VND for a province is not
      // credible; the writer meant 91,352 million = 91.352 billion. Flagged for review.
      { metric: 'total_revenue', value: 91_352_000_000, estimated: true, year: 2020, planPercent: 102 },
      // "tăng 114% so với thực hiện năm 2019": read as an index (+14), flagged.
      {
        metric: 'salary_revenue',
        value: 60_954_000_000,
        estimated: true,
        year: 2020,
        planPercent: 103,
        changePercent: 14,
      },
      { metric: 'labor_productivity', value: 133e6, year: 2020 },
      { metric: 'average_income', value: 8.8e6, qualifier: 'over', estimated: true, year: 2020 },
    ],
    targets: [
      // "84,130 tỷ đồng đạt 100 % kế hoạch mục tiêu đề ra, đạt 103% kế hoạch Tổng Công ty giao"
      { metric: 'total_revenue', value: 84_130_000_000, year: 2021, planPercent: 103 },
      { metric: 'salary_revenue', value: 54_686_000_000, year: 2021, planPercent: 103.7 },
      { metric: 'labor_productivity', value: 122e6, year: 2021 },
    ],
    serviceGrowth: [
      { service: 'Dịch vụ bảo hiểm y tế, Bảo hiểm xã hội hộ gia đình', changePercent: 138, planPercent: 117 },
    ],
    awards: [
      // "Bưu điện tỉnh đã được Thủ tướng Chính phủ tặng Cờ thi đua và Bằng khen cho 01 cá nhân"
      {
        award: 'Cờ thi đua',
        level: 'government',
        giver: 'Thủ tướng Chính phủ',
        recipientKind: 'collective',
        count: 1,
        recipientIncludes: 'Bưu điện tỉnh',
        presenterIncludes: 'Hà Thị Minh Hạnh',
      },
      { award: 'Bằng khen', level: 'government', giver: 'Thủ tướng Chính phủ', recipientKind: 'individual', count: 1 },
      {
        award: 'Cờ thi đua',
        level: 'ministry',
        giver: 'Bộ Thông tin và Truyền thông',
        recipientKind: 'collective',
        count: 2,
      },
      {
        award: 'Giấy khen',
        level: 'ministry',
        giver: 'Bộ Thông tin và Truyền thông',
        recipientKind: 'collective',
        count: 7,
      },
      // "Chủ tịch UBND tỉnh tặng thưởng cho 01 cá nhân" names no distinction.
      { award: 'Khen thưởng', level: 'province', giver: 'Chủ tịch UBND tỉnh', recipientKind: 'individual', count: 1 },
    ],
    people: [
      { name: 'Hà Thị Minh Hạnh', roleIncludes: 'Phó Chủ tịch UBND tỉnh' },
      { name: 'Nguyễn Hải Thanh', roleIncludes: 'Tổng Giám đốc' },
    ],
    warningFields: [
      'province',
      'kpis[0].value',
      'kpis[1].value',
      'kpis[1].changePercent',
      'targets[0].planPercent',
      'serviceGrowth[0]',
      // The second reader: a ministry gives no Giấy khen by the emulation law (review/awards.ts).
      'awards[3].giver',
      'awards[4]',
    ],
    needsReview: true,
  },

  // Bắc Giang, "Ngày 25/12 … triển khai kế hoạch năm 2020".
  '003_3b11af47517ebbed.txt': {
    province: 'bac-giang',
    reportYear: 2019,
    planYear: 2020,
    eventDate: '2019-12-25',
    kpis: [
      // "vượt 28,5% so với năm trước" is growth against last year, not plan completion.
      { metric: 'total_revenue', value: 287e9, qualifier: 'over', year: 2019, changePercent: 28.5 },
      { metric: 'budget_contribution', value: 9.2e9, year: 2019 },
      { metric: 'average_income', value: 10.7e6, unit: 'VND/person/month', year: 2019 },
    ],
    targets: [
      { metric: 'total_revenue', value: 305e9, qualifier: 'over', year: 2020 },
      { metric: 'average_income', value: 12.18e6, unit: 'VND/person/month', year: 2020 },
    ],
    awards: [
      {
        award: 'Cờ thi đua',
        level: 'ministry',
        giver: 'Bộ Thông tin và Truyền thông',
        recipientKind: 'collective',
        count: 1,
        recipientIncludes: 'Bưu điện tỉnh',
      },
      {
        award: 'Cờ thi đua',
        level: 'ministry',
        giver: 'Bộ Thông tin và Truyền thông',
        recipientKind: 'collective',
        count: 1,
        recipientIncludes: 'Tân Yên',
      },
      // "Nhiều tập thể, cá nhân được Tổng công ty …, Bưu điện tỉnh Bắc Giang khen thưởng." The photo
      // caption "Các tập thể có thành tích xuất sắc được Tổng công ty … tặng Giấy khen" is the same
      // corporation's award at the same conference, and says what it was: one award, a Giấy khen.
      {
        award: 'Giấy khen',
        level: 'corporation',
        giver: 'Tổng công ty Bưu điện Việt Nam',
        recipientKind: 'mixed',
        count: null,
        recipientIncludes: 'Nhiều tập thể',
      },
      // The provincial post office's own share names no distinction.
      { award: 'Khen thưởng', level: 'unit', giver: 'Bưu điện tỉnh Bắc Giang', recipientKind: 'mixed', count: null },
    ],
    people: [
      { name: 'Nguyễn Minh Đức', roleIncludes: 'Phó Tổng Giám đốc' },
      { name: 'Ngô Đình Tiến', roleIncludes: 'Sở Thông tin và Truyền thông' },
    ],
    warningFields: ['awards[3]'],
    needsReview: true,
  },

  // Bắc Kạn, "Ngày 23/12 … triển khai kế hoạch năm 2021".
  '004_0c05efd2e3ca7f3c.txt': {
    province: 'bac-kan',
    reportYear: 2020,
    planYear: 2021,
    eventDate: '2020-12-23',
    kpis: [
      { metric: 'total_revenue', value: 114e9, qualifier: 'over', year: 2020, planPercent: 97 },
      // "bằng 111% so với thực hiện năm 2019" is an index: +11.
      { metric: 'salary_revenue', value: 57e9, qualifier: 'over', year: 2020, planPercent: 96, changePercent: 11 },
    ],
    targets: [],
    awards: [
      {
        award: 'Giấy khen',
        level: 'corporation',
        giver: 'Tổng công ty Bưu điện Việt Nam',
        recipientKind: 'collective',
        count: 1,
        recipientIncludes: 'Bưu điện tỉnh',
        presenterIncludes: 'Đinh Như Hạnh',
      },
      {
        award: 'Giấy khen',
        level: 'corporation',
        giver: 'Tổng công ty Bưu điện Việt Nam',
        recipientKind: 'collective',
        count: 6,
      },
      {
        award: 'Bằng khen',
        level: 'union',
        giver: 'Công đoàn Thông tin và Truyền thông Việt Nam',
        recipientKind: 'collective',
        count: 1,
        recipientIncludes: 'Khối quản lý',
      },
      // "… tặng Giấy khen cho Công đoàn Bưu điện tỉnh và các đơn vị Trung tâm khai thác vận chuyển,
      // Bưu điện các huyện Ba Bể, Chợ Mới": four recipients.
      {
        award: 'Giấy khen',
        level: 'union',
        giver: 'Công đoàn Tổng Công ty Bưu điện Việt Nam',
        recipientKind: 'collective',
        count: 1,
        recipientIncludes: 'Công đoàn Bưu điện tỉnh',
      },
      {
        award: 'Giấy khen',
        level: 'union',
        giver: 'Công đoàn Tổng Công ty Bưu điện Việt Nam',
        recipientKind: 'collective',
        count: 3,
        recipientIncludes: 'Ba Bể',
      },
    ],
    people: [{ name: 'Đinh Như Hạnh', roleIncludes: 'Phó Tổng giám đốc' }],
    warningFields: [],
    needsReview: false,
  },
};
