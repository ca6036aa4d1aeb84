/**
 * The one form both sides of the extractor measurement are brought to (score.ts says how they are
 * compared): a figure, a percentage of plan or of change, an award, each with the phrase it was read
 * from. gold.ts maps the reader's annotations and the seed expectations onto it, output.ts the dry-run
 * JSON of the ingest.
 */
import { looseKey, matchKey } from '../text/fold.ts';

/** A result the article reports, or a target it announces. */
export type FactKind = 'result' | 'target';

/** The metrics of the "core figures" column. */
export const CORE_METRICS: readonly string[] = [
  'total_revenue',
  'salary_revenue',
  'labor_productivity',
  'average_income',
  'budget_contribution',
  'profit',
  'admin_dossiers',
];

export const isCore = (metric: string): boolean => CORE_METRICS.includes(metric);

/** An amount: "tổng doanh thu đạt trên 269 tỷ đồng" = result, total_revenue, 269e9, 2018. */
export interface FigureFact {
  kind: FactKind;
  metric: string;
  /** Base units: VND, a count, a percent for a rate. */
  value: number;
  /** null only for a target of an article without a plan year. */
  year: number | null;
  quote: string;
  /** Gold only: the text is cut inside the figure ("151 t"); reading it is fine, leaving it out too. */
  optional?: boolean;
  /** Output only: where the figure sits in the entry ("kpis[2]"), as review warnings name fields. */
  ref?: string;
}

/** "đạt 115% kế hoạch" (plan) or "tăng 47% so với năm 2017" (change) of one metric. */
export interface PercentFact {
  kind: FactKind;
  /** A catalogue metric, or "service:<name>" for a service growth that names no metric. */
  metric: string;
  role: 'plan' | 'change';
  value: number;
  quote: string;
  ref?: string;
}

/** The normalised kinds of distinction. */
export const AWARD_KINDS = [
  'Huân chương',
  'Cờ thi đua',
  'Bằng khen',
  'Giấy khen',
  'Chiến sĩ thi đua',
  'Biểu dương',
  'other',
] as const;

/** Who gave it: the content model's levels, "unknown" when nobody is named, "other" for a giver outside them. */
export type GiverLevel =
  'state' | 'government' | 'ministry' | 'province' | 'corporation' | 'unit' | 'union' | 'unknown' | 'other';

/**
 * One award entry. `kinds` and `levels` hold more than one value only for an entry that names several
 * ("Cờ thi đua, Bằng khen, Giấy khen của Bộ …, Tổng công ty …"): it matches an award of any of them.
 */
export interface AwardFact {
  kinds: string[];
  levels: GiverLevel[];
  /** The distinction and giver as written, for listings. */
  label: string;
  quote: string;
  ref?: string;
}

/** What one entry (one province) says. */
export interface EntityFacts {
  province: string | null;
  reportYear: number | null;
  figures: FigureFact[];
  percents: PercentFact[];
  awards: AwardFact[];
}

/** Case, tone placement, dashes, quotes and spaces do not count. */
export function textKey(text: string): string {
  return matchKey(text)
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛`]/g, "'")
    .replace(/\.\.\./g, '…');
}

const HUAN_CHUONG_LAO_DONG = /^huân chương lao động hạng (nhất|nhì|ba)/u;

/**
 * The kind of one distinction as written: "Huân chương Lao động hạng Ba", another "Huân chương …",
 * "Cờ thi đua" for any flag ("Cờ đơn vị xuất sắc …", "cờ của Bộ …"), "Bằng khen", "Giấy khen",
 * "Chiến sĩ thi đua" (any level), "Biểu dương", or "other" ("Khen thưởng", "Vinh danh", a title).
 */
export function awardKind(name: string): string {
  const key = textKey(name);
  const hcld = HUAN_CHUONG_LAO_DONG.exec(key);
  if (hcld) return `Huân chương Lao động hạng ${hcld[1]![0]!.toUpperCase()}${hcld[1]!.slice(1)}`;
  if (/^huân chương/u.test(key)) return 'Huân chương';
  if (/^cờ(?![\p{L}])/u.test(key)) return 'Cờ thi đua';
  if (key.startsWith('bằng khen')) return 'Bằng khen';
  if (key.startsWith('giấy khen')) return 'Giấy khen';
  if (key.startsWith('chiến sĩ thi đua')) return 'Chiến sĩ thi đua';
  if (key.startsWith('biểu dương')) return 'Biểu dương';
  return 'other';
}

/**
 * The kinds an award name covers: its own, and the other known kinds it lists after a comma or
 * semicolon ("Cờ thi đua, Bằng khen, Giấy khen" → three; "Cờ đơn vị xuất sắc, dẫn đầu …" → one).
 */
export function awardKinds(name: string): string[] {
  const kinds = [awardKind(name)];
  for (const part of name.split(/[,;]/).slice(1)) {
    const kind = awardKind(part.trim());
    if (kind !== 'other' && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

const LEVEL_OF_GIVER: [RegExp, GiverLevel][] = [
  [/chủ tịch nước/u, 'state'],
  [/công đoàn|liên đoàn lao động/u, 'union'],
  [/thủ tướng|chính phủ/u, 'government'],
  [/(?:^|[\s(])bộ\s/u, 'ministry'],
  [/ubnd|ủy ban nhân dân|uỷ ban nhân dân/u, 'province'],
  [/tổng công ty|hội đồng thành viên/u, 'corporation'],
  [/bưu điện/u, 'unit'],
];

/**
 * The level of a giver as the gold names it: Chủ tịch nước → state; Công đoàn, Tổng liên đoàn Lao
 * động → union; Thủ tướng, Chính phủ → government; Bộ … → ministry; UBND, Ủy ban nhân dân → province;
 * Tổng công ty (or its Hội đồng thành viên) → corporation; Bưu điện tỉnh … → unit; none → unknown;
 * anyone else (Bảo hiểm xã hội Việt Nam) → other.
 */
export function giverLevel(giver: string | null | undefined): GiverLevel {
  if (!giver || !giver.trim()) return 'unknown';
  const key = textKey(giver);
  return LEVEL_OF_GIVER.find(([re]) => re.test(key))?.[1] ?? 'other';
}

/** The output's way of saying that the article names no giver. */
export function isUnnamedGiver(giver: string | null | undefined): boolean {
  if (!giver || !giver.trim()) return true;
  return /^(?:không nêu tên|không rõ|chưa rõ|unknown)(?![\p{L}])/u.test(textKey(giver));
}

/** The key of a service growth that names no catalogue metric: its service, loosely. */
export const serviceKey = (service: string): string => `service:${looseKey(service)}`;

/** A figure in the content model's shape, as far as the scoring reads it. */
export interface ModelFigure {
  metric: string;
  value: number | null;
  year: number | null;
  planPercent?: number;
  changePercent?: number;
  quote?: string;
}

/**
 * Figures and percentages of a list of figures in the content model's shape (seed expectations and
 * output alike); with `listName`, each says where it sits ("kpis[2]").
 */
export function modelFigures(
  kind: FactKind,
  list: readonly ModelFigure[],
  listName?: string,
): { figures: FigureFact[]; percents: PercentFact[] } {
  const figures: FigureFact[] = [];
  const percents: PercentFact[] = [];
  list.forEach((f, i) => {
    const at = listName ? { ref: `${listName}[${i}]` } : {};
    const base = { kind, metric: f.metric, quote: f.quote ?? '', ...at };
    if (f.value !== null) figures.push({ ...base, value: f.value, year: f.year });
    if (f.planPercent !== undefined) percents.push({ ...base, role: 'plan', value: f.planPercent });
    if (f.changePercent !== undefined) percents.push({ ...base, role: 'change', value: f.changePercent });
  });
  return { figures, percents };
}

/** Service growths as result percentages of their metric (or of the service, when it names none). */
export function servicePercents(
  list: readonly { service: string; changePercent: number; metric?: string; planPercent?: number; quote?: string }[],
  listName?: string,
): PercentFact[] {
  return list.flatMap((g, i) => {
    const metric = g.metric ?? serviceKey(g.service);
    const base = {
      kind: 'result' as const,
      metric,
      quote: g.quote ?? g.service,
      ...(listName ? { ref: `${listName}[${i}]` } : {}),
    };
    return [
      { ...base, role: 'change' as const, value: g.changePercent },
      ...(g.planPercent !== undefined ? [{ ...base, role: 'plan' as const, value: g.planPercent }] : []),
    ];
  });
}
