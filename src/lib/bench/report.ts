/**
 * BENCHMARKS.md from one run's results. The findings written by hand between the HAND-WRITTEN markers
 * are carried over from the previous file, so a new run refreshes the numbers and keeps the analysis.
 */
import { bareTwin, evaluateBudgets, type BudgetResult } from './budgets.ts';
import { PHASES } from './build-phases.ts';
import { initialOf, totalOf, type TypeWeight } from './page-weights.ts';
import type { BenchResults, BuildMeasure, Load } from './results.ts';

export const HAND_START = '<!-- HAND-WRITTEN: start (kept when npm run bench rewrites this file) -->';
export const HAND_END = '<!-- HAND-WRITTEN: end -->';

const s1 = (n: number): string => n.toFixed(1);
const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const load = (l: Load): string => l.map((x) => x.toFixed(2)).join(' / ');
const mark = (pass: boolean | null): string => (pass === null ? 'not measured' : pass ? '**pass**' : '**FAIL**');

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function budgetTable(budgets: readonly BudgetResult[]): string {
  return table(
    ['budget', 'limit', 'measured', 'result'],
    budgets.map((b) => [b.budget, b.limit, b.measured, mark(b.pass)]),
  );
}

const buildName = (b: BuildMeasure): string => `${b.site === 'ours' ? 'digest' : 'bare'} ${b.format}`;

export function buildTable(builds: readonly BuildMeasure[]): string {
  return table(
    [
      'scale',
      'site',
      'entries',
      'pages',
      'build s',
      'pages/s',
      'peak RSS MB (largest process)',
      'peak RSS MB (process tree)',
      'vs bare',
      'CPU s (build)',
      'CPU s (rest of machine)',
      'load before',
    ],
    builds.map((b) => {
      const bare = b.site === 'ours' ? bareTwin(builds, b) : undefined;
      return [
        `${b.scale}×`,
        buildName(b),
        String(b.entries),
        b.ok ? String(b.pages) : '—',
        b.ok ? s1(b.seconds) : `failed (${b.note ?? ''})`,
        b.ok ? s1(b.pages / b.seconds) : '—',
        String(Math.round(b.peakRssMB)),
        String(Math.round(b.peakTreeRssMB)),
        bare && b.ok ? `${(b.seconds / bare.seconds).toFixed(2)}×` : '',
        b.cpuSeconds === null ? '' : s1(b.cpuSeconds),
        b.otherCpuSeconds === null ? '' : s1(b.otherCpuSeconds),
        load(b.load),
      ];
    }),
  );
}

export function phaseTable(builds: readonly BuildMeasure[]): string {
  const used = PHASES.filter((p) => builds.some((b) => b.phases[p] !== undefined));
  return table(
    ['scale', 'site', ...used, 'total'],
    builds
      .filter((b) => b.ok)
      .map((b) => [
        `${b.scale}×`,
        buildName(b),
        ...used.map((p) => (b.phases[p] === undefined ? '' : s1(b.phases[p]!))),
        s1(b.seconds),
      ]),
  );
}

export function sizeTable(types: readonly TypeWeight[]): string {
  return table(
    [
      'page type',
      'lang',
      'pages',
      'HTML (median)',
      'HTML (heaviest)',
      'CSS',
      'JS at load',
      'of which inline',
      'JS on scroll / use',
      'initial total',
      'total',
      'heaviest page',
    ],
    types.map((t) => {
      const w = t.heaviest;
      return [
        t.type,
        t.lang,
        String(t.pages),
        kb(t.htmlMedian),
        kb(w.html),
        kb(w.css),
        kb(w.jsInitial),
        kb(w.jsInline),
        kb(w.jsLater),
        kb(initialOf(w)),
        kb(totalOf(w)),
        `\`${w.page}\``,
      ];
    }),
  );
}

export interface ReportOptions {
  /** The previous BENCHMARKS.md, to carry its hand-written findings over. */
  previous?: string;
}

/** Keep the hand-written block of the previous file (or a placeholder saying it is missing). */
export function handWritten(previous: string | undefined): string {
  if (previous) {
    const a = previous.indexOf(HAND_START);
    const b = previous.indexOf(HAND_END);
    if (a >= 0 && b > a) return previous.slice(a, b + HAND_END.length);
  }
  return `${HAND_START}\n## Findings\n\n(No findings written yet.)\n${HAND_END}`;
}

export function renderReport(r: BenchResults, options: ReportOptions = {}): string {
  const budgets = evaluateBudgets(r);
  const out: string[] = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Written by \`npm run bench\` (scripts/bench.ts) on ${r.startedAt}, in ${s1(r.totalSeconds / 60)} minutes. Command: \`${r.command}\`. ` +
      'Every number below was measured in that one run, on the machine described; nothing is estimated. Builds ran one at a time, each from cold caches ' +
      "(its own project folder, cacheDir and `.astro/`), in a copy of this repository's site (src/, public/, data/, astro.config.mjs) that uses the repository's node_modules.",
  );
  out.push('');
  out.push(
    table(
      ['machine', ''],
      [
        ['CPU', `${r.machine.cpu}, ${r.machine.cores} cores`],
        ['memory', `${r.machine.memoryGB} GB`],
        ['OS', `${r.machine.os}, Linux ${r.machine.kernel}`],
        ...Object.entries(r.versions).map(([k, v]) => [k, v]),
        ['NODE_OPTIONS for builds', r.nodeOptions || '(none)'],
      ],
    ),
  );
  out.push('');
  out.push(
    `Corpus: ${r.corpus.provinces} provinces × ${r.corpus.years} years (to ${r.corpus.lastYear}; the 63 provinces before the 2025 merger, the 34 after), seed ${r.corpus.seed}, ` +
      'generated as raw article texts (src/lib/bench/raw-articles.ts) and written by the real ingest (`ingestOnThreads`, as `npm run ingest`) into a temporary folder, so every entry has exactly the ' +
      'frontmatter and MDX body the ingest writes. Scale k = k conferences per province and year: 1× one year-end conference; 4× adds the first-quarter, mid-year and ' +
      'nine-month reviews; 16× adds twelve more year-end-style conferences on other dates (src/lib/bench/corpus-plan.ts).',
  );
  out.push('');
  if (r.corpora.length > 0) {
    out.push(
      table(
        [
          'scale',
          'format',
          'raw articles',
          'entries',
          'figures per entry (min / median / max)',
          'awards',
          'people',
          'MB on disk',
          'generate + ingest s',
        ],
        r.corpora.map((c) => [
          `${c.scale}×`,
          c.format,
          String(c.articles),
          String(c.entries),
          c.figures.join(' / '),
          String(c.awards),
          String(c.people),
          (c.bytes / 1e6).toFixed(1),
          s1(c.seconds),
        ]),
      ),
    );
    out.push('');
  }
  out.push('## Budgets');
  out.push('');
  out.push(budgetTable(budgets));
  out.push('');
  const builds = r.builds.filter((b) => b.format === 'mdx');
  if (builds.length > 0) {
    out.push('## Full build: how the cost grows with the corpus');
    out.push('');
    out.push(
      'Wall time of `astro build` from Node start to exit. Pages/s = HTML files written / build seconds. The bare site is a minimal Astro project (its own ' +
        'astro.config.mjs with @astrojs/mdx only, the same glob loader and the same zod schema imported from src/lib/schema/entry.ts, one `[id].astro` page per ' +
        'entry rendering `<Content />` under an `<h1>`), built on the same corpus in the same run. The digest builds about 2.4 pages per entry at 1× (an article page ' +
        'in Vietnamese and in English, plus province, year, map, timeline, award and data pages) and indexes them for search; the bare site builds one.',
    );
    out.push('');
    out.push(buildTable(builds));
    out.push('');
    out.push('### Where the time goes');
    out.push('');
    out.push(
      'Seconds between the lines Astro prints as each step starts and ends (each line stamped when it arrived). "start-up, config, content check" is Node\'s start, ' +
        "loading the config and, for the digest, the build-time content check (src/integrations/content-check.ts), which runs on a worker thread beside content sync; Pagefind runs in Astro's build:done hook.",
    );
    out.push('');
    out.push(phaseTable(builds));
    out.push('');
    const routes = builds.find((b) => b.site === 'ours' && b.ok && b.routes && b.routes.length > 0);
    if (routes?.routes) {
      out.push(`Render time by route, digest ${routes.scale}× (from Astro's per-page timings):`);
      out.push('');
      out.push(
        table(
          ['route', 'pages', 'seconds', 'ms per page'],
          routes.routes.map((x) => [
            x.route,
            String(x.pages),
            x.seconds.toFixed(2),
            ((x.seconds * 1000) / x.pages).toFixed(1),
          ]),
        ),
      );
      out.push('');
    }
  }
  if (r.rebuilds.length > 0) {
    out.push('## Rebuild after editing one entry');
    out.push('');
    out.push(`The edit: ${r.rebuilds[0]!.edit}`);
    out.push('');
    out.push(
      table(
        ['mode', 'scale', 'full build s', 'rebuild s', 'rebuild render s', 'pages', 'load before rebuild'],
        r.rebuilds.map((x) => [
          x.mode === 'default' ? 'as configured' : 'experimental.incrementalBuild + cacheKey',
          `${x.scale}×`,
          x.first.ok ? s1(x.first.seconds) : 'failed',
          x.second.ok ? s1(x.second.seconds) : `failed (${x.second.note ?? ''})`,
          x.second.phases['render pages'] === undefined ? '' : s1(x.second.phases['render pages']),
          String(x.second.pages),
          load(x.second.load),
        ]),
      ),
    );
    out.push('');
  }
  if (r.check) {
    out.push('## Content check');
    out.push('');
    out.push(
      table(
        [
          'entries',
          '`npm run check` wall s',
          'checking s (reported)',
          'errors',
          'warnings',
          'CPU s (rest of machine)',
          'load before',
        ],
        [
          [
            String(r.check.entries),
            r.check.wallSeconds.toFixed(2),
            r.check.reportedSeconds === null ? '' : r.check.reportedSeconds.toFixed(2),
            String(r.check.errors),
            String(r.check.warnings),
            r.check.otherCpuSeconds === null ? '' : s1(r.check.otherCpuSeconds),
            load(r.check.load),
          ],
        ],
      ),
    );
    out.push('');
  }
  if (r.ingest.length > 0) {
    out.push('## Ingest');
    out.push('');
    out.push(
      'The path of `npm run ingest` (src/lib/bench/ingest-bench-fs.ts, also behind `npm run bench:ingest`): generated raw articles read from disk, extracted, ' +
        'merged, rendered and written atomically into a temporary content folder. "Extraction alone" reads the same texts again without merging or writing.',
    );
    out.push('');
    out.push(
      table(
        [
          'articles',
          'entries',
          'failed',
          'seconds',
          'articles/s',
          'extraction alone /s',
          'CPU s (rest of machine)',
          'load before',
        ],
        r.ingest.map((i) => [
          String(i.articles),
          String(i.entries),
          String(i.failed),
          i.seconds.toFixed(2),
          String(i.articlesPerSecond),
          String(i.extractOnlyPerSecond),
          i.otherCpuSeconds === null ? '' : s1(i.otherCpuSeconds),
          load(i.load),
        ]),
      ),
    );
    out.push('');
  }
  if (r.sizes) {
    out.push('## Page weight per page type (gzip, KB = 1000 bytes)');
    out.push('');
    out.push(
      'From the digest built at 1×. For each page type: the median HTML over its pages and, for its heaviest page, the HTML, the stylesheets it links, the ' +
        'JavaScript it loads at once (scripts, module preloads and their static imports, inline scripts), and the JavaScript it loads later (dynamic imports: ' +
        "Chart.js when a chart scrolls into view; on the search page, Pagefind's runtime, WebAssembly and metadata on the first search, index chunks not " +
        'counted). "initial total" = HTML + CSS + external JS at load; "total" adds the JS loaded later. Inline scripts are inside the HTML bytes.',
    );
    out.push('');
    out.push(sizeTable(r.sizes));
    out.push('');
  }
  const md = r.builds.filter((b) => b.format === 'md');
  if (md.length > 0) {
    out.push('## Markdown against MDX');
    out.push('');
    out.push(
      'The same entries written as `.md`: the same frontmatter, the body re-serialised by remark-stringify without remark-mdx (src/lib/bench/markdown-variant.ts). ' +
        'Built by the digest and by the bare site like the MDX corpus.',
    );
    out.push('');
    const rows: string[][] = [];
    for (const b of md) {
      const mdx = r.builds.find((x) => x.site === b.site && x.scale === b.scale && x.format === 'mdx');
      rows.push([
        `${b.scale}×`,
        b.site === 'ours' ? 'digest' : 'bare',
        mdx?.ok ? s1(mdx.seconds) : '—',
        b.ok ? s1(b.seconds) : `failed (${b.note ?? ''})`,
        mdx?.ok && b.ok ? `${(mdx.seconds / b.seconds).toFixed(2)}×` : '',
        mdx ? String(Math.round(mdx.peakTreeRssMB)) : '—',
        String(Math.round(b.peakTreeRssMB)),
        mdx?.phases['bundle (Vite/Rolldown)'] === undefined ? '' : s1(mdx.phases['bundle (Vite/Rolldown)']),
        b.phases['bundle (Vite/Rolldown)'] === undefined ? '' : s1(b.phases['bundle (Vite/Rolldown)']),
      ]);
    }
    out.push(
      table(
        [
          'scale',
          'site',
          'MDX build s',
          'Markdown build s',
          'MDX / Markdown',
          'MDX peak MB',
          'Markdown peak MB',
          'MDX bundle s',
          'Markdown bundle s',
        ],
        rows,
      ),
    );
    out.push('');
  }
  if (r.skipped.length > 0 || r.notes.length > 0) {
    out.push('## Notes from this run');
    out.push('');
    for (const n of [...r.skipped.map((s) => `Not measured: ${s}`), ...r.notes]) out.push(`- ${n}`);
    out.push('');
  }
  out.push(handWritten(options.previous));
  out.push('');
  return out.join('\n');
}
