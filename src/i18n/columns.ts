/** What each column of the downloads means, in both languages: the data dictionary's column part. */
import type { AwardRecord } from '../lib/data-export/awards.ts';
import type { KpiRecord } from '../lib/data-export/kpis.ts';
import type { Lang } from '../lib/lang.ts';

type Meanings<T> = Record<keyof T, Record<Lang, string>>;

export const KPI_COLUMN_MEANINGS: Meanings<KpiRecord> = {
  province: {
    vi: 'Mã tỉnh (slug) vào thời điểm hội nghị; trống khi chưa xác định được tỉnh.',
    en: 'Province slug at the time of the conference; empty when the province is not identified.',
  },
  year: { vi: 'Năm của số liệu.', en: 'The year the figure is for.' },
  metric: { vi: 'Mã chỉ tiêu (xem từ điển chỉ tiêu).', en: 'Indicator id (see the indicator dictionary).' },
  value: {
    vi: 'Giá trị theo đơn vị gốc (đồng, không phải tỷ đồng); trống khi bài chỉ nêu tỷ lệ.',
    en: 'Value in base units (VND, not billions); empty when the article gives only a percentage.',
  },
  unit: {
    vi: 'Đơn vị: VND, VND/person/year, VND/person/month, count, percent, km/point, people/point.',
    en: 'Unit: VND, VND/person/year, VND/person/month, count, percent, km/point, people/point.',
  },
  qualifier: {
    vi: 'exact; over (“trên, hơn”); about (“khoảng”); nearly (“gần”); under (“dưới”).',
    en: 'exact; over (“trên, hơn”); about (“khoảng”); nearly (“gần”); under (“dưới”).',
  },
  kind: { vi: 'result: kết quả thực hiện; target: kế hoạch, chỉ tiêu.', en: 'result: achieved; target: planned.' },
  article: { vi: 'Mã bài viết; trang bài viết là /articles/<mã>/.', en: 'Article id; its page is /articles/<id>/.' },
  estimated: {
    vi: 'true khi bài nói “ước đạt”, “ước tính”.',
    en: 'true when the article says “ước đạt” or “ước tính” (an estimate).',
  },
  period: {
    vi: 'year (cả năm), H1 (6 tháng), Q1…Q4 (quý), 4M…11M (n tháng đầu năm, như 9M).',
    en: 'year, H1 (first half), Q1…Q4 (quarters), 4M…11M (the first n months, as 9M).',
  },
  planPercent: {
    vi: 'Phần trăm kế hoạch đạt được, như bài nêu (“đạt 102% kế hoạch” → 102).',
    en: 'Percent of plan reached, as the article states (“đạt 102% kế hoạch” → 102).',
  },
  changePercent: {
    vi: 'Thay đổi so với năm trước, %, như bài nêu (“giảm 3%” → -3).',
    en: 'Change against the previous year in percent, as stated (“giảm 3%” → -3).',
  },
  reportYear: { vi: 'Năm được báo cáo trong bài.', en: 'The year the article reports on.' },
  eventDate: {
    vi: 'Ngày hội nghị (YYYY-MM-DD), trống khi bài không nêu.',
    en: 'Conference date (YYYY-MM-DD); empty when not given.',
  },
  reviewStatus: {
    vi: 'reviewed: đã kiểm tra; unreviewed: máy đọc, chưa kiểm tra; needs-review: còn điểm cần xem lại.',
    en: 'reviewed: checked by a person; unreviewed: read by machine; needs-review: open questions.',
  },
  quote: {
    vi: 'Câu nguyên văn trong bài mà số liệu được đọc ra.',
    en: 'The exact phrase of the article the figure was read from.',
  },
};

export const AWARD_COLUMN_MEANINGS: Meanings<AwardRecord> = {
  province: KPI_COLUMN_MEANINGS.province,
  year: { vi: 'Năm được khen.', en: 'The year the distinction is for.' },
  award: {
    vi: 'Tên khen thưởng, viết theo chuẩn (Bằng khen, Cờ thi đua…).',
    en: 'Normalised name of the distinction (Bằng khen, Cờ thi đua…).',
  },
  title: { vi: 'Tên đầy đủ như trong bài, khi dài hơn.', en: 'The full name as written, when longer.' },
  level: {
    vi: 'Cấp: state, government, ministry, province, corporation, unit, union.',
    en: 'Level: state, government, ministry, province, corporation, unit, union.',
  },
  giver: { vi: 'Cơ quan, người khen thưởng.', en: 'Who gives it.' },
  presenter: { vi: 'Người trao thay (“thừa ủy quyền”).', en: 'Who handed it over on the giver’s behalf.' },
  recipient: { vi: 'Người, đơn vị nhận, như trong bài.', en: 'The recipient as written.' },
  recipientKind: {
    vi: 'individual (cá nhân), collective (tập thể), mixed (cả hai).',
    en: 'individual, collective, or mixed (both).',
  },
  count: {
    vi: 'Số người/đơn vị nhận; trống khi bài chỉ nói “các”, “nhiều”.',
    en: 'Number of recipients; empty when the article says only “các” or “nhiều”.',
  },
  article: KPI_COLUMN_MEANINGS.article,
  eventDate: KPI_COLUMN_MEANINGS.eventDate,
  quote: { vi: 'Câu nguyên văn trong bài.', en: 'The exact phrase of the article.' },
};
