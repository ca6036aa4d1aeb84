/**
 * Where the search indexer's copy of the pages goes: a folder in memory (/dev/shm) when the machine has
 * one with room to spare, since writing some thousands of small files and having Pagefind read them back
 * cost a second or two on disk at 1×; otherwise the system's temporary folder. A container's /dev/shm
 * is often small (64 MB), so its free space is checked against what the copy needs, twice over.
 */
import { existsSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';

export interface Candidate {
  path: string;
  /** Free bytes, or null when the folder is missing or cannot be asked. */
  free: number | null;
}

/** The first candidate with at least twice `bytes` free; the last candidate (the temporary folder) otherwise. */
export function pickStaging(candidates: readonly Candidate[], bytes: number): string {
  const roomy = candidates.find((c) => c.free !== null && c.free >= 2 * bytes);
  return (roomy ?? candidates[candidates.length - 1]!).path;
}

function freeBytes(path: string): number | null {
  try {
    if (!existsSync(path)) return null;
    const s = statfsSync(path);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/** The folder to make the copy in, for a copy of about `bytes`. */
export function stagingParent(bytes: number): string {
  const memory = '/dev/shm';
  return pickStaging(
    [
      { path: memory, free: freeBytes(memory) },
      { path: tmpdir(), free: freeBytes(tmpdir()) },
    ],
    bytes,
  );
}
