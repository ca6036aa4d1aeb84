/**
 * One ingest at a time in a content folder. Two runs at once used to interleave their reads and writes
 * (a source lost, entries written twice); now a run takes `<content>/.ingest.lock`, created exclusively
 * with its process id, and a second run waits for it with a message. A lock left by a run that was
 * killed (its process is gone) is stale: it is reported and taken over. The same run also removes the
 * temporary files a killed run left behind (`<file>.<pid>.<n>.tmp` of a process that no longer runs).
 */
import { mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

const LOCK_NAME = '.ingest.lock';

/** Is a process of this machine still running? (Signal 0 only asks.) */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return Number.isInteger(h.pid) ? h : null;
  } catch {
    return null;
  }
}

export interface LockEvents {
  /** Another run holds the lock: said once, then the run waits. */
  waiting?: (holder: LockHolder) => void;
  /** A lock of a run that is gone was removed. */
  stale?: (holder: LockHolder | null) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Take the content folder's lock, waiting while another live run holds it (up to `maxWaitMs`). Returns
 * the function that releases it (also called on exit).
 */
export async function acquireContentLock(
  contentDir: string,
  events: LockEvents = {},
  { pollMs = 200, maxWaitMs = 30 * 60_000 } = {},
): Promise<() => void> {
  mkdirSync(contentDir, { recursive: true });
  const path = join(contentDir, LOCK_NAME);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  let toldWaiting = false;
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(path);
    // A lock of another machine (a shared folder) cannot be checked: it is waited for like a live one.
    const gone = holder === null ? false : holder.host === me.host && !isAlive(holder.pid);
    if (gone) {
      rmSync(path, { force: true });
      events.stale?.(holder);
      continue;
    }
    if (!toldWaiting && holder) {
      events.waiting?.(holder);
      toldWaiting = true;
    }
    if (Date.now() > deadline)
      throw new Error(
        `another ingest (pid ${holder?.pid ?? '?'}) still holds ${path} / một lần nhập khác (pid ${holder?.pid ?? '?'}) vẫn đang giữ ${path}`,
      );
    // A lock file being written by its holder reads as empty for an instant: wait and look again.
    await sleep(pollMs);
  }
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    if (readHolder(path)?.pid === me.pid) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return release;
}

const TEMP = /\.(\d+)\.\d+\.tmp$/u;

/** Remove the temporary files under `dir` that a run no longer alive left behind; returns how many. */
export function removeStaleTemporaries(dir: string): number {
  let removed = 0;
  const walk = (d: string): void => {
    let names: import('node:fs').Dirent[];
    try {
      names = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of names) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const m = TEMP.exec(e.name);
        if (m && Number(m[1]) !== process.pid && !isAlive(Number(m[1]))) {
          rmSync(p, { force: true });
          removed += 1;
        }
      }
    }
  };
  walk(dir);
  return removed;
}
