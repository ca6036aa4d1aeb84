/**
 * Run a command and measure it: wall time, GNU time's peak RSS of the largest process, the peak RSS
 * of the whole process tree (sampled from /proc every 0.2 s), and every output line stamped with the
 * seconds since the start. The output also goes to a log file.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { StampedLine } from '../../src/lib/bench/build-phases.ts';
import type { Load } from '../../src/lib/bench/results.ts';

export interface Measured {
  seconds: number;
  exitCode: number;
  /** GNU time's "Maximum resident set size", MB (0 when /usr/bin/time is missing). */
  peakRssMB: number;
  peakTreeRssMB: number;
  /** CPU seconds the command and every process it started used (user + system; null when not measurable). */
  cpuSeconds: number | null;
  /**
   * CPU seconds the rest of the machine used meanwhile (all CPU time in /proc/stat minus the
   * command's): how quiet the machine was. Includes this benchmark's own sampling.
   */
  otherCpuSeconds: number | null;
  lines: StampedLine[];
  load: Load;
}

export const currentLoad = (): Load => loadavg().map((x) => Number(x.toFixed(2))) as Load;

const TIME = '/usr/bin/time';

/** Busy CPU time of the whole machine so far, in seconds (from /proc/stat; USER_HZ is 100 on Linux). */
export function machineBusySeconds(): number | null {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number) as number[];
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds the rest of the machine used since `busyBefore` (a machineBusySeconds() reading), given our own. */
function othersCpuSince(busyBefore: number | null, ownSeconds: number | null): number | null {
  const busyAfter = machineBusySeconds();
  return busyBefore !== null && busyAfter !== null && ownSeconds !== null
    ? Math.max(0, busyAfter - busyBefore - ownSeconds)
    : null;
}

/** Run work in this process and say how quiet the machine was: the load before, the others' CPU meanwhile. */
export async function measureInProcess<T>(
  work: () => Promise<T>,
): Promise<{ value: T; load: Load; otherCpuSeconds: number | null }> {
  const load = currentLoad();
  const busyBefore = machineBusySeconds();
  const own = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(own);
  return { value, load, otherCpuSeconds: othersCpuSince(busyBefore, (used.user + used.system) / 1e6) };
}

function rssKB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended between two looks.
  }
  return out;
}

/** CPU seconds a process has used so far (utime + stime of /proc/<pid>/stat; USER_HZ is 100). */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * One look at the process tree: its resident memory now, and the CPU each process has used so far
 * (kept per process, so a child that is never waited for, such as Pagefind's service, still counts).
 */
function sampleTree(root: number, cpuByPid: Map<number, number>): number {
  let total = 0;
  const seen = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKB(pid);
    cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, cpuSecondsOf(pid)));
    stack.push(...children(pid));
  }
  return total;
}

export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; echo?: (line: string) => void },
): Promise<Measured> {
  const load = currentLoad();
  const timeFile = `${options.logFile}.time`;
  const useTime = existsSync(TIME);
  const argv = useTime ? ['-f', '%M %U %S', '-o', timeFile, command, ...args] : [...args];
  const busyBefore = machineBusySeconds();
  const log = createWriteStream(options.logFile);
  const lines: StampedLine[] = [];
  const started = performance.now();
  const child = spawn(useTime ? TIME : command, argv, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakTree = 0;
  const cpuByPid = new Map<number, number>();
  const sampler = setInterval(() => {
    if (child.pid) peakTree = Math.max(peakTree, sampleTree(child.pid, cpuByPid));
  }, 200);
  const partial = { out: '', err: '' };
  const take = (which: 'out' | 'err', chunk: Buffer): void => {
    const t = (performance.now() - started) / 1000;
    log.write(chunk);
    const text = partial[which] + chunk.toString('utf8');
    const parts = text.split('\n');
    partial[which] = parts.pop()!;
    for (const p of parts) {
      lines.push({ t, text: p });
      options.echo?.(p);
    }
  };
  child.stdout.on('data', (c: Buffer) => take('out', c));
  child.stderr.on('data', (c: Buffer) => take('err', c));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  for (const which of ['out', 'err'] as const) if (partial[which]) lines.push({ t: seconds, text: partial[which] });
  await new Promise<void>((resolve) => log.end(resolve));
  let peakRssKB = 0;
  let cpuSeconds: number | null = null;
  if (useTime && existsSync(timeFile)) {
    // The last line (a failing command adds "Command exited with non-zero status" before it).
    const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(readFileSync(timeFile, 'utf8').trim());
    if (m) {
      peakRssKB = Number(m[1]);
      cpuSeconds = Number(m[2]) + Number(m[3]);
    }
    rmSync(timeFile, { force: true });
  }
  // GNU time counts the children the command waited for; the samples also see those it did not
  // (up to the last 0.2 s of each). Take whichever saw more.
  const sampled = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
  if (sampled > 0) cpuSeconds = Math.max(cpuSeconds ?? 0, sampled);
  const otherCpuSeconds = othersCpuSince(busyBefore, cpuSeconds);
  return {
    seconds,
    exitCode,
    peakRssMB: peakRssKB / 1024,
    peakTreeRssMB: peakTree / 1024,
    cpuSeconds,
    otherCpuSeconds,
    lines,
    load,
  };
}
