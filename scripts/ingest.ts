/**
 * npm run ingest -- <file-or-folder>...            convert raw articles into entries under content/
 * npm run --silent ingest -- --dry-run --json <file>...   print one JSON line per input, write nothing
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { nodeIngestFs } from '../src/lib/ingest/ingest-fs.ts';
import { dryRun, runIngest, type IngestInput, type InputOutcome } from '../src/lib/ingest/run.ts';

const USAGE = `Usage:
  npm run ingest -- <file-or-folder>...          convert raw article text into content/articles/
  npm run --silent ingest -- --dry-run --json <file-or-folder>...
                                                 print one JSON object per input; write nothing
Options:
  --force          replace entries that were changed by hand since they were ingested
  --content <dir>  the content folder (default: content)
  --dry-run        read and report, write nothing
  --json           one JSON object per input on stdout (with --dry-run)
  -h, --help       this help`;

/**
 * Exit once what was written to stdout and stderr has left the process: process.exit() on its own
 * drops whatever a pipe has not taken yet (a long --json line was cut at 64 KB when piped).
 */
async function exit(code: number): Promise<never> {
  await Promise.all(
    [process.stdout, process.stderr].map((s) => new Promise<void>((done) => s.write('', () => done()))),
  );
  process.exit(code);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (err) {
  fail(`${(err as Error).message}\n\n${USAGE}`);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length === 0) fail(`Give at least one file or folder of raw articles.\n\n${USAGE}`);
if (values.json && !values['dry-run']) fail('--json is only available with --dry-run.');

/** Files to read: a folder means its .txt files (recursively), in name order. */
function collect(paths: string[]): { inputs: string[]; missing: string[] } {
  const inputs: string[] = [];
  const missing: string[] = [];
  const walk = (p: string): void => {
    for (const name of readdirSync(p).sort()) {
      const child = join(p, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (/\.(txt|text)$/i.test(name)) inputs.push(child);
    }
  };
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) walk(p);
      else inputs.push(p);
    } catch {
      missing.push(p);
    }
  }
  return { inputs, missing };
}

const { inputs: files, missing } = collect(positionals);
const read: IngestInput[] = [];
const unreadable: { file: string; error: string }[] = missing.map((file) => ({
  file,
  error: 'không có tệp hay thư mục này / no such file or folder',
}));
for (const file of files) {
  try {
    const buf = readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.trim() === '') unreadable.push({ file, error: 'tệp rỗng / the file is empty' });
    else read.push({ path: file, text });
  } catch (err) {
    unreadable.push({
      file,
      error:
        err instanceof TypeError
          ? 'tệp không phải văn bản UTF-8; hãy lưu lại dạng UTF-8 rồi chạy lại / the file is not UTF-8 text; save it as UTF-8 and try again'
          : (err as Error).message,
    });
  }
}

if (values['dry-run']) {
  const lines: object[] = [...unreadable, ...read.map(dryRun)];
  if (values.json) {
    for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
  } else {
    for (const line of lines as {
      file: string;
      error?: string;
      data?: { province: string | null; review: { warnings: unknown[] } };
    }[]) {
      process.stdout.write(
        line.error
          ? `✗ ${line.file}: ${line.error}\n`
          : `✓ ${line.file} → ${line.data!.province ?? 'province not identified'} (${line.data!.review.warnings.length} warnings)\n`,
      );
    }
  }
  await exit(lines.some((l) => 'error' in l) ? 1 : 0);
}

const tty = process.stderr.isTTY === true;
const disk = nodeIngestFs();
const outcomes: InputOutcome[] = runIngest(
  read,
  {
    contentDir: values.content!,
    force: values.force!,
    onProgress: (done, total, file) => {
      if (tty) process.stderr.write(`\r\x1b[2K[${done}/${total}] ${file.slice(-60)}`);
      else if (done % 100 === 0 || done === total) process.stderr.write(`read ${done}/${total}\n`);
    },
  },
  disk,
);
try {
  await disk.flush();
} catch (err) {
  process.stderr.write(
    `\nA file could not be written: ${(err as Error).message}\nNothing is half-written (each file is written whole, then renamed); run the ingest again once the disk is fixed.\n`,
  );
  await exit(1);
}
if (tty) process.stderr.write('\r\x1b[2K');

// Summary.
const all = [...unreadable.map((u) => ({ file: u.file, error: u.error, entries: [] })), ...outcomes];
const failed = all.filter((o) => o.error || o.entries.some((e) => e.status === 'failed'));
const entries = new Map<string, InputOutcome['entries'][number]>();
for (const o of outcomes) for (const e of o.entries) if (e.path) entries.set(e.path, e);
const count = (s: string): number => [...entries.values()].filter((e) => e.status === s).length;
const review = [...entries.values()].filter((e) => e.review === 'needs-review' && e.status !== 'skipped-edited');
const skipped = [...entries.values()].filter((e) => e.status === 'skipped-edited');

const out = process.stdout;
const fileCount = read.length + unreadable.length;
out.write(
  `\nĐã nhập ${fileCount} tệp: ${entries.size} bài — ${count('created')} mới, ${count('updated')} cập nhật, ${count('unchanged')} không đổi.\n`,
);
out.write(
  `Ingested ${fileCount} file(s): ${entries.size} entr${entries.size === 1 ? 'y' : 'ies'} — ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged.\n`,
);
const merged = [...entries.values()].filter((e) => e.mergedWith.length > 0);
if (merged.length > 0) {
  out.write(
    `\nCùng một hội nghị từ nhiều nguồn (gộp thành một bài) / Same conference from several sources (merged into one entry): ${merged.length}\n`,
  );
  for (const e of merged) out.write(`  ${e.path}\n    + ${e.mergedWith.join(', ')}\n`);
}
if (review.length > 0) {
  out.write(`\nCần rà soát / Needs review: ${review.length}\n`);
  for (const e of review) {
    out.write(`  ${e.path}\n`);
    for (const w of e.warnings.slice(0, 6))
      out.write(`    - ${w.field}: ${w.message}\n${w.messageEn ? `      ${w.messageEn}\n` : ''}`);
    if (e.warnings.length > 6)
      out.write(
        `    … ${e.warnings.length - 6} nữa, xem review.warnings trong tệp / ${e.warnings.length - 6} more, see review.warnings in the file\n`,
      );
  }
}
if (skipped.length > 0) {
  out.write(`\nĐể nguyên (đã sửa tay) / Left alone (changed by hand): ${skipped.length}\n`);
  for (const e of skipped) out.write(`  ${e.message}\n`);
}
if (failed.length > 0) {
  out.write(`\nLỗi / Failed: ${failed.length}\n`);
  for (const f of failed) {
    out.write(`  ${f.file}: ${f.error ?? f.entries.find((e) => e.status === 'failed')?.message}\n`);
  }
}
out.write(
  failed.length === 0
    ? '\nXong. Kiểm tra các bài bằng: npm run check / Done. Check the entries with: npm run check\n'
    : '\nXong, có lỗi. Kiểm tra các bài bằng: npm run check / Done, with failures. Check the entries with: npm run check\n',
);
await exit(failed.length > 0 ? 1 : 0);
