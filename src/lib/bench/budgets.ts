/**
 * The performance budgets (issue 5, tightened by issue 15: the build at ≤ 1.8× the bare site, the
 * ingest at ≥ 600 articles/s for 400 articles and ≥ 1 000/s for 2 000), checked against one benchmark
 * run. A budget that the run did not measure is reported as such, never as a pass.
 */
import type { BenchResults, BuildMeasure } from './results.ts';
import type { PageType } from './page-weights.ts';

export const BUDGETS = {
  /** Our full build against the bare Astro site on the same corpus. */
  buildRatio: 1.8,
  /** gzip bytes of JavaScript (loaded at once and later), KB = 1000 bytes. */
  articleJsKB: 20,
  provinceJsKB: 90,
  /** Articles per second: a short run (start-up counts) and a long one. */
  ingestPerSecond: { short: 600, long: 1000 },
  /** From this many articles on, a run is judged by the long run's budget. */
  ingestLongRun: 2000,
  /** `npm run check` on the 63 × 15 corpus. */
  checkSeconds: 5,
} as const;

export interface BudgetResult {
  budget: string;
  limit: string;
  measured: string;
  /** null: not measured in this run. */
  pass: boolean | null;
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** The articles per second an ingest of `articles` articles must reach. */
export const ingestBudget = (articles: number): number =>
  articles >= BUDGETS.ingestLongRun ? BUDGETS.ingestPerSecond.long : BUDGETS.ingestPerSecond.short;

/** The bare build a build of ours is compared with: same scale, same format. */
export function bareTwin(builds: readonly BuildMeasure[], ours: BuildMeasure): BuildMeasure | undefined {
  return builds.find((b) => b.site === 'bare' && b.scale === ours.scale && b.format === ours.format && b.ok);
}

export function evaluateBudgets(r: BenchResults): BudgetResult[] {
  const out: BudgetResult[] = [];
  const ours = r.builds.filter((b) => b.site === 'ours' && b.format === 'mdx');
  for (const b of ours) {
    const bare = bareTwin(r.builds, b);
    const limit = `≤ ${BUDGETS.buildRatio}× the bare site`;
    const budget = `Full build, ${b.scale}× (${b.entries} entries)`;
    if (!b.ok || !bare)
      out.push({
        budget,
        limit,
        measured: !b.ok ? `our build failed: ${b.note ?? ''}` : 'no bare build to compare with',
        pass: null,
      });
    else {
      const ratio = b.seconds / bare.seconds;
      out.push({
        budget,
        limit,
        measured: `${fmt(ratio, 2)}× (${fmt(b.seconds)} s against ${fmt(bare.seconds)} s)`,
        pass: ratio <= BUDGETS.buildRatio,
      });
    }
  }
  if (ours.length === 0)
    out.push({
      budget: 'Full build',
      limit: `≤ ${BUDGETS.buildRatio}× the bare site`,
      measured: 'not measured in this run',
      pass: null,
    });

  const js = (type: PageType, limitKB: number, label: string): void => {
    const rows = (r.sizes ?? []).filter((w) => w.type === type);
    const limit = `≤ ${limitKB} KB gzip JS`;
    if (rows.length === 0) {
      out.push({ budget: label, limit, measured: 'not measured in this run', pass: null });
      return;
    }
    const worst = rows.reduce((a, b) =>
      b.heaviest.jsInitial + b.heaviest.jsLater > a.heaviest.jsInitial + a.heaviest.jsLater ? b : a,
    );
    const bytes = worst.heaviest.jsInitial + worst.heaviest.jsLater;
    out.push({
      budget: label,
      limit,
      measured: `${fmt(bytes / 1000)} KB (${fmt(worst.heaviest.jsInitial / 1000)} KB at load, ${fmt(worst.heaviest.jsLater / 1000)} KB on scroll; heaviest ${worst.lang} page)`,
      pass: bytes <= limitKB * 1000,
    });
  };
  js('article', BUDGETS.articleJsKB, 'Article page JavaScript');
  js('province', BUDGETS.provinceJsKB, 'Province page JavaScript');

  if (r.ingest.length === 0)
    out.push({
      budget: 'Ingest',
      limit: `≥ ${BUDGETS.ingestPerSecond.short} articles/s (${BUDGETS.ingestPerSecond.long} from ${BUDGETS.ingestLongRun} articles)`,
      measured: 'not measured in this run',
      pass: null,
    });
  for (const i of r.ingest) {
    out.push({
      budget: `Ingest, ${i.articles} articles`,
      limit: `≥ ${ingestBudget(i.articles)} articles/s`,
      measured: `${i.articlesPerSecond} articles/s`,
      pass: i.articlesPerSecond >= ingestBudget(i.articles),
    });
  }

  const full = r.corpus.provinces === 63 && r.corpus.years === 15;
  const check = r.check;
  out.push({
    budget: `npm run check, ${check?.entries ?? '?'} entries`,
    limit: `≤ ${BUDGETS.checkSeconds} s on the 63 × 15 corpus`,
    measured: check
      ? `${fmt(check.wallSeconds, 2)} s${check.reportedSeconds !== null ? ` (${fmt(check.reportedSeconds, 2)} s checking, the rest Node start-up)` : ''}${full ? '' : ' — not the 63 × 15 corpus'}`
      : 'not measured in this run',
    pass: check && full ? check.wallSeconds <= BUDGETS.checkSeconds : null,
  });
  return out;
}
