/**
 * Runs `npm run check`'s checks when `astro build` starts and fails the build with the same lines,
 * before Astro's own loader reports the first problem in its own words (or, for an impossible date
 * such as 2023-02-30, silently turns it into 2023-03-02). In `astro dev` the errors are printed and
 * the server keeps running.
 *
 * Drafts (`draft: true`) are checked and their problems printed, but a production build is only
 * stopped by errors in entries it publishes, and by draft errors Astro itself cannot get past (the
 * schema or the MDX compiler rejects the file). `npm run check` still exits 1 on any error.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCorpus } from '../lib/check/check-corpus.ts';
import { defaultContentDir, readContentDir } from '../lib/check/files-fs.ts';
import { formatProblemLines } from '../lib/check/problem.ts';
import { summaryLine } from '../lib/check/report.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const report = checkCorpus(readContentDir(defaultContentDir(), fileURLToPath(config.root)));
        const shown = command === 'build' ? report.problems : report.problems.filter((p) => p.severity === 'error');
        for (const p of shown) for (const line of formatProblemLines(p, ['vi', 'en'])) console.error(line);
        logger.info(`${summaryLine(report, 'vi')} / ${summaryLine(report, 'en')}`);
        const inDrafts = report.errors - report.buildErrors;
        if (command === 'build' && inDrafts > 0) {
          logger.warn(
            `${inDrafts} lỗi trong bản nháp (draft: true) không chặn việc dựng trang vì bản nháp không được đưa lên; sửa trước khi bỏ dòng draft. / ${inDrafts} error${inDrafts === 1 ? '' : 's'} in drafts (draft: true) do not stop the build, since drafts are not published; fix them before removing the draft line.`,
          );
        }
        if (report.buildErrors > 0 && command === 'build') {
          const n = report.buildErrors;
          const error = Object.assign(
            new Error(`Nội dung có ${n} lỗi, xem các dòng ở trên. / The content has ${n} error${n === 1 ? '' : 's'}: see the lines above.`),
            { hint: 'Sửa từng dòng rồi chạy npm run check. / Fix each line, then run npm run check.' },
          );
          // The lines above say where and what; a stack trace of this file would only distract.
          error.stack = '';
          throw error;
        }
      },
    },
  };
}
