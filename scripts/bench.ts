/**
 * npm run bench [-- --provinces 63 --years 15 --scales 1,4,16 --seed 1 --skip-bare --only build,check,ingest,sizes,rebuild,markdown
 *                  --markdown-scales 1,4 --ingest-counts 400,2000 --quick --out FILE --keep]
 *
 * Measures how the digest's build and ingest costs grow with the corpus, against a bare Astro site on
 * the same entries, checks the budgets (src/lib/bench/budgets.ts), and writes BENCHMARKS.md. Everything happens in a
 * temporary folder: a synthetic corpus written by the real ingest, copies of the site, their caches
 * and outputs. content/ and the repository's caches are never touched.
 *
 * A full run (no --only, no --quick) writes BENCHMARKS.md; other runs write their report into the
 * temporary folder unless --out is given, so a trial never overwrites the committed numbers.
 * --quick: 10 provinces × 3 years, 1× only, Markdown at 1×, ingest of 400 articles.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateBudgets } from '../src/lib/bench/budgets.ts';
import { buildPhases, renderTimeByRoute } from '../src/lib/bench/build-phases.ts';
import { filesUnder, writeCorpus, writeMarkdownVariant } from '../src/lib/bench/corpus-fs.ts';
import { benchIngest } from '../src/lib/bench/ingest-bench-fs.ts';
import { pageTypeOf, pageWeight, weightsByType, type PageWeight } from '../src/lib/bench/page-weights.ts';
import { budgetTable, buildTable, phaseTable, renderReport, sizeTable } from '../src/lib/bench/report.ts';
import type { BenchResults, BuildMeasure, CorpusStats, RebuildMeasure } from '../src/lib/bench/results.ts';
import { machineInfo, versions } from './bench/machine.ts';
import { currentLoad, measureInProcess, runMeasured } from './bench/measure.ts';
import { clearCaches, prepareBare, prepareSite, writeIncrementalConfig } from './bench/projects.ts';

const STEPS = ['ingest', 'build', 'markdown', 'rebuild', 'check', 'sizes'] as const;
type Step = (typeof STEPS)[number];

const { values } = parseArgs({
  options: {
    provinces: { type: 'string' },
    years: { type: 'string' },
    scales: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'skip-bare': { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    'markdown-scales': { type: 'string' },
    'ingest-counts': { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'node-options': { type: 'string', default: '--max-old-space-size=8192' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('*/')[0]!
      .replace(/^\/\*\*?|^ \* ?/gm, ''),
  );
  process.exit(0);
}

const list = (s: string): number[] =>
  s
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((x) => Number.isFinite(x) && x > 0);
const quick = values.quick!;
const provinces = Number(values.provinces ?? (quick ? 10 : 63));
const years = Number(values.years ?? (quick ? 3 : 15));
const scales = list(values.scales ?? (quick ? '1' : '1,4,16')).sort((a, b) => a - b);
const markdownScales = list(values['markdown-scales'] ?? (quick ? '1' : '1,4'));
const ingestCounts = list(values['ingest-counts'] ?? (quick ? '400' : '400,2000'));
const seed = Number(values.seed);
const only = new Set(
  (values.only ?? [])
    .flatMap((o) => o.split(','))
    .map((o) => o.trim())
    .filter(Boolean),
);
for (const o of only)
  if (!STEPS.includes(o as Step)) throw new Error(`--only ${o}: expected one of ${STEPS.join(', ')}`);
const wants = (step: Step): boolean => only.size === 0 || only.has(step);
const fullRun = only.size === 0 && !quick && !values.provinces && !values.years && !values.scales;
const skipBare = values['skip-bare']!;
const nodeOptions = values['node-options']!;

const repo = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'digest-bench-'));
const started = performance.now();
const say = (line: string): void =>
  console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
const astroBin = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');

const results: BenchResults = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  startedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  totalSeconds: 0,
  machine: machineInfo(),
  versions: versions(repo),
  nodeOptions,
  corpus: { provinces, years, seed, scales, lastYear: 2025 },
  corpora: [],
  builds: [],
  rebuilds: [],
  check: null,
  ingest: [],
  sizes: null,
  skipped: [],
  notes: [],
};

const htmlFiles = (dir: string): string[] => (existsSync(dir) ? filesUnder(dir, ['.html']) : []);

function corpusStats(dir: string, scale: number, format: 'mdx' | 'md', articles: number, seconds: number): CorpusStats {
  const files = filesUnder(dir, ['.mdx', '.md']);
  const figures: number[] = [];
  let awards = 0;
  let people = 0;
  let bytes = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    // The ingest writes one "- metric:" line per figure (kpis and targets), "- award:" per award, "- name:" per person.
    figures.push((text.match(/^ {2}- metric: /gm) ?? []).length);
    awards += (text.match(/^ {2}- award: /gm) ?? []).length;
    people += (text.match(/^ {2}- name: /gm) ?? []).length;
  }
  figures.sort((a, b) => a - b);
  return {
    scale,
    format,
    articles,
    entries: files.length,
    figures: [figures[0] ?? 0, figures[Math.floor(figures.length / 2)] ?? 0, figures.at(-1) ?? 0],
    awards,
    people,
    bytes,
    seconds,
  };
}

interface BuildRun {
  site: 'ours' | 'bare';
  format: 'mdx' | 'md';
  scale: number;
  entries: number;
  project: string;
  contentDir: string;
  outDir: string;
  config?: string;
  label: string;
  cold?: boolean;
}

async function build(run: BuildRun): Promise<BuildMeasure> {
  if (run.cold !== false) clearCaches(run.project);
  rmSync(run.outDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    DIGEST_CONTENT_DIR: run.contentDir,
    NODE_OPTIONS: nodeOptions,
  };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  const args = [astroBin, 'build', '--outDir', run.outDir, ...(run.config ? ['--config', run.config] : [])];
  say(`${run.label}: building (load ${currentLoad().join(' ')})`);
  const m = await runMeasured(process.execPath, args, {
    cwd: run.project,
    env,
    logFile: join(work, `${run.label.replace(/[^a-z0-9]+/gi, '-')}.log`),
  });
  const pages = htmlFiles(run.outDir).length;
  const ok = m.exitCode === 0;
  const tail = ok
    ? undefined
    : m.lines
        .slice(-8)
        .map((l) => l.text)
        .join(' ')
        .slice(-400);
  const measure: BuildMeasure = {
    site: run.site,
    format: run.format,
    scale: run.scale,
    entries: run.entries,
    pages,
    seconds: Number(m.seconds.toFixed(2)),
    peakRssMB: Math.round(m.peakRssMB),
    peakTreeRssMB: Math.round(m.peakTreeRssMB),
    cpuSeconds: m.cpuSeconds === null ? null : Number(m.cpuSeconds.toFixed(1)),
    otherCpuSeconds: m.otherCpuSeconds === null ? null : Number(m.otherCpuSeconds.toFixed(1)),
    phases: buildPhases(m.lines, m.seconds),
    routes: run.site === 'ours' ? renderTimeByRoute(m.lines) : undefined,
    load: m.load,
    ok,
    ...(tail ? { note: `exit ${m.exitCode}: ${tail}` } : {}),
  };
  delete (measure.phases as { total?: number }).total;
  say(
    `${run.label}: ${ok ? `${pages} pages in ${measure.seconds} s (${(pages / measure.seconds).toFixed(1)} pages/s), peak ${measure.peakRssMB} MB (tree ${measure.peakTreeRssMB} MB), CPU ${measure.cpuSeconds} s, others ${measure.otherCpuSeconds} s` : `FAILED ${measure.note}`}`,
  );
  return measure;
}

/** The edit an editor makes after checking an entry: mark it reviewed and fix a word in the text. */
function editOneEntry(dir: string): { file: string; restore: () => void; description: string } {
  const files = filesUnder(dir, ['.mdx', '.md']);
  const file = files[Math.floor(files.length / 2)]!;
  const before = readFileSync(file, 'utf8');
  const after = before
    .replace(
      /^( {2})status: unreviewed$/m,
      '$1status: reviewed\n$1reviewedBy: Nguyễn Thị Biên\n$1reviewedAt: "2026-01-05"',
    )
    .replace(/\n*$/, ' Bài đã được rà soát.\n');
  writeFileSync(file, after);
  return {
    file,
    restore: () => writeFileSync(file, before),
    description: `\`review.status\` set from unreviewed to reviewed (with reviewedBy and reviewedAt) and a sentence added to the last paragraph of one entry (\`${relative(dir, file)}\`), as an editor does after checking it.`,
  };
}

async function measureSizes(outDir: string): Promise<void> {
  const cache = new Map<string, number>();
  const read = (url: string): Uint8Array | null => {
    const p = join(outDir, decodeURI(url));
    return existsSync(p) && statSync(p).isFile() ? readFileSync(p) : null;
  };
  const pagefindDir = join(outDir, 'pagefind');
  const searchExtras = (lang: 'vi' | 'en'): string[] => {
    if (!existsSync(pagefindDir)) return [];
    const tag = lang === 'vi' ? 'vi-vn' : 'en-us';
    const names = readdirSync(pagefindDir);
    const wasm = names.includes(`wasm.${tag}.pagefind`) ? `wasm.${tag}.pagefind` : 'wasm.unknown.pagefind';
    return [
      'pagefind.js',
      'pagefind-entry.json',
      wasm,
      ...names.filter((n) => n.startsWith(`pagefind.${tag}_`) && n.endsWith('.pf_meta')),
    ].map((n) => `/pagefind/${n}`);
  };
  const weights: PageWeight[] = [];
  for (const file of htmlFiles(outDir)) {
    const page = relative(outDir, file).split('\\').join('/');
    const t = pageTypeOf(page);
    if (!t) continue;
    weights.push(
      pageWeight(page, readFileSync(file, 'utf8'), read, {
        cache,
        extraLater: t.type === 'search' ? searchExtras(t.lang) : [],
      }),
    );
  }
  results.sizes = weightsByType(weights);
  console.log(sizeTable(results.sizes));
}

async function main(): Promise<void> {
  say(`working in ${work}; node ${process.version}; NODE_OPTIONS for builds: ${nodeOptions}`);
  say(
    `corpus ${provinces} provinces × ${years} years, scales ${scales.join(', ')}, seed ${seed}${only.size ? `; only ${[...only].join(', ')}` : ''}`,
  );

  if (wants('ingest')) {
    for (const count of ingestCounts) {
      say(`ingest: ${count} articles (load ${currentLoad().join(' ')})`);
      const { value: r, load, otherCpuSeconds } = await measureInProcess(() => benchIngest(count, seed));
      results.ingest.push({
        ...r,
        otherCpuSeconds: otherCpuSeconds === null ? null : Number(otherCpuSeconds.toFixed(1)),
        load,
      });
      say(
        `ingest: ${r.articlesPerSecond} articles/s (extraction alone ${r.extractOnlyPerSecond}/s), ${r.entries} entries, ${r.failed} failed`,
      );
    }
  } else results.skipped.push('ingest (--only)');

  const needCorpus = wants('build') || wants('markdown') || wants('rebuild') || wants('check') || wants('sizes');
  if (needCorpus) {
    const siteDir = prepareSite(repo, join(work, 'site'));
    const bareDir = skipBare ? null : prepareBare(repo, join(work, 'bare'));
    if (skipBare) results.skipped.push('the bare site (--skip-bare): no build ratios');
    for (const scale of scales) {
      say(`corpus ${scale}×: generating and ingesting`);
      const corpusRoot = join(work, `corpus-${scale}`);
      const corpus = await writeCorpus(corpusRoot, { provinces, years, scale, seed });
      if (corpus.failed > 0) results.notes.push(`${corpus.failed} generated articles failed to ingest at ${scale}×.`);
      results.corpora.push(corpusStats(corpus.articlesDir, scale, 'mdx', corpus.articles, corpus.seconds));
      say(
        `corpus ${scale}×: ${corpus.entries} entries from ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB, in ${corpus.seconds.toFixed(1)} s`,
      );
      const entries = corpus.entries;
      const outOurs = join(work, `out-ours-${scale}`);
      const first = scale === scales[0];

      if (wants('build') || (first && (wants('sizes') || wants('rebuild')))) {
        const ours = await build({
          site: 'ours',
          format: 'mdx',
          scale,
          entries,
          project: siteDir,
          contentDir: corpus.articlesDir,
          outDir: outOurs,
          label: `digest mdx ${scale}x`,
        });
        if (wants('build')) results.builds.push(ours);
        if (first && wants('sizes') && ours.ok) {
          say('page weights');
          await measureSizes(outOurs);
        }
        if (first && wants('rebuild')) {
          // An editor's edit, then a build that keeps the caches of the one before it.
          const rebuild = async (
            mode: RebuildMeasure['mode'],
            project: string,
            outDir: string,
            firstBuild: BuildMeasure,
            config?: string,
          ): Promise<void> => {
            const edit = editOneEntry(corpus.articlesDir);
            const second = await build({
              site: 'ours',
              format: 'mdx',
              scale,
              entries,
              project,
              contentDir: corpus.articlesDir,
              outDir,
              config,
              label: `digest ${mode} rebuild ${scale}x`,
              cold: false,
            });
            edit.restore();
            results.rebuilds.push({ mode, scale, first: firstBuild, second, edit: edit.description });
          };
          await rebuild('default', siteDir, outOurs, ours);
          const incDir = prepareSite(repo, join(work, 'site-incremental'));
          const config = writeIncrementalConfig(incDir);
          const outInc = join(work, `out-incremental-${scale}`);
          const incFirst = await build({
            site: 'ours',
            format: 'mdx',
            scale,
            entries,
            project: incDir,
            contentDir: corpus.articlesDir,
            outDir: outInc,
            config,
            label: `digest incremental ${scale}x`,
          });
          await rebuild('incremental', incDir, outInc, incFirst, config);
          rmSync(incDir, { recursive: true, force: true });
          rmSync(outInc, { recursive: true, force: true });
        }
        rmSync(outOurs, { recursive: true, force: true });
      }
      if (wants('build') && bareDir) {
        const outBare = join(work, `out-bare-${scale}`);
        results.builds.push(
          await build({
            site: 'bare',
            format: 'mdx',
            scale,
            entries,
            project: bareDir,
            contentDir: corpus.articlesDir,
            outDir: outBare,
            label: `bare mdx ${scale}x`,
          }),
        );
        rmSync(outBare, { recursive: true, force: true });
      }
      if (first && wants('check')) {
        const load = currentLoad();
        say(`check: npm run check on ${entries} entries (load ${load.join(' ')})`);
        const m = await runMeasured(
          'npm',
          ['run', '--silent', 'check', '--', '--content-dir', corpus.articlesDir, '--json'],
          { cwd: repo, env: { ...process.env }, logFile: join(work, 'check.log') },
        );
        const text = m.lines.map((l) => l.text).join('\n');
        const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as {
          errors: number;
          warnings: number;
          seconds: number;
          entries: number;
        };
        results.check = {
          entries: json.entries,
          wallSeconds: Number(m.seconds.toFixed(2)),
          reportedSeconds: json.seconds,
          otherCpuSeconds: m.otherCpuSeconds,
          errors: json.errors,
          warnings: json.warnings,
          load,
        };
        say(
          `check: ${m.seconds.toFixed(2)} s (checking ${json.seconds} s), ${json.errors} errors, ${json.warnings} warnings`,
        );
      }
      if (wants('markdown') && markdownScales.includes(scale)) {
        const mdDir = join(corpusRoot, 'markdown-articles');
        const md = writeMarkdownVariant(corpus.articlesDir, mdDir);
        results.corpora.push(corpusStats(mdDir, scale, 'md', corpus.articles, md.seconds));
        const outMd = join(work, `out-md-${scale}`);
        results.builds.push(
          await build({
            site: 'ours',
            format: 'md',
            scale,
            entries,
            project: siteDir,
            contentDir: mdDir,
            outDir: outMd,
            label: `digest md ${scale}x`,
          }),
        );
        rmSync(outMd, { recursive: true, force: true });
        if (bareDir) {
          results.builds.push(
            await build({
              site: 'bare',
              format: 'md',
              scale,
              entries,
              project: bareDir,
              contentDir: mdDir,
              outDir: outMd,
              label: `bare md ${scale}x`,
            }),
          );
          rmSync(outMd, { recursive: true, force: true });
        }
      }
      if (!values.keep) rmSync(corpusRoot, { recursive: true, force: true });
    }
  }
  for (const step of ['build', 'markdown', 'rebuild', 'check', 'sizes'] as const)
    if (!wants(step)) results.skipped.push(`${step} (--only)`);
  if (wants('markdown') && !markdownScales.some((s) => scales.includes(s)))
    results.skipped.push(`markdown: none of --markdown-scales ${markdownScales.join(',')} is among --scales`);

  results.totalSeconds = (performance.now() - started) / 1000;
  console.log('');
  console.log(budgetTable(evaluateBudgets(results)));
  console.log('');
  if (results.builds.length > 0) {
    console.log(buildTable(results.builds));
    console.log('');
    console.log(phaseTable(results.builds));
  }
  const out = values.out ? resolve(values.out) : fullRun ? join(repo, 'BENCHMARKS.md') : join(work, 'BENCHMARKS.md');
  const previousFile = existsSync(out) ? out : join(repo, 'BENCHMARKS.md');
  const previous = existsSync(previousFile) ? readFileSync(previousFile, 'utf8') : undefined;
  writeFileSync(out, renderReport(results, { previous }));
  writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2));
  say(`wrote ${out} (raw results: ${join(work, 'results.json')}) in ${(results.totalSeconds / 60).toFixed(1)} min`);
  // Keep the logs, the raw results and a trial's report; the copies, corpora and outputs go.
  if (!values.keep)
    for (const name of readdirSync(work))
      if (!/\.log$|^results\.json$|^BENCHMARKS\.md$/.test(name))
        rmSync(join(work, name), { recursive: true, force: true });
}

await main();
