/** The ingest's file effects on a real disk. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { dirname, resolve as resolvePath } from 'node:path';
import type { IngestFs } from './run.ts';

/**
 * Writes happen on a helper thread, each atomically (a temporary file beside the target, then a
 * rename), while the ingest goes on reading: on these machines a small file write costs as much as
 * reading a third of an article, and the ingest itself is synchronous, so the writes must run
 * elsewhere to overlap. Plain JavaScript, so the thread starts at once.
 */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
parentPort.on('message', (m) => {
  if (m.flush) return parentPort.postMessage({ flushed: m.flush });
  const tmp = m.target + '.' + process.pid + '.tmp';
  try {
    fs.writeFileSync(tmp, m.text, 'utf8');
    fs.renameSync(tmp, m.target);
    parentPort.postMessage({ written: m.path, seq: m.seq });
  } catch (err) {
    try { fs.rmSync(tmp, { force: true }); } catch {}
    parentPort.postMessage({ failed: m.path, seq: m.seq, error: String(err && err.message || err) });
  }
});
`;

/** The disk, for the ingest. `flush()` waits until every write is on disk and reports the first failure. */
export function nodeIngestFs(root = process.cwd()): IngestFs & { flush(): Promise<void> } {
  // resolve, not join: a content folder given as an absolute path ("--content /srv/digest/content")
  // is that folder, not one of the same name under the working directory.
  const abs = (p: string): string => resolvePath(root, p);
  const made = new Set<string>();
  /** What is being written, by path, so reads in the same run see it (with the write's number). */
  const pending = new Map<string, { text: string; seq: number }>();
  let seq = 0;
  let writer: Worker | null = null;
  let failure: Error | null = null;
  let flushes = 0;
  const waiting = new Map<number, () => void>();

  const startWriter = (): Worker => {
    const w = new Worker(WRITER, { eval: true });
    w.on('message', (m: { written?: string; failed?: string; seq?: number; error?: string; flushed?: number }) => {
      if (m.failed) failure ??= new Error(`could not write ${m.failed}: ${m.error}`);
      const done = m.written ?? m.failed;
      // Forget the text once on disk, unless a later write of the same file is still queued.
      if (done && pending.get(done)?.seq === m.seq) pending.delete(done);
      if (m.flushed) {
        waiting.get(m.flushed)?.();
        waiting.delete(m.flushed);
      }
    });
    w.on('error', (err) => {
      failure ??= err;
      for (const resolve of waiting.values()) resolve();
    });
    return w;
  };

  return {
    readText(path) {
      const queued = pending.get(path);
      if (queued !== undefined) return queued.text;
      try {
        return readFileSync(abs(path), 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    exists(path) {
      return pending.has(path) || existsSync(abs(path));
    },
    writeAtomic(path, text) {
      if (failure) throw failure;
      const target = abs(path);
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      seq += 1;
      pending.set(path, { text, seq });
      writer ??= startWriter();
      writer.postMessage({ path, target, text, seq });
    },
    listFiles(dir, exts) {
      const out: string[] = [];
      const walk = (d: string): void => {
        let names: string[];
        try {
          names = readdirSync(abs(d));
        } catch {
          return;
        }
        for (const name of names.sort()) {
          const p = `${d}/${name}`;
          if (statSync(abs(p)).isDirectory()) walk(p);
          // The path as the caller spells it (relative or absolute), so it compares with the paths it builds.
          else if (exts.some((e) => name.endsWith(e))) out.push(p);
        }
      };
      walk(dir);
      const queued = [...pending.keys()].filter((p) => p.startsWith(`${dir}/`) && exts.some((e) => p.endsWith(e)));
      return [...new Set([...out, ...queued])].sort();
    },
    async flush() {
      if (writer) {
        const id = ++flushes;
        await new Promise<void>((resolve) => {
          waiting.set(id, resolve);
          writer!.postMessage({ flush: id });
        });
        await writer.terminate();
        writer = null;
      }
      if (failure) throw failure;
    },
  };
}
