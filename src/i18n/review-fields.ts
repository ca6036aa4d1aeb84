/**
 * A review warning names the field it is about as the schema spells it ("kpis[1].changePercent").
 * Readers get words instead: "Kết quả: Tổng doanh thu (so với năm trước)" / "Results: Total revenue
 * (change on the previous year)", naming the metric or the award from the entry itself. A field this
 * does not know is shown as written, never dropped.
 */
import type { DigestEntry } from '../lib/digest/types.ts';
import { metricById } from '../lib/metrics.ts';
import type { Lang } from '../lib/lang.ts';

type Words = Record<Lang, string>;

export const FIELDS: Record<string, Words> = {
  title: { vi: 'Tiêu đề', en: 'Title' },
  province: { vi: 'Tỉnh', en: 'Province' },
  reportYear: { vi: 'Năm báo cáo', en: 'Year reported' },
  planYear: { vi: 'Năm kế hoạch', en: 'Plan year' },
  eventDate: { vi: 'Ngày hội nghị', en: 'Conference date' },
  eventKind: { vi: 'Loại sự kiện', en: 'Kind of event' },
  kpis: { vi: 'Kết quả', en: 'Results' },
  targets: { vi: 'Chỉ tiêu kế hoạch', en: 'Targets' },
  serviceGrowth: { vi: 'Tăng trưởng theo dịch vụ', en: 'Growth by service' },
  awards: { vi: 'Khen thưởng', en: 'Awards' },
  people: { vi: 'Người được nêu tên', en: 'People named' },
  source: { vi: 'Nguồn bài viết', en: 'Source' },
  sources: { vi: 'Các nguồn', en: 'Sources' },
};

export const PARTS: Record<string, Words> = {
  value: { vi: 'giá trị', en: 'value' },
  unit: { vi: 'đơn vị', en: 'unit' },
  qualifier: { vi: 'mức độ chính xác (trên, gần, khoảng)', en: 'hedge (over, nearly, about)' },
  estimated: { vi: 'ước tính', en: 'estimate' },
  year: { vi: 'năm', en: 'year' },
  period: { vi: 'kỳ báo cáo', en: 'period' },
  metric: { vi: 'chỉ tiêu', en: 'indicator' },
  changePercent: { vi: 'so với năm trước', en: 'change on the previous year' },
  planPercent: { vi: '% kế hoạch', en: '% of plan' },
  award: { vi: 'tên khen thưởng', en: 'name of the award' },
  level: { vi: 'cấp khen thưởng', en: 'level' },
  giver: { vi: 'cơ quan khen thưởng', en: 'awarded by' },
  recipient: { vi: 'người, đơn vị nhận', en: 'recipient' },
  recipientKind: { vi: 'cá nhân hay tập thể', en: 'individual or collective' },
  count: { vi: 'số lượng', en: 'number' },
  name: { vi: 'tên', en: 'name' },
  role: { vi: 'chức vụ', en: 'role' },
  url: { vi: 'đường dẫn', en: 'link' },
  publishedAt: { vi: 'ngày đăng', en: 'publication date' },
  publisher: { vi: 'nơi đăng', en: 'publisher' },
};

/** What one item of a list is, in the entry's own terms: a metric's label, an award's name, a person. */
function itemName(
  entry: Pick<DigestEntry, 'kpis' | 'targets' | 'awards' | 'serviceGrowth' | 'people'> | undefined,
  list: string,
  index: number,
  lang: Lang,
): string | undefined {
  if (!entry) return undefined;
  if (list === 'kpis' || list === 'targets') {
    const metric = entry[list][index]?.metric;
    return metric ? (metricById(metric)?.label[lang] ?? metric) : undefined;
  }
  if (list === 'awards') return entry.awards[index]?.award;
  if (list === 'serviceGrowth') return entry.serviceGrowth[index]?.service;
  if (list === 'people') return entry.people[index]?.name;
  return undefined;
}

/** "kpis[1].changePercent" → "Kết quả: Tổng doanh thu (so với năm trước)"; unknown fields as written. */
export function reviewFieldLabel(field: string, lang: Lang, entry?: Parameters<typeof itemName>[0]): string {
  const m = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(field.trim());
  const list = m ? FIELDS[m[1]!] : undefined;
  if (!m || !list) return field;
  const index = m[2] === undefined ? undefined : Number(m[2]);
  const part = m[3] === undefined ? undefined : (PARTS[m[3]]?.[lang] ?? m[3]);
  const item = index === undefined ? undefined : (itemName(entry, m[1]!, index, lang) ?? `#${index + 1}`);
  return `${list[lang]}${item ? `: ${item}` : ''}${part ? ` (${part})` : ''}`;
}
