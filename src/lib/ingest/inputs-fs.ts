/**
 * What the ingest reads from disk: the files and folders given on the command line, walked and read so
 * that one bad item never stops the rest. A folder is its .txt files and saved pages (.html),
 * recursively, in name order, without the "<name>_files" folder a browser saves beside a page. Only
 * regular files are read (a FIFO would hang the run, /dev/zero never end), each up to a size limit; a
 * symbolic link loop, a dangling link or an unreadable folder is reported as its own failure, and the
 * walk goes on.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { PAGE_FILE, pageInput, problemText } from './page-input.ts';
import type { IngestInput } from './run.ts';

/** One input as given or found, in order: read, or why not. */
export interface InputSlot {
  label: string;
  input?: IngestInput;
  error?: string;
  /** A web address, fetched later. */
  address?: string;
}

/** The largest file read, by default: articles are a few KB, a saved page a few hundred. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const RAW_TEXT = /\.(txt|text)$/i;

const message = (vi: string, en: string): string => `${vi} / ${en}`;

/** Why an item of a folder could not be walked, in words. */
function walkProblem(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ELOOP':
      return message(
        'liên kết tượng trưng vòng lặp (trỏ về chính nó); đã bỏ qua',
        'a symbolic link loop (it points back to itself); skipped',
      );
    case 'ENOENT':
      return message(
        'liên kết tượng trưng trỏ tới tệp không còn tồn tại; đã bỏ qua',
        'a symbolic link to a file that no longer exists; skipped',
      );
    case 'EACCES':
    case 'EPERM':
      return message('không có quyền đọc; đã bỏ qua', 'no permission to read it; skipped');
    default:
      return message(
        `không đọc được (${err.code ?? err.message}); đã bỏ qua`,
        `could not be read (${err.code ?? err.message}); skipped`,
      );
  }
}

/**
 * The inputs named by `paths` (files, folders, addresses), each relative path taken from `cwd` — where
 * the user typed the command (npm's INIT_CWD), not the project's folder npm runs in.
 */
export function collectInputs(paths: readonly string[], cwd: string, isAddress: (p: string) => boolean): InputSlot[] {
  const slots: InputSlot[] = [];
  const visited = new Set<string>();
  const walk = (dir: string, label: string): void => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      // A link back to a folder already walked (a loop through a directory link) is not walked twice.
      if (visited.has(real)) throw Object.assign(new Error('loop'), { code: 'ELOOP' });
      visited.add(real);
      names = readdirSync(dir).sort();
    } catch (err) {
      slots.push({ label, error: walkProblem(err as NodeJS.ErrnoException) });
      return;
    }
    const pages = new Set(names.filter((n) => PAGE_FILE.test(n)).map((n) => n.replace(PAGE_FILE, '')));
    for (const name of names) {
      const child = join(dir, name);
      const childLabel = join(label, name);
      let isDir: boolean;
      try {
        isDir = statSync(child).isDirectory();
      } catch (err) {
        slots.push({ label: childLabel, error: walkProblem(err as NodeJS.ErrnoException) });
        continue;
      }
      if (isDir) {
        const besidePage = name.endsWith('_files') && pages.has(name.slice(0, -'_files'.length));
        if (!besidePage) walk(child, childLabel);
      } else if (RAW_TEXT.test(name) || PAGE_FILE.test(name)) slots.push({ label: childLabel });
    }
  };
  for (const p of paths) {
    if (isAddress(p)) {
      slots.push({ label: p, address: p.trim() });
      continue;
    }
    const abs = resolve(cwd, p);
    try {
      if (statSync(abs).isDirectory()) walk(abs, p);
      else slots.push({ label: p });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      let dangling = false;
      try {
        dangling = code === 'ENOENT' && lstatSync(abs).isSymbolicLink();
      } catch {
        // not there at all
      }
      slots.push({
        label: p,
        error:
          code === 'ENOENT' && !dangling
            ? message('không có tệp hay thư mục này', 'no such file or folder')
            : walkProblem(err as NodeJS.ErrnoException),
      });
    }
  }
  return slots;
}

/**
 * A file's bytes, when it is a regular file no bigger than `maxBytes`; otherwise why not. Opened once and
 * checked on the open file (a FIFO is refused before any read, so it cannot hang the run).
 */
export function readRegularFile(path: string, maxBytes: number): { bytes: Buffer } | { error: string } {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO with no writer does not wait for one; what it is is checked
    // on the open file below.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { error: walkProblem(err as NodeJS.ErrnoException) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return {
        error: message(
          'không phải tệp thường (một thiết bị, một ống dẫn…); chỉ đọc tệp văn bản hoặc trang đã lưu',
          'not a regular file (a device, a pipe…); only text files and saved pages are read',
        ),
      };
    if (st.size > maxBytes) {
      const mb = (n: number): string => (n / 1024 / 1024).toFixed(0);
      return {
        error: message(
          `tệp quá lớn (${mb(st.size)} MB, giới hạn ${mb(maxBytes)} MB); nếu đúng là một bài, chạy lại với --max-size ${Math.ceil(st.size / 1024 / 1024)}`,
          `the file is too large (${mb(st.size)} MB, the limit is ${mb(maxBytes)} MB); if it really is one article, run again with --max-size ${Math.ceil(st.size / 1024 / 1024)}`,
        ),
      };
    }
    const bytes = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, bytes, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

/** Read a found file into its slot: a saved page through the page reader, text as UTF-8. */
export function readSlot(slot: InputSlot, cwd: string, maxBytes: number): void {
  const got = readRegularFile(resolve(cwd, slot.label), maxBytes);
  if ('error' in got) {
    slot.error = got.error;
    return;
  }
  if (PAGE_FILE.test(slot.label)) {
    const page = pageInput(slot.label, got.bytes);
    if ('problem' in page) slot.error = problemText(page.problem);
    else slot.input = { ...page.input, location: resolve(cwd, slot.label) };
    return;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(got.bytes);
    if (text.trim() === '') slot.error = message('tệp rỗng', 'the file is empty');
    else slot.input = { path: slot.label, text, location: resolve(cwd, slot.label) };
  } catch {
    slot.error = message(
      'tệp không phải văn bản UTF-8; hãy lưu lại dạng UTF-8 rồi chạy lại',
      'the file is not UTF-8 text; save it as UTF-8 and try again',
    );
  }
}
