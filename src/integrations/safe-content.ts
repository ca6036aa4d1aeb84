/**
 * The build's own guard on what a body may hold (src/lib/mdx/safe-subset.ts): the collection's loader
 * refuses every entry, draft or not, whose body holds code or unsafe HTML, and the build stops with
 * the same lines `npm run check` prints, before any page is rendered. The content check the build also
 * runs (content-check.ts) says the same, but the safety does not depend on it: a build with the check
 * left out (or a future loader path that skips it) still stops here.
 *
 * Only bodies that may hold something unsafe (a `<`, `{`, link, or import/export line) are read again
 * from disk, to report the file's own lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblemLines } from '../lib/check/problem.ts';
import { bodySafetyProblems, mayHoldUnsafe } from '../lib/mdx/safe-subset.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** The same loader, which stores no unsafe entry and then fails with every line found. */
export function safeLoader(inner: Loader): Loader {
  return {
    ...inner,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const lines: string[] = [];
      let loaded = false;
      const refuse = (entry: StoredEntry): boolean => {
        if (!entry.filePath || entry.body === undefined || !mayHoldUnsafe(entry.body)) return false;
        const text = readFileSync(join(root, entry.filePath), 'utf8');
        const problems = bodySafetyProblems(entry.filePath, text);
        const found = problems.flatMap((p) => formatProblemLines(p, ['vi', 'en']));
        // After the first load (`astro dev` reloading an edited file) the entry is left out and said so.
        if (loaded) for (const line of found) context.logger.error(line);
        else lines.push(...found);
        return problems.length > 0;
      };
      const store = context.store;
      const guarded = new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'set') return (entry: StoredEntry) => (refuse(entry) ? false : target.set(entry));
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      await inner.load({ ...context, store: guarded });
      loaded = true;
      if (lines.length === 0) return;
      for (const line of lines) console.error(line);
      const n = lines.length / 2;
      const error = new Error(
        `Nội dung có ${n} chỗ không an toàn (mã lệnh hoặc HTML bị cấm), xem các dòng ở trên; không trang nào được dựng. / The content holds ${n} unsafe construct${n === 1 ? '' : 's'} (code or forbidden HTML): see the lines above; no page was built.`,
      );
      // The lines above say where and what; a stack trace of this file would only distract.
      error.stack = '';
      throw error;
    },
  };
}
