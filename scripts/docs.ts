/**
 * npm run docs [-- --check]
 *
 * Regenerates what is generated from the schema, the metric catalogue, the province registry and the
 * check's rule registry: the marked sections of docs/editing.md and docs/editing.en.md, and
 * schemas/entry.schema.json (the list is src/lib/docs/generated-files.ts). With --check, writes nothing and
 * exits 1 when a file is stale (CI; tests/docs/generated-files.test.ts fails on a stale file too).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bilingual } from '../src/lib/check/problem.ts';
import { argsOrExit } from '../src/lib/cli/cli-args.ts';
import { generatedFiles } from '../src/lib/docs/generated-files.ts';

const usage = `npm run docs [-- --check]

  Sinh lại bảng trường, chỉ tiêu, mã tỉnh trong docs/editing*.md và schemas/entry.schema.json.
  Regenerates the field, metric and province tables in docs/editing*.md and schemas/entry.schema.json.
  --check  không ghi gì; mã thoát 1 nếu tệp đã cũ / write nothing; exit 1 when a file is stale`;
const values = argsOrExit('docs', { check: { type: 'boolean', default: false } }, false, usage).values as {
  check: boolean;
};

const STALE = bilingual({
  what: { vi: 'tệp đã cũ so với schema', en: 'out of date with the schema' },
  fix: { vi: 'chạy npm run docs', en: 'run npm run docs' },
});

let stale = 0;
for (const { path, render } of generatedFiles()) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const fresh = render(current);
  if (fresh === current) continue;
  stale += 1;
  if (values.check) {
    const { vi, en } = STALE;
    console.error(`${path}  lỗi: ${vi.what}  — ${vi.fix} / error: ${en.what}  — ${en.fix}`);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, fresh);
    console.log(`Đã cập nhật / updated ${path}`);
  }
}
if (stale === 0) console.log('Tài liệu và JSON Schema đã mới nhất. / Docs and JSON Schema are up to date.');
process.exit(values.check && stale > 0 ? 1 : 0);
