/** The machine and the versions a benchmark ran with, for BENCHMARKS.md. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';

export function machineInfo(): { cpu: string; cores: number; memoryGB: number; os: string; kernel: string } {
  let os = 'unknown';
  if (existsSync('/etc/os-release'))
    os = /PRETTY_NAME="?([^"\n]+)"?/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os,
    kernel: release(),
  };
}

const PACKAGES = [
  'astro',
  '@astrojs/mdx',
  '@astrojs/markdown-satteri',
  'satteri',
  'vite',
  'rolldown',
  '@astrojs/sitemap',
  'pagefind',
  'chart.js',
  'tsx',
];

function versionOf(repo: string, name: string): string | null {
  const direct = join(repo, 'node_modules', name, 'package.json');
  if (existsSync(direct)) return (JSON.parse(readFileSync(direct, 'utf8')) as { version: string }).version;
  // Astro's own copy of a dependency (vite, rolldown) when it is not hoisted.
  const nested = join(repo, 'node_modules', 'astro', 'node_modules', name, 'package.json');
  if (existsSync(nested)) return (JSON.parse(readFileSync(nested, 'utf8')) as { version: string }).version;
  return null;
}

export function versions(repo: string): Record<string, string> {
  const out: Record<string, string> = { node: process.version };
  for (const p of PACKAGES) {
    const v = versionOf(repo, p);
    if (v) out[p] = v;
  }
  return out;
}
