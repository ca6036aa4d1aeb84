/**
 * The map's words in both languages: legend classes, hover titles, frame labels. Pure, so the
 * wording is tested without rendering a page.
 */
import type { Lang } from '../lang.ts';
import { formatAmount, formatQualifiedAmount } from '../format/number.ts';
import type { Unit } from '../metrics.ts';
import type { ProvinceUnit } from '../provinces.ts';
import type { Bin } from './bins.ts';
import type { Frame } from './geometry.ts';
import type { MapValue } from './values.ts';

export const MAP_TEXT = {
  vi: {
    noData: 'Không có số liệu',
    estimated: 'ước tính',
    province: 'Tỉnh, thành phố',
    source: 'Bài viết',
    metric: 'Chỉ tiêu',
    year: 'Năm',
    choose: 'Chọn chỉ tiêu và năm',
    chooseOther: 'Chọn chỉ tiêu hoặc năm khác',
    allMaps: 'Mọi bản đồ',
    legend: 'Chú giải',
    mapOf: (metric: string, year: number) =>
      `Bản đồ ${metric.toLocaleLowerCase('vi')} năm ${year} theo tỉnh, thành phố`,
    tableCaption: (metric: string, year: number) => `${metric} năm ${year} theo tỉnh, thành phố, từ cao xuống thấp`,
    summary: (withData: number, total: number) =>
      `${withData} trên ${total} tỉnh, thành phố có số liệu. Số liệu đầy đủ nằm trong bảng.`,
    noDataList: (count: number) => `Không có số liệu (${count}):`,
    mapEra: (count: number) =>
      count === 63 ? 'Bản đồ 63 tỉnh, thành phố (trước ngày 1/7/2025)' : 'Bản đồ 34 tỉnh, thành phố (từ ngày 1/7/2025)',
    sources: 'Nguồn bản đồ',
    archipelagoNote:
      'Quần đảo Hoàng Sa (thành phố Đà Nẵng) và quần đảo Trường Sa (tỉnh Khánh Hòa) được tô cùng màu với tỉnh, thành phố của mình; Trường Sa được vẽ trong khung riêng với tỉ lệ nhỏ hơn. Đảo quá nhỏ để vẽ theo tỉ lệ được thể hiện bằng một chấm.',
    colours: 'Thang màu YlGnBu của ColorBrewer (Cynthia Brewer), an toàn cho người mù màu.',
    empty: 'Chưa có bài viết nào có số liệu để vẽ bản đồ.',
  },
  en: {
    noData: 'No data',
    estimated: 'estimate',
    province: 'Province or city',
    source: 'Article',
    metric: 'Metric',
    year: 'Year',
    choose: 'Choose a metric and year',
    chooseOther: 'Choose another indicator or year',
    allMaps: 'Every map',
    legend: 'Legend',
    mapOf: (metric: string, year: number) => `Map of ${metric.toLocaleLowerCase('en')} in ${year} by province`,
    tableCaption: (metric: string, year: number) => `${metric} in ${year} by province, highest first`,
    summary: (withData: number, total: number) =>
      `${withData} of ${total} provinces ${withData === 1 ? 'has' : 'have'} data. The table gives every figure.`,
    noDataList: (count: number) => `No data (${count}):`,
    mapEra: (count: number) =>
      count === 63 ? 'Map of the 63 provinces (before 1 July 2025)' : 'Map of the 34 provinces (from 1 July 2025)',
    sources: 'Map sources',
    archipelagoNote:
      'The Hoàng Sa archipelago (Đà Nẵng) and the Trường Sa archipelago (Khánh Hòa) are coloured with their province; Trường Sa is drawn in its own box at a smaller scale. Islands too small to draw to scale are shown as dots.',
    colours: 'Colours: ColorBrewer YlGnBu (Cynthia Brewer), safe for colour-blind readers.',
    empty: 'No article has figures to map yet.',
  },
} as const;

/**
 * A legend class in words: "dưới 200 tỷ đồng", "200 tỷ đồng – dưới 500 tỷ đồng", "từ 500 tỷ đồng"; a
 * count of `metric` names what it counts ("dưới 40 điểm phục vụ").
 */
export function binLabel(bin: Bin, index: number, classCount: number, unit: Unit, lang: Lang, metric?: string): string {
  const f = (v: number) => formatAmount(v, unit, lang, { metric });
  if (classCount === 1) return bin.lower === bin.upper ? f(bin.lower) : `${f(bin.lower)} – ${f(bin.upper)}`;
  if (index === 0) return lang === 'vi' ? `dưới ${f(bin.upper)}` : `under ${f(bin.upper)}`;
  if (bin.last) return lang === 'vi' ? `từ ${f(bin.lower)}` : `${f(bin.lower)} and over`;
  return lang === 'vi' ? `${f(bin.lower)} – dưới ${f(bin.upper)}` : `${f(bin.lower)} to under ${f(bin.upper)}`;
}

/** A value as the table and the hover title show it: "trên 101 tỷ đồng (ước tính)". */
export function valueText(value: MapValue, lang: Lang): string {
  const text = formatQualifiedAmount(value.value, value.row.unit, value.row.figure.qualifier, lang, {
    metric: value.row.metric,
  });
  return value.row.figure.estimated ? `${text} (${MAP_TEXT[lang].estimated})` : text;
}

/** The hover title of a province: "Sơn La: trên 101 tỷ đồng" / "Hà Nội: không có số liệu". */
export function areaTitle(name: string, value: MapValue | undefined, lang: Lang): string {
  return `${name}: ${value ? valueText(value, lang) : MAP_TEXT[lang].noData.toLocaleLowerCase(lang)}`;
}

/** The three lines of an archipelago frame's label: "Quần đảo" / "Hoàng Sa" / "(Đà Nẵng)". */
export function frameLabel(
  frame: Pick<Frame, 'region'>,
  province: ProvinceUnit | undefined,
  lang: Lang,
): [string, string, string] {
  const name = frame.region === 'hoang-sa' ? 'Hoàng Sa' : 'Trường Sa';
  const owner = province ? `(${province.name})` : '';
  return lang === 'vi' ? ['Quần đảo', name, owner] : [name, 'archipelago', owner];
}
