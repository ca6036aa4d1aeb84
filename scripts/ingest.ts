/**
 * npm run ingest -- <file-or-folder-or-address>...   convert raw articles, saved pages or web addresses into entries
 * npm run ingest -- --urls list.txt                  the same for a list of addresses, one a line
 * npm run --silent ingest -- --dry-run --json <input>...   print one JSON line per input, write nothing
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPageFetcher, type FetchResult } from '../src/lib/ingest/fetch-fs.ts';
import { fetchProblems, fetchSettingsFrom, isAddress, parseUrlList } from '../src/lib/ingest/fetch.ts';
import { nodeIngestFs } from '../src/lib/ingest/ingest-fs.ts';
import { collectInputs, DEFAULT_MAX_BYTES, readSlot, type InputSlot } from '../src/lib/ingest/inputs-fs.ts';
import { acquireContentLock, removeStaleTemporaries } from '../src/lib/ingest/lock-fs.ts';
import { pageInput, problemText } from '../src/lib/ingest/page-input.ts';
import { extractMany, ingestOnThreads, type ExtractManyOptions } from '../src/lib/ingest/extract-pool.ts';
import { dryRun, type IngestInput, type InputOutcome } from '../src/lib/ingest/run.ts';
import { entryLines } from '../src/lib/ingest/summary.ts';

const USAGE = `Usage:
  npm run ingest -- <file-or-folder-or-address>...   convert raw article text (.txt), pages saved from a
                                                   browser (.html) or web addresses (https://…) into
                                                   content/articles/
  npm run ingest -- --urls list.txt                the addresses in list.txt, one a line
  npm run --silent ingest -- --dry-run --json <input>...
                                                   print one JSON object per input; write nothing
Options:
  --urls <file>    read addresses from a file, one a line (# starts a comment); may be given more than once
  --timeout <s>    give up on a page after this many seconds (default 20; env INGEST_FETCH_TIMEOUT)
  --rate <n>       at most n pages a second from one site (default 2; env INGEST_FETCH_RATE)
  --force          replace entries that were changed by hand since they were ingested
  --content <dir>  the content folder (default: content; --content-dir is the same)
  --max-size <MB>  read files up to this size (default 50)
  --threads <n>    read articles on n more threads beside the main one (default: one per spare core
                   from 800 articles on; 0 reads on one thread)
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

/** A "Vietnamese / English" message with the English on the next line, under the input's. */
function twoLines(message: string): string {
  const cut = message.indexOf(' / ');
  return cut > 0 ? `${message.slice(0, cut)}\n    ${message.slice(cut + 3)}` : message;
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      content: { type: 'string' },
      'content-dir': { type: 'string' },
      'max-size': { type: 'string' },
      threads: { type: 'string' },
      urls: { type: 'string', multiple: true, default: [] },
      timeout: { type: 'string' },
      rate: { type: 'string' },
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
if (positionals.length === 0 && values.urls!.length === 0)
  fail(`Give at least one file or folder of raw articles, a saved page or a web address.\n\n${USAGE}`);
if (values.json && !values['dry-run']) fail('--json is only available with --dry-run.');
const settings = fetchSettingsFrom({ timeout: values.timeout, rate: values.rate }, process.env);
if ('error' in settings) fail(settings.error);
if (values.content && values['content-dir'] && values.content !== values['content-dir'])
  fail('--content and --content-dir name the same folder: give one.');
const maxMb = values['max-size'] === undefined ? DEFAULT_MAX_BYTES / 1024 / 1024 : Number(values['max-size']);
if (!(maxMb > 0)) fail('--max-size takes a size in MB, more than 0 (--max-size 80).');
const maxBytes = maxMb * 1024 * 1024;
const threads = values.threads === undefined ? undefined : Number(values.threads);
if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0 && threads <= 64))
  fail('--threads takes a whole number of threads from 0 to 64 (--threads 0 reads on one thread).');
/**
 * Where the user typed the command: npm runs scripts in the project's folder and says where it was
 * started in INIT_CWD, so "npm run ingest -- ../bai/01.txt" from a sub-folder means that folder's file.
 * (Only when npm started this script: another npm script's INIT_CWD, inherited, says nothing about it.)
 */
const userDir =
  process.env.npm_lifecycle_event === 'ingest' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
/** The content folder: the project's by default, or the one given, taken from where the user typed it. */
const contentOption = values.content ?? values['content-dir'];
const contentDir =
  contentOption === undefined ? 'content' : relative(process.cwd(), resolve(userDir, contentOption)) || '.';

type Slot = InputSlot;

/** Addresses from --urls files, each bad line its own failure. */
function listed(files: string[]): Slot[] {
  const slots: Slot[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(resolve(userDir, file), 'utf8');
    } catch {
      slots.push({ label: file, error: 'không có tệp danh sách địa chỉ này / no such list of addresses' });
      continue;
    }
    const { urls, bad } = parseUrlList(text);
    for (const b of bad)
      slots.push({ label: `${file}:${b.line}`, error: problemText(fetchProblems.badListLine(file, b.line)) });
    for (const url of urls) slots.push({ label: url, address: url });
  }
  return slots;
}

const tty = process.stderr.isTTY === true;
const slots = [...collectInputs(positionals, userDir, isAddress), ...listed(values.urls!)];
for (const slot of slots) if (!slot.error && !slot.address) readSlot(slot, userDir, maxBytes);

// Addresses: fetched a few at a time (different sites go on together; each site gets its pace), all of
// them before any is read, so that reading a page (which keeps this thread busy) never eats into the
// time limit of a request still under way.
const addresses = slots.filter((s) => s.address);
if (addresses.length > 0) {
  const fetchPage = createPageFetcher(settings);
  const fetched = new Map<Slot, FetchResult>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < addresses.length) {
      const slot = addresses[next++]!;
      fetched.set(slot, await fetchPage(slot.address!));
      if (tty) process.stderr.write(`\r\x1b[2K[${fetched.size}/${addresses.length}] ${slot.label.slice(-60)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, addresses.length) }, worker));
  if (tty) process.stderr.write('\r\x1b[2K');
  for (const slot of addresses) {
    const got = fetched.get(slot)!;
    if (!got.ok) {
      slot.error = problemText(got.problem);
      continue;
    }
    const page = pageInput(slot.label, got.bytes, { contentType: got.contentType, fetchedFrom: got.finalUrl });
    if ('problem' in page) slot.error = problemText(page.problem);
    else slot.input = page.input;
  }
}

const read: IngestInput[] = slots.flatMap((s) => (s.input ? [s.input] : []));
const unreadable = slots.flatMap((s) => (s.error !== undefined ? [{ file: s.label, error: s.error }] : []));

let shown = 0;
/** The inputs are read on every core (the threads change when an article is read, not what is read). */
const reading: ExtractManyOptions = {
  threads,
  onProgress: (done, total) => {
    if (tty) process.stderr.write(`\r\x1b[2K[${done}/${total}]`);
    // In a log: a line each hundred inputs and at the end, each once. Threads report in batches, so
    // the line names the hundred passed ("read 100/2430" when 103 are read): the same log however read.
    else if (done === total ? shown < total : Math.floor(done / 100) > Math.floor(shown / 100)) {
      shown = done;
      process.stderr.write(`read ${done === total ? done : Math.floor(done / 100) * 100}/${total}\n`);
    }
  },
};

if (values['dry-run']) {
  const extracted = await extractMany(
    read.map((input) => input.text),
    reading,
  );
  if (tty) process.stderr.write('\r\x1b[2K');
  const lines: object[] = [...unreadable, ...read.map((input, i) => dryRun(input, extracted[i]))];
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
          ? `✗ ${line.file}: ${twoLines(line.error)}\n`
          : `✓ ${line.file} → ${line.data!.province ?? 'province not identified'} (${line.data!.review.warnings.length} warnings)\n`,
      );
    }
  }
  await exit(lines.some((l) => 'error' in l) ? 1 : 0);
}

// One ingest at a time in a content folder: a second run waits for the first.
const release = await acquireContentLock(contentDir, {
  waiting: (h) =>
    process.stderr.write(
      `Một lần nhập khác (pid ${h.pid}, từ ${h.started}) đang ghi vào ${contentDir}; đang chờ…\nAnother ingest (pid ${h.pid}, since ${h.started}) is writing to ${contentDir}; waiting…\n`,
    ),
  stale: (h) =>
    process.stderr.write(
      `Đã bỏ khóa cũ của một lần nhập đã dừng (pid ${h?.pid ?? '?'}).\nRemoved the stale lock of an ingest that stopped (pid ${h?.pid ?? '?'}).\n`,
    ),
});
const staleTemporaries = removeStaleTemporaries(contentDir);
if (staleTemporaries > 0)
  process.stderr.write(
    `Đã xóa ${staleTemporaries} tệp tạm của một lần nhập bị ngắt.\nRemoved ${staleTemporaries} temporary file(s) an interrupted ingest left.\n`,
  );

const disk = nodeIngestFs();
const outcomes: InputOutcome[] = await ingestOnThreads(read, { contentDir, force: values.force! }, disk, reading);
try {
  await disk.flush();
  release();
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
const fileCount = slots.length - addresses.length;
const inputsVi = addresses.length > 0 ? `${fileCount} tệp và ${addresses.length} địa chỉ` : `${fileCount} tệp`;
const inputsEn =
  addresses.length > 0 ? `${fileCount} file(s) and ${addresses.length} address(es)` : `${fileCount} file(s)`;
out.write(
  `\nĐã nhập ${inputsVi}: ${entries.size} bài — ${count('created')} mới, ${count('updated')} cập nhật, ${count('unchanged')} không đổi.\n`,
);
out.write(
  `Ingested ${inputsEn}: ${entries.size} entr${entries.size === 1 ? 'y' : 'ies'} — ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged.\n`,
);
if (entries.size > 0) {
  out.write(`\nCác bài / Entries: ${entries.size}\n`);
  for (const line of entryLines([...entries.values()])) out.write(`${line}\n`);
}
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
  for (const f of failed)
    out.write(`  ${f.file}: ${twoLines(f.error ?? f.entries.find((e) => e.status === 'failed')?.message ?? '')}\n`);
}
out.write(
  failed.length === 0
    ? '\nXong. Kiểm tra các bài bằng: npm run check / Done. Check the entries with: npm run check\n'
    : '\nXong, có lỗi. Kiểm tra các bài bằng: npm run check / Done, with failures. Check the entries with: npm run check\n',
);
await exit(failed.length > 0 ? 1 : 0);
