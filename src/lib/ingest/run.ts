/**
 * The ingest run: raw texts in, entries and kept sources out, with nothing lost.
 *
 * - Each input is read on its own; an article about two provinces gives two entries.
 * - Entries of the same conference (same province and date, or the same province, year and kind when
 *   a date is missing) are merged, across this batch and with entries already in content/: one entry,
 *   every source listed.
 * - A file is written only when its text changes; a file an editor changed since the ingest wrote it
 *   (or wrote by hand) is never overwritten without `force`.
 * File effects go through `IngestFs`, so the logic runs in tests without a disk.
 */
import { entryData, extractArticle, titleSlug, type ExtractedEntry } from '../extract/article.ts';
import { blocksToMdx } from '../mdx/body.ts';
import { extractOutcome, readFailure, type ExtractOutcome } from './extract-outcome.ts';
import { entrySchema } from '../schema/entry.ts';
import { isEditedSinceIngest, parseEntryFile, renderEntryFile, sha256 } from './entry-file.ts';
import { mergeCandidates, orderCandidates, type Candidate } from './merge.ts';
import { slugify } from '../text/fold.ts';

export interface IngestFs {
  /** The file's text, or null when it does not exist. */
  readText(path: string): string | null;
  /** Write so that a reader never sees a half-written file (temp file + rename). */
  writeAtomic(path: string, text: string): void;
  /** The same for bytes kept as they are (a web page in its own encoding). */
  writeBytes(path: string, bytes: Uint8Array): void;
  /** Remove a file this run wrote (after any write of it still under way). */
  remove(path: string): void;
  /** Every file under `dir` (recursively) whose name ends with one of `exts`, sorted. */
  listFiles(dir: string, exts: readonly string[]): string[];
  /**
   * Optional: write a text now, in `dir` under a temporary name no entry has, so the disk works while
   * the batch is read; the handle is then moved into place (`commitStaged`, atomic) or dropped.
   */
  stage?(dir: string, text: string): string;
  commitStaged?(handle: string, path: string): void;
  dropStaged?(handle: string): void;
}

export interface IngestInput {
  /** As given on the command line (a file or an address), for messages. */
  path: string;
  text: string;
  /** The name its kept copy under sources/ takes (default: the input file's name). */
  sourceName?: string;
  /** The web page the text was read from, as received: kept beside the text, as the same name with .html. */
  page?: Uint8Array;
  /** Where the file is, as an absolute path: a kept source given again is recognised by it. */
  location?: string;
}

export type EntryStatus = 'created' | 'updated' | 'unchanged' | 'skipped-edited' | 'failed';

export interface EntryOutcome {
  path: string;
  status: EntryStatus;
  province: string | null;
  review: 'needs-review' | 'unreviewed' | 'reviewed';
  warnings: { field: string; message: string; messageEn?: string }[];
  /** Other sources this entry was merged with. */
  mergedWith: string[];
  message?: string;
}

export interface InputOutcome {
  file: string;
  error?: string;
  entries: EntryOutcome[];
}

export interface IngestOptions {
  /** The content folder (holds articles/ and sources/). */
  contentDir: string;
  /** Overwrite entries an editor has changed. */
  force?: boolean;
}

interface Existing {
  path: string;
  text: string;
  data: Record<string, unknown>;
  edited: boolean;
  /** The kept sources it was built from, as paths in this run's content folder. */
  sources: string[];
}

interface Pending {
  input: number;
  candidate: Candidate;
  rawText: string;
}

const basename = (p: string): string => p.replace(/\\/g, '/').replace(/^.*\//, '');
const stem = (p: string): string => basename(p).replace(/\.[^.]+$/, '');
/**
 * The readable part of a kept source's name: the input's name transliterated ("Bưu điện Sơn La.txt" →
 * "buu-dien-son-la"), never hidden or empty (a name of dots alone, or of letters of another script, is
 * "article").
 */
export function sourceNameOf(inputPath: string): string {
  const ascii = stem(inputPath).replace(/[^A-Za-z0-9._-]+/g, '-');
  // A name that is already plain (a file the project kept, "01", "000_8bbb…") stays as it is.
  const plain =
    /[A-Za-z0-9]/.test(ascii) && ascii === stem(inputPath).replace(/\s+/g, '-') ? ascii : slugify(stem(inputPath));
  const name = plain.replace(/^[.-]+/, '');
  return name === '' ? 'article' : name;
}
/** content/sources/<name>-<hash>.txt: readable, and the hash makes re-ingesting the same text a no-op. */
export const storedSourcePath = (contentDir: string, inputPath: string, text: string): string =>
  `${contentDir}/sources/${sourceNameOf(inputPath)}-${sha256(text).slice(0, 10)}.txt`;

/**
 * Where a text is kept: a file of this content folder's sources/ given again (re-ingesting content/sources/)
 * is its own kept copy when its name still carries its text's hash; anything else gets a new name.
 */
function keptAs(contentDir: string, input: IngestInput): string {
  const hash = sha256(input.text).slice(0, 10);
  const name = basename(input.location ?? input.path);
  const inSources = input.location !== undefined && sameFile(dirOf(input.location), `${contentDir}/sources`);
  if (inSources && name === `${stem(name).replace(/-[0-9a-f]{10}$/, '')}-${hash}.txt`)
    return `${contentDir}/sources/${name}`;
  return storedSourcePath(contentDir, input.sourceName ?? input.path, input.text);
}
const dirOf = (p: string): string => p.replace(/\\/g, '/').replace(/\/[^/]*$/, '');
/** Two folder paths name the same folder (one may be absolute, the other relative to the working folder). */
function sameFile(a: string, b: string): boolean {
  const norm = (p: string): string => {
    const abs = p.startsWith('/') ? p : `${cwd()}/${p}`;
    const parts: string[] = [];
    for (const part of abs.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    return `/${parts.join('/')}`;
  };
  return norm(a) === norm(b);
}
const cwd = (): string => (typeof process !== 'undefined' ? process.cwd() : '/');
/**
 * What an entry records as its source file: the file in the project's content/sources/, whatever
 * folder this run was given (`--content /srv/digest/content` records "content/sources/…", not a path of
 * this machine), so entries read the same wherever they were written.
 */
const recordedSource = (stored: string): string => `content/sources/${basename(stored)}`;
/** The web page a kept text was read from: content/sources/<name>-<hash>.html beside the .txt. */
export const keptPagePath = (storedText: string): string => storedText.replace(/\.txt$/u, '.html');
/** The recorded source file, in this run's content folder. */
const sourceInRun = (contentDir: string, recorded: string): string => `${contentDir}/sources/${basename(recorded)}`;
/** The original name part of a stored source path (without the hash). */
const sourceStem = (stored: string): string => stem(stored).replace(/-[0-9a-f]{10}$/, '');

interface ConferenceKey {
  province: string | null;
  reportYear: number;
  eventKind: string;
  eventDate: string | null;
}

function sameConference(a: ConferenceKey, b: ConferenceKey): boolean {
  if (a.province === null || b.province === null) return false;
  return (
    a.province === b.province &&
    a.reportYear === b.reportYear &&
    a.eventKind === b.eventKind &&
    (a.eventDate === b.eventDate || a.eventDate === null || b.eventDate === null)
  );
}

const keyOfEntry = (e: ExtractedEntry): ConferenceKey => ({
  province: e.province,
  reportYear: e.reportYear,
  eventKind: e.eventKind,
  eventDate: e.eventDate,
});
const keyOfData = (d: Record<string, unknown>): ConferenceKey => ({
  province: typeof d.province === 'string' ? d.province : null,
  reportYear: Number(d.reportYear),
  eventKind: typeof d.eventKind === 'string' ? d.eventKind : 'year-end',
  eventDate:
    d.eventDate instanceof Date
      ? d.eventDate.toISOString().slice(0, 10)
      : typeof d.eventDate === 'string'
        ? d.eventDate
        : null,
});

function textLength(e: ExtractedEntry): number {
  return e.blocks.reduce((n, b) => n + b.text.length, 0);
}

function loadExisting(fs: IngestFs, contentDir: string): { entries: Existing[]; broken: string[] } {
  const entries: Existing[] = [];
  const broken: string[] = [];
  for (const path of fs.listFiles(`${contentDir}/articles`, ['.md', '.mdx'])) {
    const text = fs.readText(path);
    if (text === null) continue;
    try {
      const { data } = parseEntryFile(text);
      const src = (data.source ?? {}) as { originalFile?: string };
      const list = Array.isArray(data.sources) ? (data.sources as { originalFile?: string }[]) : [];
      const recorded = [src.originalFile, ...list.map((s) => s.originalFile)].filter(
        (x): x is string => typeof x === 'string',
      );
      const sources = [...new Set(recorded.map((r) => sourceInRun(contentDir, r)))];
      entries.push({ path, text, data, edited: isEditedSinceIngest(text), sources });
    } catch {
      broken.push(path);
    }
  }
  return { entries, broken };
}

/** Run the ingest over the inputs and write what changed. */
export function runIngest(inputs: readonly IngestInput[], options: IngestOptions, fs: IngestFs): InputOutcome[] {
  const run = startIngest(inputs, options, fs);
  for (let i = 0; i < inputs.length; i += 1) run.read(i);
  return run.finish();
}

/**
 * An ingest under way, for a caller that reads the inputs elsewhere (on other threads): each input's
 * extraction is given to `read` in input order, as soon as it is known, so its text is kept on disk
 * while the rest is read; `finish` merges, renders and writes the entries. `runIngest` is the same
 * run with each input read by `read` itself.
 */
export interface IngestRun {
  /** Take input `i` (the next one in order), with its extraction if it was done elsewhere. */
  read(i: number, extracted?: ExtractOutcome): void;
  finish(): InputOutcome[];
}

export function startIngest(inputs: readonly IngestInput[], options: IngestOptions, fs: IngestFs): IngestRun {
  const { contentDir } = options;
  const outcomes: InputOutcome[] = inputs.map((i) => ({ file: i.path, entries: [] }));
  const pending: Pending[] = [];
  /** Inputs that repeat an earlier one's text: reported with its entries. */
  const duplicateOf = new Map<number, number>();
  const keptSources = new Set(fs.listFiles(`${contentDir}/sources`, ['.txt']));
  const keptPages = new Set(fs.listFiles(`${contentDir}/sources`, ['.html']));
  /** Sources written while the batch is read, so the disk works while the extraction does. */
  const writtenEarly = new Set<string>();
  /**
   * What `prepareEntry` gives for a candidate on its own, with the handle of its file written ahead
   * under a temporary name (`IngestFs.stage`) until that is moved into place.
   */
  const prepared = new Map<Candidate, PreparedEntry & { staged?: string }>();

  /** The same text given twice in one run is read once: its first input stands for both. */
  const readAs = new Map<string, number>();
  let nextRead = 0;
  const read = (i: number, extracted?: ExtractOutcome): void => {
    // In order: which of two inputs with the same text stands for both is the first given.
    if (i !== nextRead) throw new Error(`ingest: input ${i} given when input ${nextRead} was expected`);
    nextRead += 1;
    const input = inputs[i]!;
    try {
      // Where the text is kept (its hash), worked out once: it also tells a text given twice.
      const storedAs = keptAs(contentDir, input);
      const seenAt = readAs.get(storedAs);
      if (seenAt !== undefined) {
        duplicateOf.set(i, seenAt);
        return;
      }
      const article = extracted ?? extractOutcome(input.text);
      if ('error' in article) {
        outcomes[i]!.error = article.error;
        return;
      }
      // Most conferences come from one text: its file is made now, while helper threads are still
      // reading, rather than in the merge that waits for every input. Repeated or merged, it is made again.
      // All of the article's entries first, so one that cannot be made leaves none of them behind.
      const made = article.entries.map((entry) => {
        const candidate = { entry, storedAs, textLength: textLength(entry) };
        return { entry, candidate, ready: prepareEntry([candidate]) };
      });
      readAs.set(storedAs, i);
      for (const { entry, candidate, ready } of made) {
        pending.push({ input: i, candidate, rawText: input.text });
        // Its file goes to disk now, under a temporary name in the folder it will most likely have; the
        // merge moves it into place if that is what it writes, and drops it otherwise.
        const staged =
          ready.text !== null && fs.stage
            ? fs.stage(`${contentDir}/articles/${entry.province ?? 'unassigned'}`, ready.text)
            : undefined;
        prepared.set(candidate, { ...ready, staged });
      }
      if (!keptSources.has(storedAs)) {
        fs.writeAtomic(storedAs, input.text);
        keptSources.add(storedAs);
        writtenEarly.add(storedAs);
      }
      // The page is kept as it came (its own encoding), so the entry can be traced and read again offline.
      const pagePath = keptPagePath(storedAs);
      if (input.page && !keptPages.has(pagePath)) {
        fs.writeBytes(pagePath, input.page);
        keptPages.add(pagePath);
        writtenEarly.add(pagePath);
      }
    } catch (err) {
      outcomes[i]!.error = readFailure(err);
    }
  };

  const finish = (): InputOutcome[] => {
    if (nextRead !== inputs.length) throw new Error(`ingest: finished after ${nextRead} of ${inputs.length} inputs`);
    return mergeAndWrite();
  };
  return { read, finish };

  function mergeAndWrite(): InputOutcome[] {
    const { entries: existing, broken } = loadExisting(fs, contentDir);
    // Entry ids are file names, so names must be unique across provinces too.
    const takenNames = new Set(existing.map((e) => basename(e.path)));
    // What is on disk already, listed once (not asked file by file).
    const onDisk = new Set([...existing.map((e) => e.path), ...broken]);
    /** Sources an entry written (or left unchanged) in this run is built from. */
    const used = new Set<string>();

    // Group the batch's entries by conference, and attach the existing entry of each conference.
    // Candidates are bucketed by province, year and kind, so a batch of thousands stays linear.
    const groups: { members: Pending[]; existing: Existing | null }[] = [];
    /** Existing entries a group of this run has taken as its own. */
    const claimed = new Set<Existing>();
    /** How many entries of this run come from a kept source (two for an article about two provinces). */
    const sameSourceCount = (stored: string): number => pending.filter((q) => q.candidate.storedAs === stored).length;
    const buckets = new Map<string, typeof groups>();
    const bucketOf = (k: ConferenceKey): string => `${k.province}|${k.reportYear}|${k.eventKind}`;
    for (const p of pending) {
      const key = keyOfEntry(p.candidate.entry);
      const bucket = buckets.get(bucketOf(key)) ?? [];
      buckets.set(bucketOf(key), bucket);
      const group = bucket.find((g) => sameConference(keyOfEntry(g.members[0]!.candidate.entry), key));
      if (group) group.members.push(p);
      else {
        // The entry this text produced last time, wherever it now lives: an entry's identity is its source,
        // not its folder (an editor may have corrected its province, or moved it out of unassigned/). Of an
        // article about two provinces, the entry of the same province, else the one not claimed yet.
        const fromText = existing.filter((e) => e.sources.includes(p.candidate.storedAs));
        const fromSameText =
          fromText.find((e) => keyOfData(e.data).province === key.province) ??
          (fromText.length > 0 && fromText.length >= sameSourceCount(p.candidate.storedAs)
            ? fromText.find((e) => !claimed.has(e))
            : undefined);
        if (fromSameText) claimed.add(fromSameText);
        const group = {
          members: [p],
          existing: fromSameText ?? existing.find((e) => sameConference(keyOfData(e.data), key)) ?? null,
        };
        groups.push(group);
        bucket.push(group);
      }
    }

    for (const group of groups) {
      const candidates: Candidate[] = group.members.map((m) => m.candidate);
      const mergedWith: string[] = [];
      // Sources the existing entry was built from, unless this batch brings the same text or a new
      // version of the same file.
      if (group.existing) {
        for (const stored of group.existing.sources) {
          if (candidates.some((c) => c.storedAs === stored || sourceStem(c.storedAs) === sourceStem(stored))) continue;
          const raw = fs.readText(stored);
          if (raw === null) continue;
          try {
            const again = extractArticle(raw).entries.find((e) =>
              sameConference(keyOfEntry(e), keyOfEntry(candidates[0]!.entry)),
            );
            if (again) {
              candidates.push({ entry: again, storedAs: stored, textLength: textLength(again) });
              mergedWith.push(stored);
            }
          } catch {
            // An unreadable kept source is left as it is; the entry keeps what the others give.
          }
        }
      }
      // A conference read from one text alone was made ready (and its file written ahead) as it was read.
      const alone = candidates.length === 1 ? prepared.get(candidates[0]!) : undefined;
      const { merged, data, validation, text } = alone ?? prepareEntry(candidates);
      for (const m of group.members) {
        for (const other of group.members)
          if (other !== m && other.candidate.storedAs !== m.candidate.storedAs)
            mergedWith.push(other.candidate.storedAs);
      }

      const province = (data.province as string | null) ?? null;
      const review = data.review as { status: EntryOutcome['review']; warnings: EntryOutcome['warnings'] };
      const report = (status: EntryStatus, path: string, message?: string): void => {
        for (const m of group.members) {
          outcomes[m.input]!.entries.push({
            path,
            status,
            province,
            review: review.status,
            warnings: review.warnings,
            mergedWith: [...new Set(mergedWith.filter((s) => s !== m.candidate.storedAs))],
            ...(message ? { message } : {}),
          });
        }
      };
      if (!validation.success || text === null) {
        const issue = validation.error!.issues[0]!;
        report(
          'failed',
          '',
          `bài đọc được không qua được lược đồ (${issue.path.join('.')}: ${issue.message}); đây là lỗi của công cụ nhập, hãy báo kèm tệp này / the entry read from it does not pass the schema (${issue.path.join('.')}: ${issue.message}); this is a bug in the ingest, please report it with the file`,
        );
        continue;
      }

      const path = group.existing?.path ?? entryPath(takenNames, contentDir, merged.entry);
      takenNames.add(basename(path));
      const before = group.existing?.text ?? (onDisk.has(path) ? fs.readText(path) : null);
      let status: EntryStatus;
      if (before === text) status = 'unchanged';
      else if (before !== null && isEditedSinceIngest(before) && !options.force) {
        report(
          'skipped-edited',
          path,
          `${path} đã được sửa tay sau lần nhập trước nên được để nguyên; chạy với --force để thay / ${path} was changed by hand since it was ingested; it was left as it is. Run with --force to replace it.`,
        );
        continue;
      } else {
        if (alone?.staged !== undefined && fs.commitStaged) {
          fs.commitStaged(alone.staged, path);
          alone.staged = undefined;
        } else fs.writeAtomic(path, text);
        status = before === null ? 'created' : 'updated';
      }
      for (const m of group.members) used.add(m.candidate.storedAs);
      report(status, path);
    }
    // Files written ahead that were not moved into place (merged, unchanged, left to an editor) go.
    for (const { staged } of prepared.values()) if (staged !== undefined) fs.dropStaged?.(staged);
    // A source whose entry was not written (left to its editor, or failed) is not kept.
    for (const stored of writtenEarly) if (!used.has(stored.replace(/\.html$/u, '.txt'))) fs.remove(stored);
    // An input that repeated another's text shares its outcome.
    for (const [i, first] of duplicateOf) outcomes[i]!.entries = outcomes[first]!.entries.map((e) => ({ ...e }));
    return outcomes;
  }
}

interface PreparedEntry {
  merged: ReturnType<typeof mergeCandidates>;
  data: Record<string, unknown>;
  validation: ReturnType<typeof entrySchema.safeParse>;
  /** The entry's file, when its data passes the schema. */
  text: string | null;
}

/** The entry one conference's candidates make: merged, with every source, checked and rendered. */
function prepareEntry(candidates: Candidate[]): PreparedEntry {
  const merged = mergeCandidates(candidates);
  const data = entryData(merged.entry) as Record<string, unknown>;
  // In the merge's order (the leading source first, then by fullness and name), each source once:
  // however the run was started, the same sources give the same list.
  const ordered = orderCandidates(candidates).filter(
    (c, i, list) => list.findIndex((d) => d.storedAs === c.storedAs) === i,
  );
  const allSources = ordered.map((c) => ({ ...c.entry.source, originalFile: recordedSource(c.storedAs) }));
  data.source = allSources[0];
  if (allSources.length > 1) {
    // Keep `sources` after `source` in the file.
    const review = data.review;
    delete data.review;
    data.sources = allSources;
    data.review = review;
  }
  const validation = entrySchema.safeParse(data);
  return { merged, data, validation, text: validation.success ? renderEntryFile(data, merged.entry.blocks) : null };
}

/**
 * content/articles/<province>/<date>-<title-slug>.mdx, made unique if another entry has the name. The
 * date is the conference's, else the publication's; with neither, `<reportYear>-00-00`: the name keeps
 * the yyyy-mm-dd shape (and sorts at the start of its year) while 00 says plainly that month and day
 * are unknown. No date is made up; eventDate stays null, with its review warning.
 */
export function entryPath(
  names: ReadonlySet<string>,
  contentDir: string,
  e: Pick<ExtractedEntry, 'province' | 'eventDate' | 'source' | 'reportYear' | 'title'>,
): string {
  const folder = e.province ?? 'unassigned';
  const date = e.eventDate ?? e.source.publishedAt?.slice(0, 10) ?? `${e.reportYear}-00-00`;
  const base = `${contentDir}/articles/${folder}/${date}-${titleSlug(e.title)}`;
  let candidate = `${base}.mdx`;
  if (names.has(basename(candidate)) && e.province) candidate = `${base}-${e.province}.mdx`;
  for (let n = 2; names.has(basename(candidate)); n += 1) candidate = `${base}-${n}.mdx`;
  return candidate;
}

/** The dry run: each input read on its own, nothing written. */
export function dryRun(
  input: IngestInput,
  extracted: ExtractOutcome = extractOutcome(input.text),
): {
  file: string;
  data?: Record<string, unknown>;
  body?: string;
  entries?: { data: Record<string, unknown>; body: string }[];
  error?: string;
} {
  if ('error' in extracted) return { file: input.path, error: extracted.error };
  try {
    const rendered = extracted.entries.map((e) => ({
      data: entryData(e) as Record<string, unknown>,
      body: blocksToMdx(e.blocks),
    }));
    const [first, ...rest] = rendered;
    return {
      file: input.path,
      data: first!.data,
      body: first!.body,
      ...(rest.length > 0 ? { entries: rendered } : {}),
    };
  } catch (err) {
    return {
      file: input.path,
      error: readFailure(err),
    };
  }
}
