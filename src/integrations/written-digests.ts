/**
 * The digests collection's own guard: after the inner loader has read `content/digests/`, every
 * written digest is checked like `npm run check` checks it (src/lib/written/check-written.ts: its
 * frontmatter, its year against its name, every component's props against the articles, each with its
 * file and line), and the build stops with those lines before any page is rendered. A draft's problems
 * are printed but stop only `npm run check`, since a production build does not publish it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatProblemLines } from '../lib/check/problem.ts';
import { checkWrittenFile } from '../lib/written/check-written.ts';
import { readCorpus } from '../lib/written/corpus-fs.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

export function writtenDigestsLoader(inner: Loader, articlesDir: string): Loader {
  return {
    ...inner,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const stored: StoredEntry[] = [];
      const store = new Proxy(context.store, {
        get(target, key, receiver) {
          if (key === 'set')
            return (entry: StoredEntry) => {
              stored.push(entry);
              return target.set(entry);
            };
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      await inner.load({ ...context, store });
      const files = stored.filter((e) => e.filePath);
      if (files.length === 0) return;
      const production = process.env.NODE_ENV === 'production';
      const corpus = readCorpus(articlesDir, { drafts: !production, cwd: root });
      const blocking: string[] = [];
      for (const entry of files) {
        const text = readFileSync(join(root, entry.filePath!), 'utf8');
        const { problems, draft } = checkWrittenFile(entry.filePath!, text, corpus);
        const lines = problems.flatMap((p) => formatProblemLines(p, ['vi', 'en']));
        if (draft && production) for (const line of lines) context.logger.warn(line);
        else blocking.push(...lines);
      }
      if (blocking.length === 0) return;
      for (const line of blocking) console.error(line);
      const n = blocking.length / 2;
      const error = new Error(
        `Bản tổng hợp viết tay có ${n} lỗi, xem các dòng ở trên. / The written digests have ${n} error${n === 1 ? '' : 's'}: see the lines above.`,
      );
      error.stack = '';
      throw error;
    },
  };
}
