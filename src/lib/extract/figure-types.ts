/** The shapes the figure reader produces and reads with. */
import type { Unit } from '../metrics.ts';
import type { Qualifier } from '../schema/common.ts';
import type { Period } from '../schema/figure.ts';
import type { Warning } from '../schema/review.ts';

export interface FigureDraft {
  kind: 'result' | 'target';
  metric: string;
  value: number | null;
  unit: Unit;
  qualifier: Qualifier;
  estimated: boolean;
  year: number;
  period: Period;
  planPercent?: number;
  planQualifier?: Qualifier;
  changePercent?: number;
  changeQualifier?: Qualifier;
  quote: string;
  /** The plan percentage is the corporation's plan ("kế hoạch Tổng Công ty giao"). */
  corporatePlan?: boolean;
  /** Where it was read: block index and offsets in that block's text. */
  block: number;
  start: number;
  end: number;
  warnings: Warning[];
}

export interface ServiceGrowthDraft {
  service: string;
  metric?: string;
  changePercent: number;
  qualifier?: Qualifier;
  planPercent?: number;
  year: number;
  period: Period;
  quote: string;
  block: number;
  start: number;
  warnings: Warning[];
}

/** A rule decided something about a phrase (for tests and for tracing a reading). */
export interface RuleTrace {
  rule: string;
  phrase: string;
}

export interface FigureContext {
  reportYear: number;
  planYear: number | null;
  /** The period results cover (H1 for a mid-year review). */
  period: Period;
  /** Called with each rule that leaves an amount out or skips it, and the phrase. */
  trace?: (t: RuleTrace) => void;
}

export interface FigureResult {
  kpis: FigureDraft[];
  targets: FigureDraft[];
  serviceGrowth: ServiceGrowthDraft[];
  warnings: Warning[];
}
