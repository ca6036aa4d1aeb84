/** The ingest's file effects in memory, with every write, in order ("-path" for a removal). */
import type { IngestFs } from '../../src/lib/ingest/run.ts';

export function memoryFs(): IngestFs & { files: Map<string, string>; writes: string[] } {
  const files = new Map<string, string>();
  const writes: string[] = [];
  return {
    files,
    writes,
    readText: (p) => files.get(p) ?? null,
    writeAtomic: (p, t) => {
      writes.push(p);
      files.set(p, t);
    },
    writeBytes: (p, b) => {
      writes.push(p);
      files.set(p, new TextDecoder().decode(b));
    },
    remove: (p) => {
      writes.push(`-${p}`);
      files.delete(p);
    },
    listFiles: (dir, exts) =>
      [...files.keys()].filter((p) => p.startsWith(`${dir}/`) && exts.some((e) => p.endsWith(e))).sort(),
  };
}
