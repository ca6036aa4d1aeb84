/**
 * Where the build-time content check (content-check.ts) meets the content loader. The check runs on
 * a worker thread while Astro reads the entries; the collection's loader (src/content.config.ts) waits
 * for its verdict before the build goes on, so a content mistake always fails the build with the
 * check's own lines, even when Astro's loader also trips on it (and says so in its own words).
 * Outside `astro build` there is no verdict to wait for and the loader is the plain one.
 */
import type { Loader } from 'astro/loaders';

export const CHECK_VERDICT = Symbol.for('postal-digest.content-check');

/** null: go on; an Error: stop the build with it. */
export type Verdict = Promise<Error | null>;

const pending = (): Verdict | undefined => (globalThis as { [CHECK_VERDICT]?: Verdict })[CHECK_VERDICT];

/** The same loader, which waits for the content check's verdict before it reports success or failure. */
export function checkedLoader(inner: Loader): Loader {
  return {
    ...inner,
    async load(context) {
      let failure: unknown;
      try {
        await inner.load(context);
      } catch (err) {
        failure = err;
      }
      const verdict = await pending();
      if (verdict) throw verdict;
      if (failure !== undefined) throw failure;
    },
  };
}
