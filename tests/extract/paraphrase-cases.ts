/**
 * The sentences the paraphrase tests run on (paraphrase.test.ts), what each says, and how the extractor
 * reads one as the ingest would.
 *
 * What a sentence says comes from the reader's annotation (tests/fixtures/raw/gold/NN.json: each figure's
 * phrase, value, qualifier; plan and change percentages by metric) or, for the seeds, from
 * seeds.expected.ts with the metrics each sentence carries written here; never from the extractor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containsQuote, searchable } from '../../src/lib/check/quotes.ts';
import type { GoldJson, GoldJsonEntity } from '../../src/lib/eval/gold.ts';
import { cleanArticle } from '../../src/lib/extract/clean.ts';
import { extractFigures } from '../../src/lib/extract/figures.ts';
import { parseRawArticle } from '../../src/lib/extract/raw.ts';
import { splitSentences } from '../../src/lib/extract/sentences.ts';
import { SEEDS } from './seeds.expected.ts';

// ---------------------------------------------------------------------------------------------
// What a sentence says.

/** The years a sentence is read with: its article's, as the annotation gives them. */
export interface Years {
  reportYear: number;
  planYear: number | null;
  /** A mid-year review's results cover the first half. */
  period: 'year' | 'H1';
}

/**
 * One figure as compared: what it is, its amount (null for a percentage with no amount, "tổng doanh thu
 * đạt 108% kế hoạch"), the year, the hedge of the amount, whether it is an estimate, and its plan and
 * change percentages. A change with no amount is one whether the entry lists it with the figures or
 * with the services' growth.
 */
export interface Fact {
  kind: 'result' | 'target';
  metric: string;
  value: number | null;
  year: number;
  /** The amount's hedge; null when there is no amount. */
  qualifier: string | null;
  estimated: boolean;
  planPercent: number | null;
  changePercent: number | null;
}

/** A fact of a sentence, with the annotation's phrase for it (where a verb rewrite finds its figure). */
export interface ExpectedFact extends Fact {
  phrase: string | null;
}

export interface Case {
  /** "15a": the article and the sentence's place among those used. */
  id: string;
  sentence: string;
  years: Years;
  facts: ExpectedFact[];
}

/** A canonical line per fact, sorted: what the property compares. */
export function factLines(facts: readonly Fact[]): string[] {
  return facts
    .map((f) =>
      [
        f.kind,
        f.metric,
        f.value ?? '-',
        f.year,
        f.qualifier ?? '-',
        f.estimated ? 'estimated' : '',
        `plan ${f.planPercent ?? '-'}`,
        `change ${f.changePercent ?? '-'}`,
      ].join(' '),
    )
    .sort();
}

// ---------------------------------------------------------------------------------------------
// Reading a sentence as the ingest would.

/** The sentence stands as a paragraph of a short article, so that a line break in it is read as the ingest reads one. */
const HEADLINE = 'Bưu điện tỉnh tổng kết công tác năm';
const LEAD = 'Hội nghị có đại diện lãnh đạo các sở, ngành trong tỉnh tham dự.';
const CLOSING = 'Phát biểu tại hội nghị, đại diện lãnh đạo tỉnh ghi nhận những kết quả đạt được.';

/** The figures the extractor reads in a sentence, with the years of its article. */
export function readFacts(sentence: string, years: Years): Fact[] {
  const cleaned = cleanArticle([HEADLINE, LEAD, sentence, CLOSING].join('\n\n'));
  const r = extractFigures(
    cleaned.blocks.map((b) => b.text),
    { reportYear: years.reportYear, planYear: years.planYear, period: years.period },
  );
  const figures: Fact[] = [...r.kpis, ...r.targets].map((f) => ({
    kind: f.kind,
    metric: f.metric,
    value: f.value,
    year: f.year,
    qualifier: f.value === null ? null : f.qualifier,
    estimated: f.estimated,
    planPercent: f.planPercent ?? null,
    changePercent: f.changePercent ?? null,
  }));
  const growth: Fact[] = r.serviceGrowth
    .filter((g) => g.metric)
    .map((g) => ({
      kind: 'result',
      metric: g.metric!,
      value: null,
      year: g.year,
      qualifier: null,
      estimated: false,
      planPercent: g.planPercent ?? null,
      changePercent: g.changePercent,
    }));
  return [...figures, ...growth];
}

// ---------------------------------------------------------------------------------------------
// The sentences used, and what they say.

const RAW = join(import.meta.dirname, '../fixtures/raw');

/**
 * The annotated sentences used, by article and how they start. A sentence is used when the annotation
 * says all it holds and the sentence reads so alone, without the one before: the others are listed in
 * LEFT_OUT with the reason.
 */
export const ARTICLE_SENTENCES: readonly (readonly [article: string, starts: string])[] = [
  ['01', 'Năm 2020, tổng doanh thu'],
  ['01', 'Tính đến tháng 11/2020'],
  ['01', 'Năm 2021, Bưu điện tỉnh phấn đấu'],
  ['02', 'Trong năm 2020, hoạt động'],
  ['02', 'Trong đó, nhóm dịch vụ bưu chính'],
  ['03', 'Trong đó, tổng doanh thu thực hiện'],
  ['04', 'Tổng doanh thu thực hiện năm 2017'],
  ['04', 'Để tạo bước đột phá'],
  ['05', 'Nhờ đó, tổng doanh thu cả năm'],
  ['05', 'Năm 2018, Bưu điện tỉnh tiếp tục huy động'],
  ['06', 'Doanh thu đạt trên 172'],
  ['08', 'Tổng doanh thu đạt trên 159'],
  ['08', 'Năm 2018, Bưu điện tỉnh tiếp tục nâng cao'],
  ['09', 'Năm 2017, tổng doanh thu'],
  ['09', 'Tổng cộng toàn tỉnh có 160'],
  ['10', 'Nhờ đó, tổng doanh thu đạt 73'],
  ['10', 'Năm 2016, Bưu điện tỉnh phấn đấu'],
  ['11', 'Nhờ đó, tổng doanh thu đạt trên 269'],
  ['11', 'Năm 2019, Bưu điện tỉnh Đắk Lắk'],
  ['12', 'Năm qua, Bưu điện tỉnh Cà Mau'],
  ['12', 'Toàn tỉnh hiện có 125'],
  ['13', 'Theo báo cáo của Bưu điện tỉnh'],
  ['13', 'Doanh thu theo các nhóm dịch vụ'],
  ['13', 'Tính tới thời điểm hiện tại'],
  ['13', 'Bán kính phục vụ'],
  ['14', 'Trong đó, tổng doanh thu đạt 208'],
  ['14', 'Năm 2019, Bưu điện tỉnh đề ra'],
  ['15', 'Năm 2018, Bưu điện tỉnh Bình Định'],
  ['16', 'Năm 2019, tổng doanh thu'],
  ['16', 'Bước vào năm kế hoạch 2020'],
  ['17', 'Năm 2019, với những nỗ lực'],
  ['18', 'Tổng doanh thu cả năm ước đạt'],
  ['18', 'Lợi nhuận ước đạt'],
  ['18', 'Năng suất lao động đạt 207'],
  ['19', 'Cùng với đó, Bưu điện tỉnh'],
  ['20', 'Tổng doanh thu của đơn vị đạt hơn 287'],
  ['20', 'Phấn đấu tổng doanh thu đạt hơn 305'],
  ['21', 'Cụ thể, tổng doanh thu đạt trên 114'],
  ['22', 'Trong bối cảnh vừa sắp xếp'],
  ['23', 'Tổng doanh thu phát sinh'],
  ['23', 'Năm 2026, Bưu điện TP. Huế'],
  ['24', 'Phát huy thành quả'],
  ['25', 'Theo báo cáo, năm 2016'],
  ['25', 'Doanh thu tính lương đạt trên 49'],
  ['26', 'Năm 2018, tổng doanh thu thực hiện'],
  ['26', 'Trong đó, nhóm Bưu chính chuyển phát'],
  ['26', 'Nhờ vậy đã góp phần'],
  ['26', 'Triển khai nhiệm vụ năm 2019'],
  ['26', 'Báo cáo tại hội nghị cho thấy'],
  ['27', 'Tính đến 31/12/2018'],
  ['27', 'Mạng vận chuyển'],
  ['28', '6 tháng đầu năm'],
  ['30', 'Ảnh: Lâm Tùng'],
  ['30', 'Năng suất lao động: đạt 185'],
];

/** The extractor and the annotation read the article itself differently. */
const MISREAD = 'read otherwise than annotated in the article itself, as eval:extract counts';

/** Annotated sentences not used, and why (none because of a paraphrase). */
export const LEFT_OUT: readonly (readonly [article: string, starts: string, why: string])[] = [
  ['04', 'Trong đó, tăng chỉ tiêu', 'targets only because the sentence before sets them ("phấn đấu … năm 2018")'],
  ['04', 'Đồng thời, triển khai', 'a target only because of the sentences before it'],
  ['07', 'Trong đó, tổng doanh thu đạt 108%', `${MISREAD}: net revenue`],
  ['09', 'Toàn tỉnh hiện có 132', `${MISREAD}: public mailboxes`],
  ['09', 'Bưu điện tỉnh phấn đấu đạt', 'the annotated phrase runs over two sentences'],
  ['12', 'Chất lượng khâu phát', `${MISREAD}: on-time delivery rate`],
  ['12', 'Năm 2018, Bưu điện tỉnh xác định', 'the stored text is cut inside the amount ("151 t")'],
  ['14', 'Kết quả, trong năm', 'the commune network’s revenue is left out on purpose (rules/amount.ts)'],
  ['19', 'Trong năm 2019', 'an operational detail, not a figure (golden.test.ts)'],
  ['23', 'Đơn vị đã triển khai', `${MISREAD}: service centres`],
  ['23', 'Trong đó, các mảng dịch vụ', `${MISREAD}: "lần lượt"`],
  ['23', 'Một trong những điểm sáng', `${MISREAD}: new commune post offices`],
  ['24', 'Năm 2018, tổng doanh thu', `${MISREAD}: "tăng trưởng 172%"`],
  ['24', 'Tổng doanh thu, năm 2012', `${MISREAD}: "tăng trưởng 154,5%"`],
  ['25', 'Hiện toàn tỉnh có 112', `${MISREAD}: active points`],
  [
    '26',
    'Tăng trưởng đạt gần 151%',
    'no subject of its own: it goes on with the sentence before (and warns of an ambiguous index)',
  ],
  ['27', 'Cụ thể, tổng doanh thu năm 2018', `${MISREAD}: "doanh thu lượng tính"`],
  ['27', 'Tổng doanh thu Bưu điện Văn hóa xã', 'the commune network’s revenue is left out on purpose'],
];

/**
 * Seed sentences, with the metrics of seeds.expected.ts each carries and, for a result whose verb a
 * rewrite may change, the phrase of that figure. (Seed 002 gives no figure; seeds 003 and 004 are
 * articles 20 and 21.) The service growth of seed 001 ("Chuyển phát bưu phẩm bảo đảm tăng 13,3%") names
 * services, not metrics, and is not compared.
 */
export const SEED_SENTENCES: readonly {
  seed: string;
  starts: string;
  /** Results, unless it sets targets. */
  kind?: 'target';
  metrics: readonly string[];
  phrases?: Readonly<Record<string, string>>;
}[] = [
  {
    seed: '000_8bbbab40623e6c25.txt',
    starts: 'Tổng doanh thu các dịch vụ',
    metrics: ['total_revenue', 'labor_productivity', 'average_income'],
    phrases: {
      total_revenue: 'Tổng doanh thu các dịch vụ đạt trên 101 tỷ đồng',
      labor_productivity: 'năng suất lao động đạt 169 triệu đồng/người/năm',
      average_income: 'lương bình quân đạt 8,8 triệu đồng/người/tháng',
    },
  },
  { seed: '000_8bbbab40623e6c25.txt', starts: 'Song song với việc', metrics: ['admin_dossiers', 'citizen_savings'] },
  { seed: '000_8bbbab40623e6c25.txt', starts: 'Đồng thời, chi trả', metrics: ['payouts'] },
  { seed: '000_8bbbab40623e6c25.txt', starts: 'Bưu điện tỉnh cũng đã đóng góp', metrics: ['social_welfare'] },
  {
    seed: '001_4b76b94216d7d7d7.txt',
    starts: 'Năm 2023, Bưu điện tỉnh đã hoàn thành',
    metrics: ['transaction_points'],
  },
  {
    seed: '001_4b76b94216d7d7d7.txt',
    starts: 'Kết quả năm 2023',
    metrics: ['total_revenue', 'budget_contribution'],
  },
  {
    seed: '001_4b76b94216d7d7d7.txt',
    starts: 'Đơn vị đã đảm bảo',
    metrics: ['admin_dossiers'],
    phrases: { admin_dossiers: 'đạt hơn 41.500 hồ sơ' },
  },
  { seed: '001_4b76b94216d7d7d7.txt', starts: 'Trong năm, Bưu điện tỉnh', metrics: ['payment_accounts'] },
  {
    seed: '001_4b76b94216d7d7d7.txt',
    starts: 'Về nhiệm vụ năm 2024',
    kind: 'target',
    metrics: ['total_revenue', 'profit'],
  },
];

/** The sentences of a raw article as the ingest cleans and splits them. */
function sentencesOf(file: string): string[] {
  const raw = parseRawArticle(readFileSync(join(RAW, file), 'utf8'));
  return cleanArticle(raw.text).blocks.flatMap((b) => splitSentences(b.text).map((s) => s.text));
}

function sentenceStarting(file: string, starts: string): string {
  const found = sentencesOf(file).filter((s) => s.startsWith(starts));
  if (found.length !== 1) throw new Error(`${file}: ${found.length} sentences start "${starts}"`);
  return found[0]!;
}

/** An annotation entity, with the mid-year review's period (article 28). */
type GoldEntity = GoldJsonEntity & { report_period?: string };

const ESTIMATE_WORD = /(?<![\p{L}])ước(?![\p{L}])/u;

/** What the annotation says a sentence holds: every figure whose phrase is in it, with its percentages. */
function goldFacts(gold: GoldEntity, sentence: string): ExpectedFact[] {
  // One sentence, however its rewrite breaks its lines.
  const inSentence = (text: string): boolean => containsQuote(searchable(sentence.replace(/\s+/g, ' ')), text);
  const facts: ExpectedFact[] = [];
  const factOf = (kind: Fact['kind'], metric: string): ExpectedFact => {
    let f = facts.find((x) => x.kind === kind && x.metric === metric);
    if (!f) {
      const year = kind === 'result' ? gold.report_year : gold.plan_year!;
      f = {
        kind,
        metric,
        value: null,
        year,
        qualifier: null,
        estimated: false,
        planPercent: null,
        changePercent: null,
        phrase: null,
      };
      facts.push(f);
    }
    return f;
  };
  const lists = [
    ['result', gold.kpis ?? []],
    ['target', gold.targets ?? []],
  ] as const;
  // Amounts first, so that a percentage finds the figure it belongs to.
  for (const [kind, list] of lists)
    for (const g of list) {
      if (!inSentence(g.text) || g.value === null || g.value === undefined) continue;
      if (
        g.metric === 'plan_completion_percent' ||
        (kind === 'target' && g.unit === '%' && g.metric.endsWith('_growth'))
      )
        continue;
      facts.push({
        kind,
        metric: g.metric,
        value: g.value,
        year: g.year ?? (kind === 'result' ? gold.report_year : gold.plan_year!),
        qualifier: g.qualifier === 'estimated' ? 'exact' : (g.qualifier ?? 'exact'),
        estimated: g.qualifier === 'estimated' || ESTIMATE_WORD.test(g.text),
        planPercent: null,
        changePercent: null,
        phrase: g.text,
      });
    }
  for (const [kind, list] of lists)
    for (const g of list) {
      if (!inSentence(g.text) || g.value === null || g.value === undefined) continue;
      if (g.metric === 'plan_completion_percent' && g.of) factOf(kind, g.of).planPercent = g.value;
      else if (kind === 'target' && g.unit === '%' && g.metric.endsWith('_growth'))
        factOf(kind, g.metric.replace(/_growth$/u, '')).changePercent = g.value;
    }
  for (const g of gold.growth ?? []) if (inSentence(g.text)) factOf('result', g.metric).changePercent = g.percent;
  return facts;
}

/**
 * The sentences of an article that hold an annotated phrase, in the article's order; a phrase no one
 * sentence holds stands for itself.
 */
export function annotatedSentences(article: string): string[] {
  const gold = JSON.parse(readFileSync(join(RAW, `gold/${article}.json`), 'utf8')) as GoldJson;
  const sentences = sentencesOf(`articles/${article}.txt`);
  const phrases = [gold, ...(gold.secondary_entities ?? [])].flatMap((e) =>
    [...(e.kpis ?? []), ...(e.targets ?? []), ...(e.growth ?? [])].map((g) => g.text),
  );
  const found = phrases.map((p) => sentences.find((s) => containsQuote(searchable(s), p)) ?? p);
  return [...new Set(found)];
}

/** Every sentence used, with what it says. */
export function loadCases(): Case[] {
  const cases: Case[] = [];
  const ordinal = new Map<string, number>();
  const idOf = (article: string): string => {
    const n = ordinal.get(article) ?? 0;
    ordinal.set(article, n + 1);
    return `${article}${String.fromCharCode(97 + n)}`;
  };
  for (const [article, starts] of ARTICLE_SENTENCES) {
    const gold = JSON.parse(readFileSync(join(RAW, `gold/${article}.json`), 'utf8')) as GoldJson;
    const sentence = sentenceStarting(`articles/${article}.txt`, starts);
    const entities: GoldEntity[] = [gold, ...(gold.secondary_entities ?? [])];
    const entity = entities.find((e) => goldFacts(e, sentence).length > 0) ?? entities[0]!;
    const years: Years = {
      reportYear: entity.report_year,
      planYear: entity.plan_year,
      period: entity.report_period ? 'H1' : 'year',
    };
    cases.push({ id: idOf(article), sentence, years, facts: goldFacts(entity, sentence) });
  }
  for (const s of SEED_SENTENCES) {
    const seed = SEEDS[s.seed]!;
    const sentence = sentenceStarting(`seeds/${s.seed}`, s.starts);
    const facts: ExpectedFact[] = (
      [
        ['result', seed.kpis],
        ['target', seed.targets],
      ] as const
    ).flatMap(([kind, list]) =>
      list
        .filter((f) => kind === (s.kind ?? 'result') && s.metrics.includes(f.metric))
        .map((f) => ({
          kind,
          metric: f.metric,
          value: f.value,
          year: f.year,
          qualifier: f.value === null ? null : (f.qualifier ?? 'exact'),
          estimated: f.estimated ?? false,
          planPercent: f.planPercent ?? null,
          changePercent: f.changePercent ?? null,
          phrase: s.phrases?.[f.metric] ?? null,
        })),
    );
    const years: Years = { reportYear: seed.reportYear, planYear: seed.planYear, period: 'year' };
    cases.push({ id: idOf(`seed${s.seed.slice(0, 3)}`), sentence, years, facts });
  }
  return cases;
}
