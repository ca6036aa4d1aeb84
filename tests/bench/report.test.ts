import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../src/lib/bench/budgets.ts';
import type { PageWeight, TypeWeight } from '../../src/lib/bench/page-weights.ts';
import { HAND_END, HAND_START, renderReport } from '../../src/lib/bench/report.ts';
import type { BenchResults, BuildMeasure } from '../../src/lib/bench/results.ts';

const build = (site: 'ours' | 'bare', seconds: number, over: Partial<BuildMeasure> = {}): BuildMeasure => ({
  site,
  format: 'mdx',
  scale: 1,
  entries: 916,
  pages: site === 'ours' ? 2487 : 916,
  seconds,
  peakRssMB: 1300,
  peakTreeRssMB: 2000,
  phases: { 'render pages': seconds / 3 },
  cpuSeconds: seconds * 1.2,
  otherCpuSeconds: 0.5,
  load: [0.1, 0.2, 0.3],
  ok: true,
  ...over,
});

const weight = (type: 'article' | 'province', jsInitial: number, jsLater: number): TypeWeight => {
  const heaviest: PageWeight = {
    page: `${type}s/x/index.html`,
    type,
    lang: 'vi',
    html: 5000,
    css: 2500,
    jsInitial,
    jsInline: 0,
    jsLater,
    files: [],
  };
  return { type, lang: 'vi', pages: 10, htmlMedian: 4000, heaviest };
};

const results = (over: Partial<BenchResults> = {}): BenchResults => ({
  command: 'npm run bench',
  startedAt: '2026-11-23T21:00:00Z',
  totalSeconds: 600,
  machine: { cpu: 'AMD EPYC', cores: 2, memoryGB: 24, os: 'Debian GNU/Linux 12 (bookworm)', kernel: '6.1' },
  versions: { node: 'v22.23.3', astro: '7.3.5' },
  nodeOptions: '--max-old-space-size=8192',
  corpus: { provinces: 63, years: 15, seed: 1, scales: [1], lastYear: 2025 },
  corpora: [],
  builds: [build('ours', 30), build('bare', 15)],
  rebuilds: [],
  check: {
    entries: 916,
    wallSeconds: 2.7,
    reportedSeconds: 1.3,
    otherCpuSeconds: 0.1,
    errors: 0,
    warnings: 14,
    load: [0, 0, 0],
  },
  ingest: [
    {
      articles: 2000,
      entries: 1990,
      failed: 0,
      seconds: 2.5,
      articlesPerSecond: 1100,
      extractOnlyPerSecond: 900,
      otherCpuSeconds: 0,
      load: [0, 0, 0],
    },
  ],
  sizes: [weight('article', 0, 0), weight('province', 1300, 95_000)],
  skipped: [],
  notes: [],
  ...over,
});

describe('evaluateBudgets', () => {
  it('passes and fails each budget on the measured numbers', () => {
    const byName = Object.fromEntries(
      evaluateBudgets(results()).map((b) => [b.budget.replace(/[,(].*$/, '').trim(), b.pass]),
    );
    expect(byName).toEqual({
      'Full build': false,
      'Article page JavaScript': true,
      'Province page JavaScript': false,
      Ingest: true,
      'npm run check': true,
    });
  });

  it('holds a short ingest to 600 articles/s and one of 2 000 articles to 1 000/s', () => {
    const ingest = (articles: number, articlesPerSecond: number) => ({
      ...results().ingest[0]!,
      articles,
      articlesPerSecond,
    });
    const r = results({ ingest: [ingest(400, 650), ingest(2000, 900)] });
    expect(
      evaluateBudgets(r)
        .filter((b) => b.budget.startsWith('Ingest'))
        .map((b) => [b.budget, b.limit, b.pass]),
    ).toEqual([
      ['Ingest, 400 articles', '≥ 600 articles/s', true],
      ['Ingest, 2000 articles', '≥ 1000 articles/s', false],
    ]);
  });

  it('never passes what was not measured', () => {
    const r = results({ builds: [build('ours', 30)], sizes: null, ingest: [], check: null });
    for (const b of evaluateBudgets(r)) expect(b.pass).toBeNull();
  });

  it('does not judge the check on a corpus other than 63 × 15', () => {
    const r = results({ corpus: { provinces: 10, years: 3, seed: 1, scales: [1], lastYear: 2025 } });
    expect(evaluateBudgets(r).find((b) => b.budget.startsWith('npm run check'))!.pass).toBeNull();
  });

  it('compares a failed build with nothing', () => {
    const r = results({ builds: [build('ours', 30, { ok: false, note: 'heap out of memory' }), build('bare', 15)] });
    expect(evaluateBudgets(r)[0]).toMatchObject({
      pass: null,
      measured: expect.stringContaining('heap out of memory'),
    });
  });
});

describe('renderReport', () => {
  it('writes the machine, the budgets and the builds, and keeps the hand-written findings of the previous file', () => {
    const previous = `# Benchmarks\n\nold numbers\n\n${HAND_START}\n## Findings\n\nPagefind costs the most.\n${HAND_END}\n`;
    const md = renderReport(results(), { previous });
    expect(md).toContain('| CPU | AMD EPYC, 2 cores |');
    expect(md).toContain(
      '| Full build, 1× (916 entries) | ≤ 1.8× the bare site | 2.00× (30.0 s against 15.0 s) | **FAIL** |',
    );
    expect(md).toContain('Pagefind costs the most.');
    expect(md).not.toContain('old numbers');
  });

  it('starts an empty findings block when there was none', () => {
    expect(renderReport(results())).toContain(`${HAND_START}\n## Findings`);
  });
});
