/**
 * What the articles say, as facts (facts.ts): from the reader's annotations (`gold/NN.json`, field names
 * of their own, conventions in tests/fixtures/raw/README.md and the shared articles' README) and from
 * the seed expectations (tests/extract/seeds.expected.ts, in the content model's terms).
 *
 * Gold annotations:
 * - `kpis` are results, `targets` targets. A figure is for `year` when the entry has one, else for
 *   `report_year` (results) or `plan_year` (targets). A figure without a value (a range only) is no fact.
 * - `plan_completion_percent` with `of` is the plan percentage of the `of` metric, of the kind of the
 *   list it is in ("vượt 7,5% kế hoạch" is already written 107.5).
 * - `growth` entries are result changes; a target `<metric>_growth` (unit %) is a target change of
 *   `<metric>`.
 * - `truncated: true` marks a figure the stored text cuts ("151 t"): optional, see score.ts.
 * - `secondary_entities` are further provinces of the same article, each one entity.
 * - Awards: the distinction kind from `award`, the level from `giver` (facts.ts); a `giver` that names
 *   several ("Bộ …; Tổng công ty …") gives several levels, any of which matches.
 */
import { allUnits } from '../provinces.ts';
import { looseKey } from '../text/fold.ts';
import {
  awardKinds,
  giverLevel,
  modelFigures,
  servicePercents,
  type AwardFact,
  type EntityFacts,
  type FigureFact,
  type GiverLevel,
  type PercentFact,
} from './facts.ts';

/** The articles scored, in the groups of the report. */
export const ARTICLE_GROUPS: readonly { name: string; articles: readonly string[]; seeds: boolean }[] = [
  {
    name: 'the 12 already in tests + 5 seeds',
    articles: ['01', '02', '06', '10', '13', '17', '19', '20', '21', '22', '26', '28'],
    seeds: true,
  },
  {
    name: 'the 18 new',
    articles: [
      '03',
      '04',
      '05',
      '07',
      '08',
      '09',
      '11',
      '12',
      '14',
      '15',
      '16',
      '18',
      '23',
      '24',
      '25',
      '27',
      '29',
      '30',
    ],
    seeds: false,
  },
];

/** One article's gold: one entity per province it reports on (the main one first). */
export interface GoldArticle {
  /** "03", or a seed's file name without ".txt". */
  id: string;
  entities: EntityFacts[];
}

// ---------------------------------------------------------------------------------------------
// The reader's annotations.

interface GoldJsonFigure {
  metric: string;
  value: number | null;
  unit?: string;
  qualifier?: string;
  text: string;
  of?: string;
  year?: number;
  period?: string;
  truncated?: boolean;
  /** A target given as a range only (value null): no figure. */
  range?: [number, number];
}
interface GoldJsonGrowth {
  metric: string;
  percent: number;
  text: string;
}
interface GoldJsonAward {
  award: string;
  giver: string | null;
  text: string;
}
export interface GoldJsonEntity {
  province: string;
  report_year: number;
  plan_year: number | null;
  kpis?: GoldJsonFigure[];
  targets?: GoldJsonFigure[];
  growth?: GoldJsonGrowth[];
  awards?: GoldJsonAward[];
}
export interface GoldJson extends GoldJsonEntity {
  secondary_entities?: GoldJsonEntity[];
}

/** The slug of a province as the gold writes it: "Bà Rịa – Vũng Tàu", "TP. Hồ Chí Minh", "TP. Huế". */
export function provinceSlug(name: string): string {
  const key = looseKey(name.replace(/^\s*(?:tỉnh|thành phố|tp\.?)\s+/iu, ''));
  const unit = allUnits.find((u) => looseKey(u.name) === key);
  if (!unit) throw new Error(`unknown province in gold: ${name}`);
  return unit.slug;
}

const GROWTH_TARGET = /^(.+)_growth$/;

function goldEntity(g: GoldJsonEntity): EntityFacts {
  const figures: FigureFact[] = [];
  const percents: PercentFact[] = [];
  for (const [kind, list] of [
    ['result', g.kpis ?? []],
    ['target', g.targets ?? []],
  ] as const) {
    for (const f of list) {
      if (f.metric === 'plan_completion_percent') {
        if (f.of && f.value !== null)
          percents.push({ kind, metric: f.of, role: 'plan', value: f.value, quote: f.text });
        continue;
      }
      const growthOf = kind === 'target' && f.unit === '%' ? GROWTH_TARGET.exec(f.metric)?.[1] : undefined;
      if (growthOf) {
        if (f.value !== null) percents.push({ kind, metric: growthOf, role: 'change', value: f.value, quote: f.text });
        continue;
      }
      if (f.value === null) continue;
      figures.push({
        kind,
        metric: f.metric,
        value: f.value,
        year: f.year ?? (kind === 'result' ? g.report_year : g.plan_year),
        quote: f.text,
        ...(f.truncated ? { optional: true } : {}),
      });
    }
  }
  for (const c of g.growth ?? [])
    percents.push({ kind: 'result', metric: c.metric, role: 'change', value: c.percent, quote: c.text });
  const awards: AwardFact[] = (g.awards ?? []).map((a) => {
    const givers = (a.giver ?? '').split(/\s*;\s*/);
    return {
      kinds: awardKinds(a.award),
      levels: unique(givers.map(giverLevel)),
      label: `${a.award} — ${a.giver ?? '(giver not stated)'}`,
      quote: a.text,
    };
  });
  return { province: provinceSlug(g.province), reportYear: g.report_year, figures, percents, awards };
}

/** A gold annotation file as facts, one entity per province. */
export function goldFromJson(id: string, gold: GoldJson): GoldArticle {
  return { id, entities: [gold, ...(gold.secondary_entities ?? [])].map(goldEntity) };
}

// ---------------------------------------------------------------------------------------------
// The seed expectations (the shape of tests/extract/seeds.expected.ts, which this module must not import).

export interface SeedFigure {
  metric: string;
  value: number | null;
  year: number;
  planPercent?: number;
  changePercent?: number;
}
export interface SeedExpectation {
  province: string | null;
  reportYear: number;
  kpis: SeedFigure[];
  targets: SeedFigure[];
  serviceGrowth?: { service: string; changePercent: number; metric?: string; planPercent?: number }[];
  awards: { award: string; level: string; giver: string }[];
}

/** A seed's expectation as facts (its quotes are the expectation's own words, for listings). */
export function goldFromSeed(id: string, seed: SeedExpectation): GoldArticle {
  const withQuote = (list: SeedFigure[]) => list.map((f) => ({ ...f, quote: describe(f) }));
  const kpis = modelFigures('result', withQuote(seed.kpis));
  const targets = modelFigures('target', withQuote(seed.targets));
  return {
    id,
    entities: [
      {
        province: seed.province,
        reportYear: seed.reportYear,
        figures: [...kpis.figures, ...targets.figures],
        percents: [...kpis.percents, ...targets.percents, ...servicePercents(seed.serviceGrowth ?? [])],
        awards: seed.awards.map((a) => ({
          kinds: awardKinds(a.award),
          levels: [a.level as GiverLevel],
          label: `${a.award} — ${a.giver}`,
          quote: `${a.award} (${a.giver})`,
        })),
      },
    ],
  };
}

const describe = (f: SeedFigure): string => `${f.metric} ${f.value ?? ''} (${f.year}, seed expectation)`;

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
