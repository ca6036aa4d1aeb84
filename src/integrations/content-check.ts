/**
 * Runs `npm run check`'s checks during `astro build` and fails the build with the same lines. The
 * check starts with the build, on a worker thread, and reads the entries while Astro's loader reads
 * them too; the loader then waits for its verdict (content-check-gate.ts), so the build stops with
 * the check's lines before any page is rendered, and before Astro's own words for a problem it also
 * sees (or, for an impossible date such as 2023-02-30, before it silently turns it into 2023-03-02).
 * In `astro dev` the errors are printed and the server keeps running.
 *
 * Drafts (`draft: true`) are checked and their problems printed, but a production build is only
 * stopped by errors in entries it publishes, by draft errors Astro itself cannot get past (the
 * schema or the MDX compiler rejects the file), and by a draft's body beyond the safe subset (its code
 * would run on the build machine; safe-content.ts refuses it too). `npm run check` still exits 1 on any error.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CHECK_VERDICT, type Verdict } from './content-check-gate.ts';

interface Answer {
  lines?: string[];
  summary?: string;
  errors?: number;
  buildErrors?: number;
  crashed?: string;
}

function runCheck(root: string, errorsOnly: boolean): Promise<Answer> {
  return new Promise((resolve) => {
    // tsx loads the checker's TypeScript in the worker, as it does for `npm run check`.
    const worker = new Worker(new URL('./content-check-worker.mjs', import.meta.url), {
      workerData: { root, errorsOnly },
      execArgv: ['--import', 'tsx'],
    });
    worker.once('message', (answer: Answer) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', (err) => resolve({ crashed: String(err?.stack ?? err) }));
  });
}

function verdictOf(answer: Answer, command: 'build' | 'dev', logger: AstroIntegrationLogger): Error | null {
  if (answer.crashed !== undefined) {
    // A bug of ours, not a content mistake: say so, and let the build go on with Astro's own checks.
    logger.warn(
      `Không chạy được bước kiểm tra nội dung; hãy chạy npm run check. / The content check could not run; run npm run check. (${answer.crashed.split('\n')[0]})`,
    );
    return null;
  }
  for (const line of answer.lines ?? []) console.error(line);
  logger.info(answer.summary ?? '');
  if (command !== 'build') return null;
  const inDrafts = (answer.errors ?? 0) - (answer.buildErrors ?? 0);
  if (inDrafts > 0) {
    logger.warn(
      `${inDrafts} lỗi trong bản nháp (draft: true) không chặn việc dựng trang vì bản nháp không được đưa lên; sửa trước khi bỏ dòng draft. / ${inDrafts} error${inDrafts === 1 ? '' : 's'} in drafts (draft: true) do not stop the build, since drafts are not published; fix them before removing the draft line.`,
    );
  }
  const n = answer.buildErrors ?? 0;
  if (n === 0) return null;
  const error = Object.assign(
    new Error(
      `Nội dung có ${n} lỗi, xem các dòng ở trên. / The content has ${n} error${n === 1 ? '' : 's'}: see the lines above.`,
    ),
    {
      hint: 'Sửa từng dòng rồi chạy npm run check. / Fix each line, then run npm run check.',
    },
  );
  // The lines above say where and what; a stack trace of this file would only distract.
  error.stack = '';
  return error;
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const verdict: Verdict = runCheck(fileURLToPath(config.root), command === 'dev').then((answer) =>
          verdictOf(answer, command, logger),
        );
        // Only a build waits for the verdict (in the content loader); the dev server just prints it.
        if (command === 'build') (globalThis as { [CHECK_VERDICT]?: Verdict })[CHECK_VERDICT] = verdict;
      },
      'astro:build:start': async () => {
        // Astro's loader has waited for the verdict already, unless no collection was loaded.
        const verdict = await (globalThis as { [CHECK_VERDICT]?: Verdict })[CHECK_VERDICT];
        if (verdict) throw verdict;
      },
    },
  };
}
