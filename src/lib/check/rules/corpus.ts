/**
 * Checks across entries: the same conference twice, two files with one page address, two entries of one
 * province naming one source file (a copy), and figures far from the same province's figure a year
 * earlier (a likely unit slip).
 */
import { metricById } from '../../metrics.ts';
import { predecessorsOf, unitOn, unitsWithSlug, type ProvinceUnit } from '../../provinces.ts';
import type { EntryCheck } from '../check-entry.ts';
import { fieldName, type Problem } from '../problem.ts';
import { defineRule, example, finding } from '../rule.ts';
import { isoDay } from '../values.ts';
import { ENTRY, entry, entryFile, FILE } from './example-entry.ts';
import { inMetricUnit } from './figures.ts';

export const duplicateConference = defineRule({
  id: 'duplicate-conference',
  severity: 'error',
  describes: {
    vi: 'Mỗi hội nghị (một tỉnh, một ngày) chỉ có một bài; nhiều nguồn của cùng hội nghị ghi vào sources của bài đó.',
    en: 'Each conference (one province, one day) has one entry; several sources of it are listed under its sources.',
  },
  good: [
    {
      files: {
        [FILE]: ENTRY,
        'content/articles/son-la/2023-12-28-so-ket.mdx': entry({ 'eventDate: 2023-12-27': 'eventDate: 2023-12-28' }),
      },
    },
  ],
  bad: [
    example(
      { files: { [FILE]: ENTRY, 'content/articles/son-la/2023-12-27-hoi-nghi.mdx': ENTRY } },
      `${FILE}:6  eventDate  lỗi: trùng hội nghị với content/articles/son-la/2023-12-27-hoi-nghi.mdx (cùng tỉnh son-la, cùng ngày 2023-12-27)  — gộp hai bài thành một: giữ một tệp, ghi nguồn còn lại vào sources, xóa tệp kia; nếu là hai hội nghị khác nhau, sửa eventDate
       ${FILE}:6  eventDate  error: the same conference as content/articles/son-la/2023-12-27-hoi-nghi.mdx (same province son-la, same date 2023-12-27)  — merge them: keep one file, list the other source under sources, delete the other file; if they are different meetings, correct eventDate`,
    ),
  ],
});

export const duplicateId = defineRule({
  id: 'duplicate-id',
  severity: 'error',
  describes: {
    vi: 'Hai tệp không trùng tên, kể cả ở hai thư mục khác nhau: tên tệp là địa chỉ của trang.',
    en: "No two files have the same name, even in different folders: the name is the page's address.",
  },
  good: [entryFile()],
  bad: [
    example(
      {
        files: {
          [FILE]: ENTRY,
          'content/articles/lang-son/2023-12-27-tong-ket.mdx': entry({ 'province: son-la': 'province: lang-son' }),
        },
      },
      `${FILE}:1  file  lỗi: tên tệp trùng với content/articles/lang-son/2023-12-27-tong-ket.mdx; hai bài sẽ có cùng địa chỉ /articles/2023-12-27-tong-ket/  — đổi tên một trong hai tệp
       ${FILE}:1  file  error: the file name is the same as content/articles/lang-son/2023-12-27-tong-ket.mdx; both would have the address /articles/2023-12-27-tong-ket/  — rename one of the two files`,
    ),
  ],
});

/** The example entry with its raw text recorded, as the ingest records it. */
const withSource = (changes: Readonly<Record<string, string>> = {}) =>
  entry({
    ...changes,
    'review:\n': 'source:\n  originalFile: content/sources/son-la-2023-3f2a9c1b7e.txt\nreview:\n',
  });
const SECOND = 'content/articles/son-la/2023-12-20-hoi-nghi.mdx';

export const sharedSource = defineRule({
  id: 'shared-source',
  severity: 'warning',
  describes: {
    vi: 'Hai bài của cùng một tỉnh không ghi cùng một tệp nguồn: một bài báo cho mỗi tỉnh nó nói đến một bài (bài về hai tỉnh cho hai bài, mỗi tỉnh một). Thường là một bài được chép ra tệp khác rồi sửa ngày.',
    en: 'Two entries of one province do not name the same source file: an article gives one entry for each province it is about (an article about two provinces gives two, one each). Usually an entry was copied to another file and its date changed.',
  },
  good: [
    {
      files: {
        [FILE]: withSource(),
        'content/articles/lao-cai/2023-12-27-tong-ket.mdx': withSource({ 'province: son-la': 'province: lao-cai' }),
      },
    },
  ],
  bad: [
    example(
      { files: { [FILE]: withSource(), [SECOND]: withSource({ 'eventDate: 2023-12-27': 'eventDate: 2023-12-20' }) } },
      `${FILE}:14  source.originalFile  cảnh báo: cùng tệp nguồn content/sources/son-la-2023-3f2a9c1b7e.txt với ${SECOND} (cùng tỉnh son-la)  — nếu một bài là bản chép, xóa nó; nếu bài báo nói về hai hội nghị khác nhau của tỉnh, giữ cả hai
       ${FILE}:14  source.originalFile  warning: the same source file content/sources/son-la-2023-3f2a9c1b7e.txt as ${SECOND} (same province son-la)  — if one entry is a copy, delete it; if the article reports two different conferences of the province, keep both`,
    ),
  ],
});

/** The example entry a year earlier (all its years one less), with this revenue in billions. */
const yearBefore = (billions: number) =>
  entry({
    'tổng kết năm 2023': 'tổng kết năm 2022',
    'reportYear: 2023': 'reportYear: 2022',
    'planYear: 2024': 'planYear: 2023',
    'eventDate: 2023-12-27': 'eventDate: 2022-12-27',
    '    value: 101000000000': `    value: ${billions}000000000`,
    '    year: 2023': '    year: 2022',
    'quote: doanh thu đạt trên 101 tỷ đồng': `quote: doanh thu đạt trên ${billions} tỷ đồng`,
    'Năm 2023, Bưu điện tỉnh Sơn La có doanh thu đạt trên 101 tỷ đồng.': `Năm 2022, Bưu điện tỉnh Sơn La có doanh thu đạt trên ${billions} tỷ đồng.`,
  });

export const outlier = defineRule({
  id: 'outlier',
  severity: 'warning',
  describes: {
    vi: 'Con số cả năm không gấp hơn 5 lần (hay dưới 1/5) con số cùng chỉ tiêu của cùng tỉnh năm trước: thường là nhầm tỷ với triệu hay thừa, thiếu chữ số 0.',
    en: "A full-year figure is not more than 5 times (or under a fifth of) the same province's figure a year earlier: usually billions and millions mixed up, or a zero too many or too few.",
  },
  good: [{ files: { [FILE]: ENTRY, 'content/articles/son-la/2022-12-27-tong-ket.mdx': yearBefore(95) } }],
  bad: [
    example(
      { files: { [FILE]: ENTRY, 'content/articles/son-la/2022-12-27-tong-ket.mdx': yearBefore(10) } },
      `${FILE}:9  kpis[0].value  cảnh báo: total_revenue năm 2023 (101.000.000.000) gấp 10,1 lần năm 2022 (10.000.000.000, content/articles/son-la/2022-12-27-tong-ket.mdx)  — có thể nhầm đơn vị (tỷ/triệu) hoặc thừa, thiếu chữ số 0: đối chiếu hai bài
       ${FILE}:9  kpis[0].value  warning: total_revenue for 2023 (101,000,000,000) is 10.1 times 2022's (10,000,000,000, content/articles/son-la/2022-12-27-tong-ket.mdx)  — likely a unit slip (billions/millions) or a zero too many or too few: compare the two articles`,
    ),
  ],
});

export const CORPUS_RULES = [duplicateConference, duplicateId, sharedSource, outlier] as const;

/** A figure this many times larger or smaller than last year's is probably in the wrong unit. */
export const OUTLIER_FACTOR = 5;

/** Each item whose key an earlier item (in path order) already has, with that earlier item. */
function laterDuplicates<T>(checks: readonly T[], keyOf: (c: T) => string | null): [T, T][] {
  const first = new Map<string, T>();
  const pairs: [T, T][] = [];
  for (const c of checks) {
    const key = keyOf(c);
    if (key === null) continue;
    const earlier = first.get(key);
    if (earlier) pairs.push([earlier, c]);
    else first.set(key, c);
  }
  return pairs;
}

export function duplicateConferences(checks: readonly EntryCheck[]): Problem[] {
  const conference = (c: EntryCheck): { province: string; date: string } | null => {
    const province = c.data?.province;
    const date = isoDay(c.data?.eventDate);
    return typeof province === 'string' && date !== null ? { province, date } : null;
  };
  const isDraft = (c: EntryCheck): boolean => c.data?.draft === true;
  return laterDuplicates(checks, (c) => {
    const k = conference(c);
    return k ? `${k.province}|${k.date}` : null;
  }).map(([first, second]): Problem => {
    // The draft is the newcomer: the published entry is not the one to merge away.
    const [earlier, c] = isDraft(first) && !isDraft(second) ? [second, first] : [first, second];
    const { province, date } = conference(c)!;
    return {
      file: c.file,
      ...finding(duplicateConference, c.lineOf(['eventDate']), 'eventDate', {
        what: {
          vi: `trùng hội nghị với ${earlier.file} (cùng tỉnh ${province}, cùng ngày ${date})`,
          en: `the same conference as ${earlier.file} (same province ${province}, same date ${date})`,
        },
        fix: {
          vi: 'gộp hai bài thành một: giữ một tệp, ghi nguồn còn lại vào sources, xóa tệp kia; nếu là hai hội nghị khác nhau, sửa eventDate',
          en: 'merge them: keep one file, list the other source under sources, delete the other file; if they are different meetings, correct eventDate',
        },
      }),
    };
  });
}

const pageId = (c: EntryCheck): string => (c.relative.split('/').at(-1) ?? '').replace(/\.mdx?$/, '');

/** The page address is the file name, so two files with one name in different folders collide. */
export function duplicateIds(checks: readonly EntryCheck[]): Problem[] {
  return laterDuplicates(checks, pageId).map(([earlier, c]): Problem => ({
    file: c.file,
    ...finding(duplicateId, 1, 'file', {
      what: {
        vi: `tên tệp trùng với ${earlier.file}; hai bài sẽ có cùng địa chỉ /articles/${pageId(c)}/`,
        en: `the file name is the same as ${earlier.file}; both would have the address /articles/${pageId(c)}/`,
      },
      fix: { vi: 'đổi tên một trong hai tệp', en: 'rename one of the two files' },
    }),
  }));
}

/** The raw files an entry names (source, then sources), with where each is written. */
function namedSources(c: EntryCheck): { file: string; path: (string | number)[] }[] {
  const out: { file: string; path: (string | number)[] }[] = [];
  const data = c.data;
  const one = (v: unknown, path: (string | number)[]): void => {
    const file = (v as { originalFile?: unknown } | null)?.originalFile;
    if (typeof file === 'string' && file.trim() !== '' && !out.some((o) => o.file === file))
      out.push({ file, path: [...path, 'originalFile'] });
  };
  one(data?.source, ['source']);
  if (Array.isArray(data?.sources)) data.sources.forEach((s, i) => one(s, ['sources', i]));
  return out;
}

/**
 * Two entries of one province that name the same raw file: one is most likely a copy. The pair that
 * is the same conference too is left to duplicate-conference (an error already).
 */
export function sharedSources(checks: readonly EntryCheck[]): Problem[] {
  // Each source an entry names, keyed by the entry's province.
  const named = checks.flatMap((check) => {
    const province = check.data?.province;
    return typeof province === 'string' ? namedSources(check).map((s) => ({ check, province, ...s })) : [];
  });
  const reported = new Set<EntryCheck>();
  const problems: Problem[] = [];
  for (const [earlier, later] of laterDuplicates(named, (n) => `${n.province}|${n.file}`)) {
    const c = later.check;
    if (reported.has(c) || isoDay(earlier.check.data?.eventDate) === isoDay(c.data?.eventDate)) continue;
    reported.add(c);
    problems.push({
      file: c.file,
      ...finding(sharedSource, c.lineOf(later.path), fieldName(later.path), {
        what: {
          vi: `cùng tệp nguồn ${later.file} với ${earlier.check.file} (cùng tỉnh ${later.province})`,
          en: `the same source file ${later.file} as ${earlier.check.file} (same province ${later.province})`,
        },
        fix: {
          vi: 'nếu một bài là bản chép, xóa nó; nếu bài báo nói về hai hội nghị khác nhau của tỉnh, giữ cả hai',
          en: 'if one entry is a copy, delete it; if the article reports two different conferences of the province, keep both',
        },
      }),
    });
  }
  return problems;
}

interface Point {
  check: EntryCheck;
  /** The province's land (see territoryOf): only figures for the same land compare. */
  land: string;
  path: (string | number)[];
  metric: string;
  year: number;
  value: number;
}

const viNum = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const enNum = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * The land a province stands for: a unit that only continued one before it (renamed, or unchanged
 * by the 2025 merger) is the same land; one that absorbed others is not, so Cần Thơ's 2025 figures
 * are not compared with those of the smaller Cần Thơ of 2024.
 */
function territoryOf(slug: string, date: string | null, year: number): string {
  let unit: ProvinceUnit | undefined = unitOn(slug, date ?? `${year}-12-31`) ?? unitsWithSlug(slug).at(-1);
  if (!unit) return slug;
  for (let guard = 0; guard < 5; guard += 1) {
    const before = predecessorsOf(unit);
    if (before.length !== 1) break;
    unit = before[0]!;
  }
  return unit.key;
}

/**
 * Results (kpis, full-year figures) compared with the same province's same metric a year earlier
 * (the same land: not across a merger that enlarged it).
 * When a year has several figures (two reports of one conference), the closest one is used, so only
 * a figure unlike every earlier report is flagged.
 *
 * The warning goes on the figure that looks like the slip, naming the other file: the one out of
 * line with its own other neighbour (the year before the older, or after the newer) when only one of
 * the two is; otherwise the newer one (a new report added to a series). When only some files are
 * being checked (`npm run check -- <file>`), a pair with one side among them is reported there: that
 * is the file being worked on.
 */
export function outliers(checks: readonly EntryCheck[], only?: ReadonlySet<string>): Problem[] {
  const byKey = new Map<string, Point[]>();
  const points: Point[] = [];
  for (const c of checks) {
    const e = c.entry;
    if (!e || e.province === null) continue;
    const land = territoryOf(e.province, e.eventDate, e.reportYear);
    e.kpis.forEach((f, i) => {
      const metric = metricById(f.metric);
      if (!metric || f.value === null || f.period !== 'year') return;
      const value = inMetricUnit(f.value, f.unit, metric);
      if (!(value > 0)) return;
      const p: Point = { check: c, path: ['kpis', i, 'value'], metric: f.metric, year: f.year, value, land };
      points.push(p);
      const key = `${land}|${f.metric}|${f.year}`;
      const list = byKey.get(key);
      if (list) list.push(p);
      else byKey.set(key, [p]);
    });
  }
  const nearestIn = (p: Point, year: number): Point | undefined => {
    const list = byKey.get(`${p.land}|${p.metric}|${year}`)?.filter((x) => x.check !== p.check);
    if (!list || list.length === 0) return undefined;
    let nearest = list[0]!;
    for (const b of list)
      if (Math.abs(Math.log(p.value / b.value)) < Math.abs(Math.log(p.value / nearest.value))) nearest = b;
    return nearest;
  };
  const inLine = (a: Point, b: Point): boolean =>
    a.value / b.value <= OUTLIER_FACTOR && a.value / b.value >= 1 / OUTLIER_FACTOR;

  const problems: Problem[] = [];
  const reported = new Set<Point>();
  for (const newer of points) {
    const older = nearestIn(newer, newer.year - 1);
    if (!older || inLine(newer, older)) continue;
    // Which of the two is the slip? Look at each one's other neighbour.
    const beforeOlder = nearestIn(older, older.year - 1);
    const afterNewer = nearestIn(newer, newer.year + 1);
    const olderOdd =
      beforeOlder !== undefined &&
      !inLine(older, beforeOlder) &&
      (afterNewer === undefined || inLine(newer, afterNewer));
    let suspect = olderOdd ? older : newer;
    let other = suspect === newer ? older : newer;
    if (only && only.has(other.check.file) && !only.has(suspect.check.file)) [suspect, other] = [other, suspect];
    if (reported.has(suspect)) continue;
    reported.add(suspect);
    problems.push(outlierProblem(suspect, other));
  }
  return problems;
}

function outlierProblem(p: Point, other: Point): Problem {
  const ratio = p.value / other.value;
  const viRatio = ratio > 1 ? `gấp ${viNum.format(ratio)} lần` : `chỉ bằng ${viNum.format(ratio * 100)}%`;
  const enRatio = ratio > 1 ? `${enNum.format(ratio)} times` : `only ${enNum.format(ratio * 100)}% of`;
  return {
    file: p.check.file,
    ...finding(outlier, p.check.lineOf(p.path), fieldName(p.path), {
      what: {
        vi: `${p.metric} năm ${p.year} (${viNum.format(p.value)}) ${viRatio} năm ${other.year} (${viNum.format(other.value)}, ${other.check.file})`,
        en: `${p.metric} for ${p.year} (${enNum.format(p.value)}) is ${enRatio} ${other.year}'s (${enNum.format(other.value)}, ${other.check.file})`,
      },
      fix: {
        vi: 'có thể nhầm đơn vị (tỷ/triệu) hoặc thừa, thiếu chữ số 0: đối chiếu hai bài',
        en: 'likely a unit slip (billions/millions) or a zero too many or too few: compare the two articles',
      },
    }),
  };
}
