/**
 * The figures download: one row per figure of every published entry, results and targets, exactly as
 * the entry states them (no de-duplication: a researcher may want both sources of a conference).
 */
import type { Digest } from '../digest/digest.ts';
import type { FigureRow } from '../digest/types.ts';
import { toCsv, type CsvColumn } from './csv.ts';

export interface KpiRecord {
  province: string | null;
  year: number;
  metric: string;
  value: number | null;
  unit: string;
  qualifier: string;
  kind: 'result' | 'target';
  article: string;
  estimated: boolean;
  period: string;
  planPercent: number | null;
  /** How the article hedged planPercent ("đạt hơn 101%" → over): without it 101 would read as exact. */
  planQualifier: string | null;
  changePercent: number | null;
  changeQualifier: string | null;
  reportYear: number;
  eventDate: string | null;
  reviewStatus: string;
  quote: string;
  /** The article's headline, as the publisher wrote it. */
  title: string;
  /** The address of the original article; null when it was not kept. */
  sourceUrl: string | null;
}

export function kpiRecords(digest: Digest): KpiRecord[] {
  return digest.allFigures.map((r: FigureRow) => {
    const entry = digest.entryById.get(r.entryId)!;
    return {
      province: r.province,
      year: r.year,
      metric: r.metric,
      value: r.figure.value,
      unit: r.figure.unit,
      qualifier: r.figure.qualifier,
      kind: r.kind,
      article: r.entryId,
      estimated: r.figure.estimated,
      period: r.figure.period,
      planPercent: r.figure.planPercent ?? null,
      planQualifier: r.figure.planPercent === undefined ? null : (r.figure.planQualifier ?? 'exact'),
      changePercent: r.figure.changePercent ?? null,
      changeQualifier: r.figure.changePercent === undefined ? null : (r.figure.changeQualifier ?? 'exact'),
      reportYear: entry.reportYear,
      eventDate: entry.eventDate,
      reviewStatus: entry.review.status,
      quote: r.figure.quote,
      title: entry.title,
      sourceUrl: entry.source.url ?? null,
    };
  });
}

/** Column order: the contract's eight first (docs/content-model.md, Data downloads), then the extras. */
export const KPI_COLUMNS: readonly (keyof KpiRecord)[] = [
  'province',
  'year',
  'metric',
  'value',
  'unit',
  'qualifier',
  'kind',
  'article',
  'estimated',
  'period',
  'planPercent',
  'planQualifier',
  'changePercent',
  'changeQualifier',
  'reportYear',
  'eventDate',
  'reviewStatus',
  'quote',
  'title',
  'sourceUrl',
];

export function kpisCsv(records: readonly KpiRecord[]): string {
  const columns: CsvColumn<KpiRecord>[] = KPI_COLUMNS.map((name) => ({ name, value: (r) => r[name] }));
  return toCsv(records, columns);
}
