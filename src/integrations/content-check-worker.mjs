/**
 * The build-time content check's own thread (see content-check.ts): the checks of `npm run check` on
 * the content folder, answered as the lines to print and the counts. Started with tsx, which loads the
 * checker's TypeScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkCorpus } from '../lib/check/check-corpus.ts';
import { defaultContentDir, readContentDir } from '../lib/check/files-fs.ts';
import { formatProblemLines } from '../lib/check/problem.ts';
import { summaryLine } from '../lib/check/report.ts';

const { root, errorsOnly } = workerData;
try {
  const report = checkCorpus(readContentDir(defaultContentDir(), root));
  const shown = errorsOnly ? report.problems.filter((p) => p.severity === 'error') : report.problems;
  parentPort.postMessage({
    lines: shown.flatMap((p) => formatProblemLines(p, ['vi', 'en'])),
    summary: `${summaryLine(report, 'vi')} / ${summaryLine(report, 'en')}`,
    errors: report.errors,
    buildErrors: report.buildErrors,
  });
} catch (err) {
  parentPort.postMessage({ crashed: String(err?.stack ?? err) });
}
