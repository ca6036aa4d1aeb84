/**
 * What an article page shows beside the text: its figures with the percentages the article states, the
 * phrases to highlight (one id per figure, growth line and award, shared by the text's marks and the
 * list's links), the other outlets that carried the report, and the link to edit the entry's file.
 */
import type { Quote } from '../highlight/highlight-quotes.ts';
import type { Source } from '../schema/index.ts';
import { changeAgainst } from './change.ts';
import { flattenFigures } from './figures.ts';
import { planAttainment } from './plan.ts';
import type { Change, DigestEntry, FigureRow, PlanAttainment } from './types.ts';

/** The lists of an entry whose items quote the text. */
export type QuoteKind = 'kpis' | 'targets' | 'growth' | 'awards';

/** The id of the mark that highlights an item's phrase: `q-kpis-0` for the first result. */
export const quoteId = (kind: QuoteKind, index: number): string => `q-${kind}-${index}`;

/** Every phrase the text should highlight, in the order of the lists beside it. */
export function articleQuotes(entry: Pick<DigestEntry, 'kpis' | 'targets' | 'serviceGrowth' | 'awards'>): Quote[] {
  return [
    ...entry.kpis.map((f, i) => ({ id: quoteId('kpis', i), text: f.quote })),
    ...entry.targets.map((f, i) => ({ id: quoteId('targets', i), text: f.quote })),
    ...entry.serviceGrowth.map((g, i) => ({ id: quoteId('growth', i), text: g.quote })),
    ...entry.awards.map((a, i) => ({ id: quoteId('awards', i), text: a.quote })),
  ];
}

/** A figure with the change and the share of plan its article states: nothing is compared with other articles. */
export interface StatedFigure {
  row: FigureRow;
  change: Change | null;
  plan: PlanAttainment | null;
}

export const statedFigure = (row: FigureRow): StatedFigure => ({
  row,
  change: changeAgainst(row, undefined),
  plan: planAttainment(row, undefined),
});

export interface ArticleFigureGroup {
  kind: Extract<QuoteKind, 'kpis' | 'targets'>;
  figures: StatedFigure[];
}

/** The entry's results, then its targets, each in the order the entry lists them; an empty list is left out. */
export function articleFigureGroups(entry: DigestEntry): ArticleFigureGroup[] {
  const rows = flattenFigures(entry);
  const groups: ArticleFigureGroup[] = [
    { kind: 'kpis', figures: rows.filter((r) => r.kind === 'result').map(statedFigure) },
    { kind: 'targets', figures: rows.filter((r) => r.kind === 'target').map(statedFigure) },
  ];
  return groups.filter((g) => g.figures.length > 0);
}

/** The same source twice: the same address, or without one, the same stored file and publisher. */
const sameSource = (a: Source, b: Source): boolean =>
  a.url !== undefined
    ? a.url === b.url
    : b.url === undefined && a.originalFile === b.originalFile && a.publisher === b.publisher;

/** The other outlets that carried the report: its sources less the entry's own. */
export const otherSources = (entry: Pick<DigestEntry, 'source' | 'sources'>): Source[] =>
  (entry.sources ?? []).filter((s) => !sameSource(s, entry.source));

/** A source's site as a reader knows it ("baolangson.vn"), or the address as written when it does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The link to edit an entry's file: the base (EDIT_BASE_URL) with one slash, then the file's project path. */
export function editUrl(base: string | undefined, filePath: string | undefined): string | undefined {
  return base && filePath ? `${base.replace(/\/?$/, '/')}${filePath.replace(/^\.?\//, '')}` : undefined;
}
