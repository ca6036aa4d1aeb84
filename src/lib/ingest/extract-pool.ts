/**
 * Extraction of many inputs on every core: the main thread and helper threads take the next input from
 * a shared counter until none is left, so a long article on one thread never holds the others up. The
 * outcome of each input is what `extractOutcome` gives on one thread, in input order: the threads
 * change when an article is read, never what is read from it (the extractor is a pure function of the
 * text). A thread that fails to start or stops early loses nothing: the main thread reads whatever it
 * did not send back.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { extractOutcome, type ExtractOutcome } from './extract-outcome.ts';
import { startIngest, type IngestFs, type IngestInput, type IngestOptions, type InputOutcome } from './run.ts';

/**
 * Below this many inputs a helper thread costs more than it saves: it takes 0.15 to 0.3 s to load the
 * extractor and reads slowly until its code is compiled. Measured with `npm run bench:ingest` on two
 * cores, alternating with and without a helper: 400 articles 7 % slower with one, 1 000 articles 6 %
 * faster, 2 000 articles 13 % faster.
 */
export const PARALLEL_FROM = 800;
/** Each helper thread should have at least this many inputs to read. */
const PER_THREAD = 400;

/** How many helper threads for `count` inputs on `cores` cores: none for a small batch, one per spare core. */
export function helperThreads(count: number, cores: number): number {
  if (count < PARALLEL_FROM) return 0;
  return Math.max(0, Math.min(cores - 1, 7, Math.floor(count / PER_THREAD) - 1));
}

export interface ExtractManyOptions {
  /** Helper threads beside the main thread (default: `helperThreads` of this machine). */
  threads?: number;
  /** Called as inputs are read: how many are done so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each input's outcome in input order, as soon as it and every input before it are read. */
  onOutcome?: (index: number, outcome: ExtractOutcome) => void;
  /** The helper thread's script (tests give one that fails). */
  worker?: URL;
  /** The main thread reads too (default); when false it only waits for the helpers. */
  mainReads?: boolean;
}

const WORKER = new URL('./extract-worker.ts', import.meta.url);

/** Every input's outcome, in input order; the same text given twice is read once. */
export async function extractMany(
  inputs: readonly string[],
  options: ExtractManyOptions = {},
): Promise<ExtractOutcome[]> {
  const firstOf = new Map<string, number>();
  const texts: string[] = [];
  const slot = inputs.map((text) => {
    let at = firstOf.get(text);
    if (at === undefined) {
      at = texts.push(text) - 1;
      firstOf.set(text, at);
    }
    return at;
  });
  // Inputs handed on in order: the next one waits for its text's outcome.
  let given = 0;
  const { outcomes } = await extractShared(texts, {
    ...options,
    onResult: (results) => {
      if (!options.onOutcome) return;
      for (let o = results[slot[given]!]; given < inputs.length && o !== undefined; o = results[slot[given]!])
        options.onOutcome(given++, o);
    },
  });
  return slot.map((at) => outcomes[at]!);
}

/**
 * `extractMany` without the merging of repeated texts, saying how many inputs the helpers read.
 * `onResult` is called after each new result, with every result so far (by index).
 */
export async function extractShared(
  texts: readonly string[],
  options: ExtractManyOptions & { onResult?: (results: readonly (ExtractOutcome | undefined)[]) => void } = {},
): Promise<{ outcomes: ExtractOutcome[]; byHelpers: number }> {
  const threads = options.threads ?? helperThreads(texts.length, availableParallelism());
  const results: (ExtractOutcome | undefined)[] = new Array(texts.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  /** How many results are here. */
  let known = 0;
  const changed = (): void => {
    options.onProgress?.(known, texts.length);
    options.onResult?.(results);
  };
  let byHelpers = 0;
  const take = (batch: { index: number; outcome: ExtractOutcome }[]): void => {
    for (const { index, outcome } of batch) results[index] = outcome;
    byHelpers += batch.length;
    known += batch.length;
    if (batch.length > 0) changed();
  };

  const running = Array.from({ length: threads }, () => startHelper(options.worker ?? WORKER, texts, next)).filter(
    (h) => h !== null,
  );
  /** What the helpers have sent, taken without waiting (the main thread reads on between results). */
  const drain = (): void => {
    for (const { port } of running)
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) take(m.message);
  };

  while (options.mainReads !== false) {
    const index = Atomics.add(next, 0, 1);
    if (index >= texts.length) break;
    results[index] = extractOutcome(texts[index]!);
    known += 1;
    changed();
    drain();
  }
  drain();
  // Wait only for what a helper is reading: one still starting when the inputs ran out is stopped at
  // once (a small batch does not wait for a thread to load the extractor for nothing).
  await new Promise<void>((resolve) => {
    const check = (): void => {
      if (known === texts.length || running.every((h) => h.exited)) resolve();
    };
    for (const h of running) {
      h.port.on('message', (batch: { index: number; outcome: ExtractOutcome }[]) => {
        take(batch);
        check();
      });
      void h.stopped.then(() => {
        drain();
        check();
      });
    }
    check();
  });
  for (const h of running) {
    void h.worker.terminate();
    h.port.close();
  }
  // What a helper claimed but never sent back (it failed to start or stopped): read here.
  for (let i = 0; i < texts.length; i += 1) {
    if (results[i]) continue;
    results[i] = extractOutcome(texts[i]!);
    known += 1;
    changed();
  }
  return { outcomes: results as ExtractOutcome[], byHelpers };
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** Settles when the thread has stopped, for whatever reason. */
  stopped: Promise<void>;
  exited: boolean;
}

/** A helper thread and its port; null when it could not be started. */
function startHelper(script: URL, texts: readonly string[], next: Int32Array): Helper | null {
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(script, {
      workerData: { texts, next, port: port2 },
      transferList: [port2],
      // Node strips the types itself (no loader of the parent, such as tsx, is needed or inherited).
      execArgv: [],
    });
  } catch {
    port1.close();
    return null;
  }
  // Nothing is lost either way: what it did not send back is read by the main thread.
  worker.on('error', () => undefined);
  const helper: Helper = { worker, port: port1, stopped: Promise.resolve(), exited: false };
  helper.stopped = new Promise<void>((resolve) =>
    worker.on('exit', () => {
      helper.exited = true;
      resolve();
    }),
  );
  return helper;
}

/**
 * `runIngest` with the inputs read on every core (`extractMany`): each input's text is kept on disk as
 * soon as it and those before it are read, then the entries are merged and written. The files written
 * are the same as `runIngest`'s.
 */
export async function ingestOnThreads(
  inputs: readonly IngestInput[],
  options: IngestOptions,
  fs: IngestFs,
  threads: Omit<ExtractManyOptions, 'onOutcome'> = {},
): Promise<InputOutcome[]> {
  const run = startIngest(inputs, options, fs);
  await extractMany(
    inputs.map((i) => i.text),
    { ...threads, onOutcome: (i, outcome) => run.read(i, outcome) },
  );
  return run.finish();
}
