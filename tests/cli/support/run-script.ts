/**
 * A script of the project run as `npm run <script>` runs it (Node strips the types itself, on the Node that runs the tests), with the
 * content folder left to the command line.
 */
import { spawnSync } from 'node:child_process';

export function run(script: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DIGEST_CONTENT_DIR: '' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
