/**
 * `npm run digest:new`: a first draft of a year's written digest, made from the data, for the staff to
 * rewrite. Each paragraph says one thing the data show (who reported, the headline rankings and their
 * leaders, the biggest changes against the previous year, the awards by level, next year's targets,
 * the provinces still missing) around the component that shows its figures, so the draft never types
 * a figure itself. Only components whose props resolve against the corpus are written: the draft
 * passes `npm run check` as it comes. It is a draft (`draft: true`) until someone has rewritten it.
 */
import type { Digest } from '../digest/digest.ts';
import { targetsOfYear } from '../digest/targets.ts';
import type { FigureRow } from '../digest/types.ts';
import { yearDigest, type MetricRanking } from '../digest/year-page.ts';
import type { Lang } from '../lang.ts';
import { mapEraForYear } from '../map/era.ts';
import { mapSelections } from '../map/values.ts';
import { componentUses } from '../mdx/component-uses.ts';
import { checkComponentUse } from '../mdx/props/index.ts';
import { metricById } from '../metrics.ts';
import { allUnits, unitByKey } from '../provinces.ts';
import { AWARD_LEVELS } from '../schema/award.ts';

type Words = (typeof WORDS)[keyof typeof WORDS];

const WORDS = {
  vi: {
    title: (y: number) => `Bưu điện các tỉnh năm ${y}`,
    lead: (y: number, names: string) =>
      `Tổng hợp có báo cáo năm ${y} của ${names}. (Viết lại câu này: năm ${y} có gì đáng nói?)`,
    author: 'Phòng Truyền thông',
    note: 'Bản nháp do npm run digest:new viết từ số liệu. Viết lại từng đoạn bằng lời của mình, giữ các thẻ <Figure>, <Ranking>… để con số luôn lấy từ bài báo, xóa những gì không cần, rồi bỏ dòng draft: true. Chạy npm run check sau mỗi lần sửa.',
    reported: (y: number, names: string) => `Năm ${y}, tổng hợp có bài về hội nghị của ${names}.`,
    headline: 'Các chỉ tiêu chính',
    leader: (metric: string, place: string, of: number) =>
      of > 1 ? `${metric}: dẫn đầu là ${place} với` : `${metric}: chỉ ${place} có số liệu,`,
    changes: 'Thay đổi lớn nhất so với năm trước',
    change: (metric: string, place: string) => `${metric} của ${place} đạt`,
    changeTail: 'mức thay đổi ở cột “So với năm trước” của bảng.',
    awards: 'Khen thưởng',
    awardLevel: (level: string) => `Khen thưởng cấp ${level}:`,
    map: 'Trên bản đồ',
    targets: (y: number) => `Kế hoạch năm ${y}`,
    targetsText: (y: number) => `Các chỉ tiêu các tỉnh đặt ra cho năm ${y}:`,
    missing: 'Các tỉnh chưa có báo cáo',
    missingText: (y: number, names: string) => `Tổng hợp chưa có báo cáo năm ${y} của: ${names}.`,
    levels: {
      state: 'Nhà nước',
      government: 'Chính phủ',
      ministry: 'Bộ',
      province: 'tỉnh',
      corporation: 'Tổng công ty',
      unit: 'Bưu điện tỉnh',
      union: 'Công đoàn',
    } as Record<(typeof AWARD_LEVELS)[number], string>,
    and: ' và ',
  },
  en: {
    title: (y: number) => `Provincial post offices in ${y}`,
    lead: (y: number, names: string) =>
      `The digest holds the ${y} reports of ${names}. (Rewrite this: what mattered in ${y}?)`,
    author: 'Communications office',
    note: 'A draft written from the data by npm run digest:new. Rewrite every paragraph in your own words, keep the <Figure>, <Ranking>… tags so that every figure comes from the articles, delete what is not needed, then remove the line draft: true. Run npm run check after each change.',
    reported: (y: number, names: string) => `For ${y}, the digest has articles about the conferences of ${names}.`,
    headline: 'Headline figures',
    leader: (metric: string, place: string, of: number) =>
      of > 1 ? `${metric}: ${place} leads with` : `${metric}: only ${place} reported it,`,
    changes: 'Biggest changes on the previous year',
    change: (metric: string, place: string) => `${metric} of ${place} reached`,
    changeTail: 'the change is in the table’s “Against the previous year” column.',
    awards: 'Awards',
    awardLevel: (level: string) => `${level} awards:`,
    map: 'On the map',
    targets: (y: number) => `Targets for ${y}`,
    targetsText: (y: number) => `The targets provinces set for ${y}:`,
    missing: 'Provinces not yet reported',
    missingText: (y: number, names: string) => `The digest has no ${y} report yet from: ${names}.`,
    levels: {
      state: 'State',
      government: 'Government',
      ministry: 'Ministry',
      province: 'Provincial',
      corporation: 'Vietnam Post',
      unit: 'Provincial post office',
      union: 'Trade union',
    } as Record<(typeof AWARD_LEVELS)[number], string>,
    and: ' and ',
  },
} as const;

const HEADLINE_METRICS = 3;
const BIGGEST_CHANGES = 3;

const list = (names: string[], w: Words): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}${w.and}${names.at(-1)}`;
const placeOf = (row: FigureRow): string =>
  (row.unitKey ? unitByKey(row.unitKey)?.name : undefined) ?? row.province ?? '';
const figure = (row: FigureRow): string =>
  `<Figure province="${row.province}" metric="${row.metric}" year={${row.year}} />`;
const ranking = (r: MetricRanking, year: number): string => `<Ranking metric="${r.metric}" year={${year}} />`;
const yaml = (s: string): string => JSON.stringify(s);

export interface ScaffoldInput {
  digest: Digest;
  year: number;
  lang: Lang;
  /** Today, YYYY-MM-DD: the draft's publication date until someone sets it. */
  today: string;
}

/** The draft's text, or null when the corpus has nothing for the year. */
export function scaffoldWrittenDigest({ digest, year, lang, today }: ScaffoldInput): string | null {
  const w = WORDS[lang];
  const data = yearDigest(digest, year);
  if (data.entries.length === 0 && data.rankings.every((r) => r.rankedCount === 0)) return null;
  const label = (metric: string) => metricById(metric)?.label[lang] ?? metric;
  const reported = [
    ...new Set(data.entries.filter((e) => e.unitKey).map((e) => unitByKey(e.unitKey!)?.name ?? e.province!)),
  ];
  const ranked = data.rankings.filter((r) => r.rankedCount > 0);
  const blocks: string[] = [`{/* ${w.note} */}`];
  if (reported.length > 0) blocks.push(w.reported(year, list(reported, w)));

  if (ranked.length > 0) {
    blocks.push(`## ${w.headline}`);
    for (const r of ranked.slice(0, HEADLINE_METRICS)) {
      const leader = r.rows.find((x) => x.rank === 1 && x.row.value !== null && x.row.province);
      if (leader)
        blocks.push(`${w.leader(label(r.metric), placeOf(leader.row), r.rankedCount)} ${figure(leader.row)}.`);
      blocks.push(ranking(r, year));
    }
  }

  const changed = ranked
    .flatMap((r) => r.rows.filter((x) => x.change && x.row.value !== null && x.row.province).map((x) => ({ r, x })))
    .sort((a, b) => Math.abs(b.x.change!.percent) - Math.abs(a.x.change!.percent))
    .slice(0, BIGGEST_CHANGES);
  if (changed.length > 0) {
    blocks.push(`## ${w.changes}`);
    const shown = new Set(ranked.slice(0, HEADLINE_METRICS).map((r) => r.metric));
    for (const { r, x } of changed) {
      blocks.push(`${w.change(label(r.metric), placeOf(x.row))} ${figure(x.row)}; ${w.changeTail}`);
      if (!shown.has(r.metric)) blocks.push(ranking(r, year));
      shown.add(r.metric);
    }
  }

  const levels = AWARD_LEVELS.filter((level) => data.awards.some((a) => a.award.level === level));
  if (levels.length > 0) {
    blocks.push(`## ${w.awards}`);
    for (const level of levels)
      blocks.push(w.awardLevel(w.levels[level]), `<Awards year={${year}} level="${level}" />`);
  }

  const mapped = mapSelections(digest.entries).find((s) => s.year === year && s.metric === ranked[0]?.metric);
  if (mapped) blocks.push(`## ${w.map}`, `<ProvinceMap metric="${mapped.metric}" year={${year}} />`);

  if (targetsOfYear(digest, year + 1).length > 0)
    blocks.push(`## ${w.targets(year + 1)}`, w.targetsText(year + 1), `<Targets year={${year + 1}} />`);

  const missing = missingProvinces(
    data.entries.map((e) => e.unitKey),
    year,
  );
  if (missing.length > 0) blocks.push(`## ${w.missing}`, w.missingText(year, missing.join(', ')));

  const frontmatter = [
    '---',
    `year: ${year}`,
    `title: ${yaml(w.title(year))}`,
    `lead: ${yaml(w.lead(year, list(reported, w) || '—'))}`,
    'authors:',
    `  - ${yaml(w.author)}`,
    `published: ${today}`,
    'draft: true',
    '---',
  ].join('\n');
  const text = `${frontmatter}\n\n${blocks.join('\n\n')}\n`;
  return withoutUnresolved(text, digest);
}

/** The provinces of the year's map with no conference reporting on the year, in alphabetical order. */
function missingProvinces(reportingKeys: readonly (string | null)[], year: number): string[] {
  const era = mapEraForYear(year);
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const have = new Set(reportingKeys.filter((k): k is string => k !== null));
  const collator = new Intl.Collator('vi');
  return (
    allUnits
      // Every unit of the year's map that existed at some time in the year.
      .filter((u) => u.era === era && (u.validFrom ?? start) <= end && (u.validUntil ?? end) >= start)
      .filter((u) => !have.has(u.key))
      .map((u) => u.name)
      .filter((name, i, all) => all.indexOf(name) === i)
      .sort(collator.compare)
  );
}

/** Leaves out every paragraph whose component does not resolve (so the draft always passes the check). */
function withoutUnresolved(text: string, digest: Digest): string {
  const bad = new Set(
    componentUses(text)
      .filter((use) => checkComponentUse(use, digest).length > 0)
      .map((use) => use.line),
  );
  if (bad.size === 0) return text;
  return text
    .split('\n')
    .filter((_, i) => !bad.has(i + 1))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
