/**
 * What the second reader reads and says. It reads an entry as its frontmatter has it (the lists of
 * figures and awards with their quotes), never the first reader's drafts, so the same shapes serve an
 * entry just extracted and one read back from content/.
 */
import type { Award } from '../../schema/award.ts';
import type { Figure } from '../../schema/figure.ts';
import type { ArticleText } from './text.ts';

/** A figure as the frontmatter has it; the fields with a default in the schema may be missing. */
export type ReviewFigure = Pick<Figure, 'metric' | 'value' | 'unit' | 'year' | 'quote'> &
  Partial<
    Pick<
      Figure,
      'qualifier' | 'estimated' | 'period' | 'planPercent' | 'planQualifier' | 'changePercent' | 'changeQualifier'
    >
  >;

/** An award as the frontmatter has it, as far as the checks read it. */
export type ReviewAward = Pick<Award, 'award' | 'level' | 'giver' | 'recipient' | 'year' | 'quote'> &
  Partial<Pick<Award, 'title' | 'presenter'>>;

/** An entry's data as far as the checks read it. */
export interface ReviewEntry {
  province: string | null;
  reportYear: number;
  planYear?: number | null;
  eventDate?: string | null;
  eventKind?: 'year-end' | 'mid-year' | 'other';
  kpis?: readonly ReviewFigure[];
  targets?: readonly ReviewFigure[];
  awards?: readonly ReviewAward[];
  source?: { publishedAt?: string };
}

/** What a rule found: the field (`kpis[2]`, `kpis[2].planPercent`, `awards[0].giver`), why, and the phrase. */
export interface Finding {
  field: string;
  vi: string;
  en: string;
  quote: string;
}

/** One example of a rule: an article's text and the entry read from it, and the field it flags (null: none). */
export type ReviewExample = readonly [input: { text: string; entry: ReviewEntry }, expected: string | null];

export interface ReviewRule {
  /** Stable id, for tests and for tracing a warning to its rule. */
  id: string;
  /** Why the rule exists, in one line. */
  why: string;
  examples: readonly ReviewExample[];
  check(entry: ReviewEntry, text: ArticleText): Finding[];
}

/** A figure of the entry with where it is: `kpis[2]`. */
export interface PlacedFigure {
  list: 'kpis' | 'targets';
  index: number;
  figure: ReviewFigure;
  /** `kpis[2]` */
  field: string;
}

export function placedFigures(entry: ReviewEntry): PlacedFigure[] {
  const out: PlacedFigure[] = [];
  for (const list of ['kpis', 'targets'] as const)
    (entry[list] ?? []).forEach((figure, index) => out.push({ list, index, figure, field: `${list}[${index}]` }));
  return out;
}
