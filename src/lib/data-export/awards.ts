/**
 * The awards download: one row per distinction of every published entry.
 */
import type { Digest } from '../digest/digest.ts';
import { toCsv, type CsvColumn } from './csv.ts';

export interface AwardRecord {
  province: string | null;
  year: number;
  award: string;
  title: string | null;
  level: string;
  giver: string;
  presenter: string | null;
  recipient: string;
  recipientKind: string;
  count: number | null;
  article: string;
  eventDate: string | null;
  quote: string;
}

export function awardRecords(digest: Digest): AwardRecord[] {
  // Entry order (newest first), then the order the entry lists them: stable across builds.
  return digest.entries.flatMap((e) =>
    e.awards.map((a) => ({
      province: e.province,
      year: a.year,
      award: a.award,
      title: a.title ?? null,
      level: a.level,
      giver: a.giver,
      presenter: a.presenter ?? null,
      recipient: a.recipient,
      recipientKind: a.recipientKind,
      count: a.count,
      article: e.id,
      eventDate: e.eventDate,
      quote: a.quote,
    })),
  );
}

export const AWARD_COLUMNS: readonly (keyof AwardRecord)[] = [
  'province',
  'year',
  'award',
  'title',
  'level',
  'giver',
  'presenter',
  'recipient',
  'recipientKind',
  'count',
  'article',
  'eventDate',
  'quote',
];

export function awardsCsv(records: readonly AwardRecord[]): string {
  const columns: CsvColumn<AwardRecord>[] = AWARD_COLUMNS.map((name) => ({ name, value: (r) => r[name] }));
  return toCsv(records, columns);
}
