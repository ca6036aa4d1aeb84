/**
 * The extractor's output as facts, read from the contract's dry-run JSON
 * (`npm run --silent ingest -- --dry-run --json <files…>`): one object per input line, `{"file", "data",
 * "body"}`, with `"entries": [{"data", "body"}, …]` when the article was split by province, or
 * `{"file", "error"}`. Nothing of the extractor is imported: any version of it, or a saved output, can be
 * scored.
 */
import {
  awardKinds,
  giverLevel,
  isUnnamedGiver,
  modelFigures,
  servicePercents,
  type EntityFacts,
  type GiverLevel,
  type ModelFigure,
} from './facts.ts';

export interface ReviewWarning {
  field: string;
  message: string;
  messageEn?: string;
  quote?: string;
}

export interface OutputEntry extends EntityFacts {
  warnings: ReviewWarning[];
}

export interface OutputArticle {
  /** The input's file name without its folder and extension ("03", "000_8bbbab40623e6c25"). */
  id: string;
  file: string;
  entries: OutputEntry[];
  /** The ingest refused the input. */
  error?: string;
}

/** The id of an input file: its name without folder and extension. */
export const articleId = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.(txt|text)$/i, '');

interface EntryData {
  province?: string | null;
  reportYear?: number | null;
  kpis?: ModelFigure[];
  targets?: ModelFigure[];
  serviceGrowth?: { service: string; changePercent: number; metric?: string; planPercent?: number; quote?: string }[];
  awards?: { award: string; level?: string; giver?: string; quote?: string }[];
  review?: { warnings?: ReviewWarning[] };
}

/** One entry's frontmatter as facts. */
export function entryFacts(data: EntryData): OutputEntry {
  const kpis = modelFigures('result', data.kpis ?? [], 'kpis');
  const targets = modelFigures('target', data.targets ?? [], 'targets');
  return {
    province: data.province ?? null,
    reportYear: data.reportYear ?? null,
    figures: [...kpis.figures, ...targets.figures],
    percents: [...kpis.percents, ...targets.percents, ...servicePercents(data.serviceGrowth ?? [], 'serviceGrowth')],
    awards: (data.awards ?? []).map((a, i) => ({
      kinds: awardKinds(a.award),
      // The content model's level, unless the entry says the article names no giver.
      levels: [isUnnamedGiver(a.giver) ? 'unknown' : ((a.level as GiverLevel | undefined) ?? giverLevel(a.giver))],
      label: `${a.award} — ${a.giver ?? ''} (${a.level ?? '?'})`,
      quote: a.quote ?? '',
      ref: `awards[${i}]`,
    })),
    warnings: data.review?.warnings ?? [],
  };
}

/** One line of the dry-run JSON. */
export function parseOutputLine(line: string): OutputArticle {
  const o = JSON.parse(line) as {
    file: string;
    data?: EntryData;
    entries?: { data: EntryData }[];
    error?: string;
  };
  const entries = o.entries ? o.entries.map((e) => e.data) : o.data ? [o.data] : [];
  return {
    id: articleId(o.file),
    file: o.file,
    entries: entries.map(entryFacts),
    ...(o.error !== undefined ? { error: o.error } : {}),
  };
}

/** Every line of a dry-run JSON output (blank lines skipped). */
export function parseOutput(jsonl: string): OutputArticle[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim())
    .map(parseOutputLine);
}
