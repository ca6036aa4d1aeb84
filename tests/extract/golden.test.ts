/**
 * Golden tests: the ingest reads each real article the way a careful reader did.
 * Seeds: expectations in seeds.expected.ts, written by reading the seeds.
 * Shared articles: the reader's annotations in tests/fixtures/raw/gold/*.json, mapped onto the content
 * model below; where this project's reading differs, the exception says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsQuote, searchable } from '../../src/lib/check/quotes.ts';
import { entryData, extractArticle } from '../../src/lib/extract/article.ts';
import { provinceSlug } from '../../src/lib/eval/gold.ts';
import { METRIC_IDS } from '../../src/lib/metrics.ts';
import { entrySchema, type Entry } from '../../src/lib/schema/entry.ts';
import { looseKey } from '../../src/lib/text/fold.ts';
import { SEEDS, type ExpectedEntry, type ExpectedFigure } from './seeds.expected.ts';

const RAW = join(import.meta.dirname, '../fixtures/raw');
const read = (p: string): string => readFileSync(join(RAW, p), 'utf8');

function findFigure(list: Entry['kpis'], exp: ExpectedFigure) {
  return list.find((f) => f.metric === exp.metric && f.year === exp.year);
}

function checkFigures(actual: Entry['kpis'], expected: ExpectedFigure[], where: string): void {
  expect(actual.map((f) => `${f.metric}@${f.year}`).sort(), `${where}: the figures read`).toEqual(
    expected.map((f) => `${f.metric}@${f.year}`).sort(),
  );
  for (const exp of expected) {
    const f = findFigure(actual, exp)!;
    const label = `${where} ${exp.metric} ${exp.year}`;
    expect(f.value, `${label} value`).toBe(exp.value);
    if (exp.unit) expect(f.unit, `${label} unit`).toBe(exp.unit);
    expect(f.qualifier, `${label} qualifier`).toBe(exp.qualifier ?? 'exact');
    expect(f.estimated, `${label} estimated`).toBe(exp.estimated ?? false);
    expect(f.planPercent, `${label} planPercent`).toBe(exp.planPercent);
    expect(f.planQualifier, `${label} planQualifier`).toBe(exp.planQualifier);
    expect(f.changePercent, `${label} changePercent`).toBe(exp.changePercent);
    expect(f.changeQualifier, `${label} changeQualifier`).toBe(exp.changeQualifier);
  }
}

/** Every quote is in the body, as the check reads quotes: exact phrases, "…" for words left out. */
function expectQuotesIn(e: Entry, body: string, name: string): void {
  const text = searchable(body);
  for (const q of [...e.kpis, ...e.targets, ...e.serviceGrowth, ...e.awards].map((x) => x.quote)) {
    for (const part of q.split(' … ')) expect(body, `${name} quote "${q}"`).toContain(part);
    expect(containsQuote(text, q), `${name} quote "${q}" in order`).toBe(true);
  }
}

function checkEntry(e: Entry, exp: ExpectedEntry, name: string, body: string): void {
  expect(e.province, `${name} province`).toBe(exp.province);
  expect(e.reportYear, `${name} reportYear`).toBe(exp.reportYear);
  expect(e.planYear, `${name} planYear`).toBe(exp.planYear);
  expect(e.eventDate, `${name} eventDate`).toBe(exp.eventDate);
  expect(e.eventKind).toBe(exp.eventKind ?? 'year-end');
  checkFigures(e.kpis, exp.kpis, `${name} kpis`);
  checkFigures(e.targets, exp.targets, `${name} targets`);
  if (exp.serviceGrowth) {
    expect(e.serviceGrowth.map((g) => [g.service, g.changePercent, g.planPercent])).toEqual(
      exp.serviceGrowth.map((g) => [g.service, g.changePercent, g.planPercent]),
    );
  }
  // Awards, in any order: each expected one matches exactly one read.
  expect(e.awards, `${name} number of awards`).toHaveLength(exp.awards.length);
  const unmatched = [...e.awards];
  for (const a of exp.awards) {
    const i = unmatched.findIndex(
      (x) =>
        x.award === a.award &&
        x.level === a.level &&
        x.giver === a.giver &&
        x.recipientKind === a.recipientKind &&
        x.count === a.count &&
        (!a.recipientIncludes || x.recipient.includes(a.recipientIncludes)) &&
        (!a.presenterIncludes || (x.presenter ?? '').includes(a.presenterIncludes)),
    );
    expect(
      i,
      `${name}: award ${JSON.stringify(a)} among ${JSON.stringify(unmatched.map((x) => [x.award, x.level, x.giver, x.recipientKind, x.count, x.recipient, x.presenter]))}`,
    ).toBeGreaterThanOrEqual(0);
    unmatched.splice(i, 1);
  }
  for (const p of exp.people ?? []) {
    const person = e.people.find((x) => x.name === p.name);
    expect(person, `${name} names ${p.name}`).toBeDefined();
    expect(person!.role).toContain(p.roleIncludes);
  }
  expect([...new Set(e.review.warnings.map((w) => w.field))].sort(), `${name} review warnings`).toEqual(
    [...new Set(exp.warningFields)].sort(),
  );
  expect(e.review.status).toBe(exp.needsReview ? 'needs-review' : 'unreviewed');
  // Every quote is a phrase of the article as it appears in the body ("…" joins phrases in order).
  expectQuotesIn(e, body, name);
}

describe('golden: seeds', () => {
  for (const [file, exp] of Object.entries(SEEDS)) {
    it(`reads seed ${file} as written`, () => {
      const article = extractArticle(read(`seeds/${file}`));
      expect(article.entries).toHaveLength(1);
      const e = entrySchema.parse(entryData(article.entries[0]!));
      checkEntry(e, exp, file, article.entries[0]!.blocks.map((b) => b.text).join('\n'));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Shared articles against the reader's annotations.
//
// Each article is compared fact by fact and every difference is listed; an article passes when its
// list is exactly the one written down in DIFFERENCES below, each with the reason this project reads
// it otherwise. A new difference fails, and so does one that went away (the list must then shrink).

interface GoldFigure {
  metric: string;
  value: number | null;
  unit: string;
  qualifier: string;
  text: string;
  of?: string;
  /** "H1 2022": the part of the year the figure covers. */
  period?: string;
  /** A figure for another year than the report (results) or plan (targets) year. */
  year?: number;
  /** The stored text is cut inside the figure ("151 t"): reading it is fine, leaving it out too. */
  truncated?: boolean;
}
interface GoldGrowth {
  metric: string;
  percent: number;
  qualifier?: string;
  text: string;
  period?: string;
}
interface GoldAward {
  award: string;
  giver: string | null;
  recipient: string | null;
  recipient_kind: string;
  count: number | null;
  text: string;
  presenter?: string;
}
interface GoldEntity {
  province: string;
  report_year: number;
  plan_year: number | null;
  event_date: string | null;
  kpis: GoldFigure[];
  targets: GoldFigure[];
  growth: GoldGrowth[];
  awards: GoldAward[];
}
interface Gold extends GoldEntity {
  secondary_entities?: GoldEntity[];
}

const LEVEL_OF_GIVER: [RegExp, string][] = [
  [/chủ tịch nước/iu, 'state'],
  [/thủ tướng|chính phủ/iu, 'government'],
  [/công đoàn|tổng liên đoàn/iu, 'union'],
  [/^bộ\s|bảo hiểm xã hội việt nam/iu, 'ministry'],
  [/ubnd|ủy ban|sở /iu, 'province'],
  [/tổng công ty|hội đồng thành viên/iu, 'corporation'],
  [/bưu điện tỉnh/iu, 'unit'],
];
const levelOf = (giver: string | null): string =>
  giver === null ? 'unknown' : (LEVEL_OF_GIVER.find(([re]) => re.test(giver))?.[1] ?? 'unknown');
/** The gold names distinctions as written; the content model normalises them. */
function awardTypeOf(award: string): string {
  // The reader's own notes in brackets are not part of the name: "khen thưởng (hình thức không nêu)".
  award = award.replace(/\s*\([^)]*\)\s*$/u, '');
  if (/^cờ/iu.test(award)) return 'Cờ thi đua';
  if (/^biểu dương/iu.test(award)) return 'Biểu dương';
  if (/^huân chương/iu.test(award)) return award.replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return award.toLocaleLowerCase('vi');
}
const goldUnit = (u: string): string => (u === 'person-times' ? 'count' : u);

/** The same words, whatever the case, tone marks, dashes or quotes ("Bộ TT-TT", "Tổng Công ty"). */
const loose = (s: string): string => looseKey(s.replace(/\s*\([^)]*\)\s*$/u, ''));
/** A giver's name whichever way "và" is written ("Bộ Thông tin & Truyền thông", "Bộ Thông tin - Truyền thông"). */
const giverKey = (g: string): string => ` ${loose(g)} `.replace(/ va /gu, ' ').trim();
/**
 * Is our quote the reader's phrase: one holds the other (the reader sometimes quotes a word more, like
 * the sentence's subject "Bưu điện tỉnh có 276 điểm", sometimes a word less), with "…" joining phrases.
 */
const quoteHolds = (quote: string, goldText: string): boolean => {
  // A time that opens the reader's phrase ("Năm 2018, tổng doanh thu đạt …") frames it; it is not the figure's.
  const gold = goldText.replace(/^(?:trong\s+)?năm\s+\d{4}\s*,\s*/iu, '');
  return containsQuote(searchable(quote), gold) || containsQuote(searchable(gold), quote);
};
/** One presenter, written with or without an honorific or the role: "Đồng chí Nguyễn Công Trưởng" is "Nguyễn Công Trưởng, Phó Chủ tịch UBND tỉnh". */
function samePerson(gold: string, ours: string | undefined): boolean {
  if (!ours) return false;
  const bare = (p: string): string => loose(p.replace(/^(?:đồng\s+chí|đ\/c|ông|bà)\s+/iu, ''));
  return bare(gold).includes(bare(ours)) || bare(ours).includes(bare(gold));
}
/** The reader marks an estimate by its wording ("ước đạt", "ước hơn") or by the qualifier "estimated". */
const estimatedIn = (g: GoldFigure): boolean =>
  g.qualifier === 'estimated' || /(?<![\p{L}])ước(?![\p{L}])/u.test(g.text);
/** "estimated" is a field of its own in the content model; the qualifier is then exact. */
const goldQualifier = (g: GoldFigure): string => (g.qualifier === 'estimated' ? 'exact' : g.qualifier);
const CATALOGUE = new Set<string>(METRIC_IDS);
const GROWTH_TARGET = /^(.+)_growth$/u;

/** Every way our entry differs from the reader's annotation, one line each. */
function differences(e: Entry, gold: GoldEntity, body: string): string[] {
  const out: string[] = [];
  const differ = (ok: boolean, what: string): void => {
    if (!ok) out.push(what);
  };
  differ(e.province === provinceSlug(gold.province), `province ${e.province}`);
  differ(e.reportYear === gold.report_year, `reportYear ${e.reportYear}`);
  differ(e.planYear === gold.plan_year, `planYear ${e.planYear}`);
  differ(e.eventDate === gold.event_date, `eventDate ${e.eventDate}`);

  for (const [listName, goldList, ours, defaultYear] of [
    ['kpis', gold.kpis, e.kpis, gold.report_year],
    ['targets', gold.targets, e.targets, gold.plan_year],
  ] as const) {
    const wanted = new Set<string>();
    const figureOf = (metric: string, g: GoldFigure | GoldGrowth, year = defaultYear) =>
      ours.find((x) => x.metric === metric && x.year === year && x.period === (g.period?.split(' ')[0] ?? 'year'));
    for (const g of goldList) {
      const year = g.year ?? defaultYear;
      if (g.metric === 'plan_completion_percent') {
        // "đạt 102% kế hoạch" of a metric: the planPercent of that metric's figure.
        if (!CATALOGUE.has(g.of!)) continue;
        const f = figureOf(g.of!, g, year);
        wanted.add(`${g.of}@${year}`);
        if (!f) {
          out.push(`${listName}: no ${g.of} figure for "${g.text}"`);
          continue;
        }
        differ(f.planPercent === g.value, `${listName} ${g.of} planPercent ${f.planPercent} ("${g.text}")`);
        if (g.qualifier === 'over') differ((f.planQualifier ?? f.qualifier) === 'over', `${g.of} not "over" its plan`);
        differ(quoteHolds(f.quote, g.text), `${g.of} quote "${f.quote}" does not hold "${g.text}"`);
        continue;
      }
      const growthOf = listName === 'targets' && g.unit === '%' ? GROWTH_TARGET.exec(g.metric)?.[1] : undefined;
      if (growthOf) {
        // A target growth rate ("phấn đấu tăng 34%"): the changePercent of that metric's target.
        if (!CATALOGUE.has(growthOf)) continue;
        const f = figureOf(growthOf, g, year);
        wanted.add(`${growthOf}@${year}`);
        differ(f?.changePercent === g.value, `targets ${growthOf} changePercent ${f?.changePercent} ("${g.text}")`);
        continue;
      }
      // Metrics outside the catalogue (network counts, sub-units, indices) are not read; a figure read
      // from the same words under another metric shows up below as one the reader did not see.
      if (!CATALOGUE.has(g.metric) || g.value === null) continue;
      const f = figureOf(g.metric, g, year);
      if (!f) {
        if (!g.truncated) out.push(`${listName}: no ${g.metric} ${year} ("${g.text}")`);
        continue;
      }
      wanted.add(`${g.metric}@${year}`);
      differ(f.value === g.value, `${g.metric} value ${f.value} ("${g.text}")`);
      differ(f.unit === goldUnit(g.unit), `${g.metric} unit ${f.unit}`);
      differ(f.qualifier === goldQualifier(g), `${g.metric} qualifier ${f.qualifier} ("${g.text}")`);
      differ(f.estimated === estimatedIn(g), `${g.metric} estimated ${f.estimated} ("${g.text}")`);
      differ(quoteHolds(f.quote, g.text), `${g.metric} quote "${f.quote}" does not hold "${g.text}"`);
    }
    if (listName === 'kpis')
      for (const g of gold.growth)
        if (ours.some((x) => x.metric === g.metric && x.year === defaultYear)) wanted.add(`${g.metric}@${defaultYear}`);
    // Nothing read that the reader did not see.
    for (const f of ours)
      differ(wanted.has(`${f.metric}@${f.year}`), `${listName}: ${f.metric} ${f.year} not annotated ("${f.quote}")`);
  }

  for (const g of gold.growth) {
    if (!CATALOGUE.has(g.metric)) continue;
    const fig = e.kpis.find(
      (x) => x.metric === g.metric && x.year === gold.report_year && x.changePercent !== undefined,
    );
    const growth = e.serviceGrowth.find((x) => x.metric === g.metric);
    const value = fig?.changePercent ?? growth?.changePercent;
    if (value !== g.percent) {
      out.push(`change of ${g.metric} ${value} ("${g.text}")`);
      continue;
    }
    if (g.qualifier)
      differ(
        (fig?.changeQualifier ?? growth?.qualifier ?? fig?.qualifier) === g.qualifier,
        `change qualifier of ${g.metric}`,
      );
    const quote = fig?.changePercent === g.percent ? fig.quote : growth!.quote;
    differ(quoteHolds(quote, g.text), `change of ${g.metric}: quote "${quote}" does not hold "${g.text}"`);
  }

  // Awards: each annotated one is one of ours (the same kind, giver level, recipient kind, recipients —
  // ours may be a part of the reader's list —, the reader's phrase in our quote or ours in theirs, the
  // same presenter); and ours are no more than the reader's.
  const unmatched = [...e.awards];
  for (const a of gold.awards) {
    const levels = (a.giver ?? '').split(/;\s*/).map((g) => levelOf(g || null));
    const i = unmatched.findIndex(
      (x) =>
        awardTypeOf(x.award) === awardTypeOf(a.award) &&
        levels.includes(/^không nêu tên/iu.test(x.giver) ? 'unknown' : x.level) &&
        (a.giver === null ||
          (a.giver ?? '')
            .split(/;\s*/)
            .some((g) => giverKey(x.giver).includes(giverKey(g)) || giverKey(g).includes(giverKey(x.giver)))) &&
        x.recipientKind === a.recipient_kind &&
        x.count === a.count &&
        (a.recipient === null
          ? /^không nêu tên/iu.test(x.recipient)
          : loose(a.recipient).includes(loose(x.recipient)) || loose(x.recipient).includes(loose(a.recipient))) &&
        quoteHolds(x.quote, a.text) &&
        (!a.presenter || samePerson(a.presenter, x.presenter)),
    );
    if (i < 0) out.push(`award not read as annotated: ${a.award} — ${a.giver} → ${a.recipient} (${a.count})`);
    else unmatched.splice(i, 1);
  }
  for (const x of unmatched) out.push(`award not annotated: ${x.award} — ${x.giver} → ${x.recipient} (${x.count})`);

  // Every quote is in the article (headline or body) as written.
  const text = searchable(body);
  for (const q of [...e.kpis, ...e.targets, ...e.serviceGrowth, ...e.awards].map((x) => x.quote))
    differ(containsQuote(text, q) || containsQuote(searchable(e.title), q), `quote not in the article: "${q}"`);
  return out;
}

/**
 * Where this project reads an article otherwise than its annotation, on purpose: the difference as the
 * harness prints it, and why.
 */
const DIFFERENCES: Record<string, { diff: string; why: string }[]> = {
  '01': [
    {
      diff: 'award not annotated: Cờ thi đua — Bộ Thông tin và Truyền thông → Bưu điện tỉnh (1)',
      why: 'The flag is mentioned in two paragraphs (one repeated word for word); the reader quotes the last, we quote the first. Both are the same award.',
    },
    {
      diff: 'award not read as annotated: Cờ “Đơn vị xuất sắc dẫn đầu phong trào thi đua năm 2020” — Bộ Thông tin và Truyền thông → Bưu điện tỉnh (1)',
      why: 'The same award as above, quoted from its other mention.',
    },
  ],
  '04': [
    {
      diff: 'targets postal_delivery_revenue changePercent undefined ("tăng chỉ tiêu doanh thu dịch vụ bưu chính chuyển phát lên 25%")',
      why: '"tăng chỉ tiêu … lên 25%" raises an indicator to 25%; whether that is a growth rate or a share is not said. Not read, rather than guessed.',
    },
  ],
  '21': [
    {
      diff: 'award not annotated: Giấy khen — Công đoàn Tổng Công ty Bưu điện Việt Nam → Công đoàn Bưu điện tỉnh (1)',
      why: 'One union Giấy khen to the provincial union and three named units: recorded as 1 + 3 (the union apart, the units it counts together), as seed 004 (the same text) expects; the reader made one entry of four.',
    },
    {
      diff: 'award not annotated: Giấy khen — Công đoàn Tổng Công ty Bưu điện Việt Nam → các đơn vị Trung tâm khai thác vận chuyển, Bưu điện các huyện Ba Bể, Chợ Mới (3)',
      why: 'The other part of the same award (see above).',
    },
    {
      diff: 'award not read as annotated: Giấy khen — Công đoàn Tổng Công ty Bưu điện Việt Nam → Công đoàn Bưu điện tỉnh; Trung tâm khai thác vận chuyển; Bưu điện huyện Ba Bể; Bưu điện huyện Chợ Mới (4)',
      why: 'The reader’s single entry for the two above.',
    },
  ],
  '24': [
    {
      diff: 'award not annotated: Huân chương Lao động hạng Ba — Chủ tịch nước → Bưu điện tỉnh (1)',
      why: 'The text names no giver, but by the Law on Emulation and Commendation an order is conferred by the President: the giver is Chủ tịch nước (state), which the reader left blank.',
    },
    {
      diff: 'award not read as annotated: Huân chương Lao động hạng Ba — null → Bưu điện tỉnh (1)',
      why: 'The same award (see above).',
    },
    {
      diff: 'change of salary_revenue undefined ("tăng trưởng 154,5%")',
      why: '"năm 2012 đạt trên 20,4 tỷ đồng, đến năm 2016 đạt trên 52,1 tỷ đồng, tăng trưởng 154,5%" is growth from 2012 to 2016, not against the year before, which is what changePercent holds; left out with a warning.',
    },
    {
      diff: 'change of total_revenue 72 ("tăng trưởng 338%")',
      why: 'Growth from 2012 to 2016 (left out, as above); the 72 is the 2018 figure’s reading of "tăng trưởng 172%".',
    },
    {
      diff: 'change of total_revenue 72 ("tăng trưởng 172%")',
      why: '"Năm 2018, tổng doanh thu đạt gần 238 tỷ đồng, tăng trưởng 172%": a rise of 172% in one year is implausible, so it is read as an index (+72%) with a warning naming the other reading; the reader kept the literal 172.',
    },
  ],
  '27': [
    {
      diff: 'award not annotated: Cờ thi đua — Không nêu tên → Không nêu tên (null)',
      why: 'A caption hands over a flag and names no recipient: recorded with recipient and giver unnamed and no count, with a warning; the reader counts one recipient.',
    },
    {
      diff: 'award not read as annotated: Cờ “Đơn vị xuất sắc phong trào thi đua năm 2018” — null → null (1)',
      why: 'The same award (see above).',
    },
    {
      diff: 'kpis: no salary_revenue 2018 ("doanh thu lượng tính thực hiện 118,9 tỷ đồng")',
      why: '"doanh thu lượng tính" is a typing slip for "doanh thu tính lương"; a metric is not guessed from a misspelt name (the figure is not published as another metric either).',
    },
    {
      diff: 'kpis: no salary_revenue figure for "đạt 103% kế hoạch"',
      why: 'The plan share of the misspelt figure above.',
    },
    {
      diff: 'change of salary_revenue undefined ("tăng 20% so cùng kỳ")',
      why: 'The change of the misspelt figure above.',
    },
  ],
  '29': [
    {
      diff: 'award not annotated: Bằng khen — Bộ Khoa học và Công nghệ → các cá nhân, tập thể xuất sắc giai đoạn 2024 - 2025 (null)',
      why: '"bằng khen, giấy khen của Bộ KH&CN, Tổng công ty": two distinctions and two givers, paired in order (a ministry gives Bằng khen, the corporation Giấy khen), with a warning; the reader kept one entry of both.',
    },
    {
      diff: 'award not annotated: Giấy khen — Tổng công ty Bưu điện Việt Nam → các cá nhân, tập thể xuất sắc giai đoạn 2024 - 2025 (null)',
      why: 'The other of the pair (see above).',
    },
    {
      diff: 'award not read as annotated: bằng khen, giấy khen — Bộ Khoa học và Công nghệ; Tổng công ty Bưu điện Việt Nam → các cá nhân, tập thể xuất sắc giai đoạn 2024 - 2025 (null)',
      why: 'The reader’s single entry for the pair above.',
    },
  ],
};

const SHARED = Array.from({ length: 30 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('golden: shared articles against the annotations', () => {
  for (const name of SHARED) {
    it(`reads article ${name} as the annotation does, but for the differences written down`, () => {
      const gold = JSON.parse(read(`gold/${name}.json`)) as Gold;
      const article = extractArticle(read(`articles/${name}.txt`));
      const entities = [gold, ...(gold.secondary_entities ?? [])];
      // An article about two provinces becomes one entry per province, never a merge of both.
      expect(article.entries.map((x) => x.province)).toEqual(entities.map((g) => provinceSlug(g.province)));
      const body = article.entries[0]!.blocks.map((b) => b.text).join('\n');
      const found = entities.flatMap((g, i) =>
        differences(entrySchema.parse(entryData(article.entries[i]!)), g, body).map((d) =>
          entities.length > 1 ? `${provinceSlug(g.province)}: ${d}` : d,
        ),
      );
      expect(found.sort()).toEqual((DIFFERENCES[name] ?? []).map((d) => d.diff).sort());
    });
  }

  it('marks the mid-year review as such, its figures as first-half', () => {
    const e = entrySchema.parse(entryData(extractArticle(read('articles/28.txt')).entries[0]!));
    expect(e.eventKind).toBe('mid-year');
    expect(e.kpis.every((f) => f.period === 'H1')).toBe(true);
  });

  it('says where a province was taken from the publisher, not the text', () => {
    const e = entrySchema.parse(entryData(extractArticle(read('articles/01.txt')).entries[0]!));
    expect(e.review.status).toBe('needs-review');
    const w = e.review.warnings.find((x) => x.field === 'province');
    expect(w?.message).toMatch(/địa chỉ của báo/);
    expect(w?.messageEn).toMatch(/publisher/);
  });

  it('says that 48 + 141 routes do not make the 195 of the total', () => {
    const e = entrySchema.parse(entryData(extractArticle(read('articles/01.txt')).entries[0]!));
    const w = e.review.warnings.find(
      (x) => x.field.startsWith('kpis') && x.messageEn?.includes('add up to 189, not 195'),
    );
    expect(w?.quote).toContain('195 tuyến phát');
  });

  it('flags the ambiguous "tăng trưởng đạt gần 151%" and the services named inside the 30% growth', () => {
    const gl = entrySchema.parse(entryData(extractArticle(read('articles/26.txt')).entries[0]!));
    expect(gl.review.warnings.some((w) => w.quote?.includes('151%'))).toBe(true);
    const bn = entrySchema.parse(entryData(extractArticle(read('articles/22.txt')).entries[0]!));
    expect(bn.review.warnings.some((w) => w.message.includes('vượt 30%') && w.messageEn?.includes('vượt 30%'))).toBe(
      true,
    );
  });
});
