/**
 * The shipped content passes `npm run check`: CI runs this with the unit tests, so an entry with an
 * error fails CI even before the build (which runs the same check) is reached.
 */
import { expect, it } from 'vitest';
import { checkCorpus } from '../../src/lib/check/check-corpus.ts';
import { readContentDir } from '../../src/lib/check/files-fs.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';

it('every entry in content/articles passes npm run check without errors', () => {
  const report = checkCorpus(readContentDir('content/articles'));
  expect(report.entries).toBeGreaterThan(0);
  expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, 'en'))).toEqual([]);
});
