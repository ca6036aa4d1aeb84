/** The ingest's file effects on a real disk. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { IngestFs } from './run.ts';

export function nodeIngestFs(root = process.cwd()): IngestFs {
  const abs = (p: string): string => join(root, p);
  const made = new Set<string>();
  return {
    readText(path) {
      try {
        return readFileSync(abs(path), 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    writeAtomic(path, text) {
      const target = abs(path);
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      // Write beside the target and rename: a reader sees the old file or the new one, never half.
      const tmp = `${target}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, text, 'utf8');
        renameSync(tmp, target);
      } catch (err) {
        if (existsSync(tmp)) rmSync(tmp, { force: true });
        throw err;
      }
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
          else if (exts.some((e) => name.endsWith(e))) out.push(relative(root, abs(p)).replace(/\\/g, '/'));
        }
      };
      walk(dir);
      return out.sort();
    },
  };
}
