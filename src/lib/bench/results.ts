/** What one benchmark run measured: the shape BENCHMARKS.md is written from. */
import type { Phase } from './build-phases.ts';
import type { TypeWeight } from './page-weights.ts';
import type { IngestBenchResult } from './ingest-bench-fs.ts';

/** The 1-, 5- and 15-minute load averages just before a measurement. */
export type Load = [number, number, number];

export interface BuildMeasure {
  site: 'ours' | 'bare';
  format: 'mdx' | 'md';
  scale: number;
  entries: number;
  /** HTML files written. */
  pages: number;
  /** Wall time of `astro build`, Node start to exit. */
  seconds: number;
  /** Peak resident memory of the largest process (GNU time's "Maximum resident set size"), MB. */
  peakRssMB: number;
  /** Peak resident memory of the whole process tree (Astro and Pagefind together), sampled every 0.2 s, MB. */
  peakTreeRssMB: number;
  /** CPU seconds the build used (user + system, Pagefind included). */
  cpuSeconds: number | null;
  /** CPU seconds the rest of the machine used during the build: how quiet it was. */
  otherCpuSeconds: number | null;
  phases: Partial<Record<Phase, number>>;
  /** Render seconds by route (Astro's per-page timings), the slowest first. */
  routes?: { route: string; pages: number; seconds: number }[];
  load: Load;
  ok: boolean;
  /** Why the build failed, or anything unusual. */
  note?: string;
}

export interface RebuildMeasure {
  /** `default`: the site as configured; `incremental`: with experimental.incrementalBuild. */
  mode: 'default' | 'incremental';
  scale: number;
  /** The full build before the edit (cold caches). */
  first: BuildMeasure;
  /** The build after editing one entry (caches from the first build kept). */
  second: BuildMeasure;
  edit: string;
}

export interface CheckMeasure {
  entries: number;
  /** `npm run check` as an editor runs it: process start to exit. */
  wallSeconds: number;
  /** The time the check itself reports (reading and checking, without Node start-up). */
  reportedSeconds: number | null;
  otherCpuSeconds: number | null;
  errors: number;
  warnings: number;
  load: Load;
}

/** The ingest row: the benchmark's result with the state of the machine around it. */
export interface IngestMeasure extends IngestBenchResult {
  /** CPU seconds the rest of the machine used during the run. */
  otherCpuSeconds: number | null;
  load: Load;
}

export interface CorpusStats {
  scale: number;
  format: 'mdx' | 'md';
  articles: number;
  entries: number;
  /** Figures (kpis + targets) per entry: min, median, max. */
  figures: [number, number, number];
  awards: number;
  people: number;
  bytes: number;
  seconds: number;
}

export interface BenchResults {
  command: string;
  startedAt: string;
  totalSeconds: number;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; kernel: string };
  versions: Record<string, string>;
  nodeOptions: string;
  corpus: { provinces: number; years: number; seed: number; scales: number[]; lastYear: number };
  corpora: CorpusStats[];
  builds: BuildMeasure[];
  rebuilds: RebuildMeasure[];
  check: CheckMeasure | null;
  ingest: IngestMeasure[];
  sizes: TypeWeight[] | null;
  /** What was not measured in this run, and why. */
  skipped: string[];
  notes: string[];
}
