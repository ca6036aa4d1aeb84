/** The ingest's file effects on a real disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { dirname, resolve as resolvePath } from 'node:path';
import type { IngestFs } from './run.ts';

/**
 * Writes happen on a helper thread, each atomically (a temporary file beside the target, then a
 * rename), while the ingest goes on reading: on these machines a small file write costs as much as
 * reading a third of an article, and the ingest itself is synchronous, so the writes must run
 * elsewhere to overlap. The helper writes each batch it is sent in order with synchronous calls (on
 * its own thread they block nothing; measured, they cost less than the same writes through promises
 * and libuv's thread pool) and answers once per batch. Plain JavaScript, so the thread starts at once.
 * An entry's file can also be written ahead under a temporary name (`stage`) while the batch is read,
 * and only moved into place at the end (`commitStaged`), so the end of a run is mostly renames.
 */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const made = new Set();
function write(m) {
  if (m.remove) {
    try { fs.rmSync(m.target, { force: true }); } catch {}
    return { written: m.path, seq: m.seq };
  }
  // A staged file is already its own temporary: written as it is, or moved into place.
  const tmp = m.staged ? m.target : m.from ?? m.target + '.' + process.pid + '.' + m.seq + '.tmp';
  try {
    if (!made.has(m.dir)) { fs.mkdirSync(m.dir, { recursive: true }); made.add(m.dir); }
    if (m.from === undefined) fs.writeFileSync(tmp, m.text, 'utf8');
    if (!m.staged) fs.renameSync(tmp, m.target);
    return { written: m.path, seq: m.seq };
  } catch (err) {
    try { fs.rmSync(tmp, { force: true }); } catch {}
    return { failed: m.path, seq: m.seq, error: String((err && err.message) || err) };
  }
}
parentPort.on('message', (batch) => {
  const out = [];
  for (const m of batch) out.push(m.flush ? { flushed: m.flush } : write(m));
  parentPort.postMessage(out);
});
`;

/** The disk, for the ingest. `flush()` waits until every write is on disk and reports the first failure. */
export function nodeIngestFs(root = process.cwd()): IngestFs & { flush(): Promise<void> } {
  // resolve, not join: a content folder given as an absolute path ("--content /srv/digest/content")
  // is that folder, not one of the same name under the working directory.
  const abs = (p: string): string => resolvePath(root, p);
  /** What is being written, by path, so reads in the same run see it (with the write's number). */
  const pending = new Map<string, { text: string | Uint8Array; seq: number }>();
  /** Texts written ahead under a temporary name, by handle, until moved into place or dropped. */
  const staged = new Map<string, string>();
  let seq = 0;
  let writer: Worker | null = null;
  let failure: Error | null = null;
  let flushes = 0;
  const waiting = new Map<number, () => void>();
  /** Writes go over in batches: one message per file costs more than the copy of its text. */
  let batch: object[] = [];
  const BATCH = 16;
  const send = (m: object, now = false): void => {
    batch.push(m);
    if (now || batch.length >= BATCH) {
      writer ??= startWriter();
      writer.postMessage(batch);
      batch = [];
    }
  };

  const startWriter = (): Worker => {
    const w = new Worker(WRITER, { eval: true });
    w.on('message', (list: { written?: string; failed?: string; seq?: number; error?: string; flushed?: number }[]) => {
      for (const m of list) {
        if (m.failed) failure ??= new Error(`could not write ${m.failed}: ${m.error}`);
        const done = m.written ?? m.failed;
        // Forget the text once on disk, unless a later write of the same file is still queued.
        if (done && pending.get(done)?.seq === m.seq) pending.delete(done);
        if (m.flushed) {
          waiting.get(m.flushed)?.();
          waiting.delete(m.flushed);
        }
      }
    });
    w.on('error', (err) => {
      failure ??= err;
      for (const resolve of waiting.values()) resolve();
    });
    return w;
  };

  const write = (path: string, text: string | Uint8Array): void => {
    if (failure) throw failure;
    const target = abs(path);
    seq += 1;
    pending.set(path, { text, seq });
    // The folder is made by the writer too, so nothing here waits on the disk. Bytes are written as
    // they are (writeFileSync takes its 'utf8' only for text).
    send({ path, target, dir: dirname(target), text, seq });
  };

  return {
    readText(path) {
      const queued = pending.get(path);
      if (queued !== undefined)
        return typeof queued.text === 'string' ? queued.text : new TextDecoder().decode(queued.text);
      try {
        return readFileSync(abs(path), 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    remove(path) {
      seq += 1;
      pending.delete(path);
      send({ path, target: abs(path), remove: true, seq });
    },
    writeAtomic(path, text) {
      write(path, text);
    },
    writeBytes(path, bytes) {
      write(path, bytes);
    },
    stage(dir, text) {
      if (failure) throw failure;
      seq += 1;
      // Hidden and .tmp: no entry's name, and no listing of entries (.md, .mdx), Astro's included, finds
      // it; named as the writes' own temporaries, so a run that stops leaves nothing the next one keeps.
      const handle = `${dir}/.ingest.${process.pid}.${seq}.tmp`;
      staged.set(handle, text);
      send({ path: handle, target: abs(handle), dir: abs(dir), text, seq, staged: true });
      return handle;
    },
    commitStaged(handle, path) {
      if (failure) throw failure;
      const text = staged.get(handle);
      if (text === undefined) throw new Error(`ingest: nothing staged as ${handle}`);
      staged.delete(handle);
      const target = abs(path);
      seq += 1;
      pending.set(path, { text, seq });
      send({ path, target, dir: dirname(target), from: abs(handle), seq });
    },
    dropStaged(handle) {
      staged.delete(handle);
      seq += 1;
      send({ path: handle, target: abs(handle), remove: true, seq });
    },
    listFiles(dir, exts) {
      const out: string[] = [];
      const walk = (d: string): void => {
        let names: import('node:fs').Dirent[];
        try {
          names = readdirSync(abs(d), { withFileTypes: true });
        } catch {
          return;
        }
        for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
          const name = entry.name;
          const p = `${d}/${name}`;
          if (entry.isDirectory()) walk(p);
          // The path as the caller spells it (relative or absolute), so it compares with the paths it builds.
          else if (exts.some((e) => name.endsWith(e))) out.push(p);
        }
      };
      walk(dir);
      const queued = [...pending.keys()].filter((p) => p.startsWith(`${dir}/`) && exts.some((e) => p.endsWith(e)));
      return [...new Set([...out, ...queued])].sort();
    },
    async flush() {
      if (writer || batch.length > 0) {
        const id = ++flushes;
        await new Promise<void>((resolve) => {
          waiting.set(id, resolve);
          send({ flush: id }, true);
        });
        await writer!.terminate();
        writer = null;
      }
      if (failure) throw failure;
    },
  };
}
