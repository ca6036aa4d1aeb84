/**
 * The command line of `npm run check` and `npm run new`, read without a stack trace for a typo: an
 * unknown option, a missing value, or options npm took for itself (`npm run new --province son-la`
 * without the `--` hands the script only "son-la") become a short line in each language, then the
 * usage. `readArgs` is pure; `argsOrExit` is the scripts' one line of glue around it (print, exit 2).
 */
import { parseArgs } from 'node:util';
import { bilingual, type Bilingual } from '../check/problem.ts';
import { closest } from '../check/suggest.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
}

export type Values = Record<string, string | boolean | undefined>;

export type ArgsResult = { ok: true; values: Values; positionals: string[] } | { ok: false; lines: string[] };

/** npm's own settings of the same name: `npm run x --json` sets npm's `json`, which .npmrc may set too. */
const NPM_OWN = new Set(['json', 'help']);

/** A mistake on the command line, in the lines of a problem: `<argument>  lỗi: <what>  — <fix>`, then in English. */
export function argumentLines(arg: string, words: Bilingual): string[] {
  return [`${arg}  lỗi: ${words.vi.what}  — ${words.vi.fix}`, `${arg}  error: ${words.en.what}  — ${words.en.fix}`];
}

/**
 * The command as the editor meant it, when npm ate the options: each value npm left behind goes back
 * to the option it most likely belonged to (a date to --date, the rest in order).
 */
function meant(command: string, eaten: string[], positionals: string[], options: Record<string, OptionSpec>): string {
  const left = [...positionals];
  const dateAt = left.findIndex((p) => /^\d{4}-\d{2}-\d{2}$/.test(p));
  const date = eaten.includes('date') && dateAt >= 0 ? left.splice(dateAt, 1)[0] : undefined;
  const parts = eaten.map((name) => {
    if (options[name]!.type === 'boolean') return `--${name}`;
    const v = name === 'date' && date !== undefined ? date : left.shift();
    return v === undefined ? `--${name} …` : `--${name} ${/\s/.test(v) ? `"${v}"` : v}`;
  });
  return `npm run ${command} -- ${[...parts, ...left].join(' ')}`.trimEnd();
}

export function readArgs(
  command: string,
  args: string[],
  options: Record<string, OptionSpec>,
  allowPositionals: boolean,
  env: NodeJS.ProcessEnv,
): ArgsResult {
  // Without `--`, npm keeps the options and passes on their values: it tells which in npm_config_*.
  const eaten = Object.keys(options).filter(
    (n) => !NPM_OWN.has(n) && env[`npm_config_${n.replace(/-/g, '_')}`] === 'true',
  );
  if (eaten.length > 0) {
    const flags = eaten.map((n) => `--${n}`).join(', ');
    const fix = meant(command, eaten, args, options);
    return {
      ok: false,
      lines: argumentLines(
        `npm run ${command}`,
        bilingual({
          what: {
            vi: `npm đã giữ ${flags} cho chính nó (thiếu -- sau tên lệnh)`,
            en: `npm kept ${flags} for itself (the -- after the command's name is missing)`,
          },
          fix: { vi: `viết: ${fix}`, en: `write: ${fix}` },
        }),
      ),
    };
  }
  try {
    const parsed = parseArgs({ args, options, allowPositionals, strict: true });
    return { ok: true, values: parsed.values as Values, positionals: parsed.positionals };
  } catch (e) {
    return { ok: false, lines: describeArgsError(e as Error & { code?: string }, command, options) };
  }
}

function describeArgsError(
  e: Error & { code?: string },
  command: string,
  options: Record<string, OptionSpec>,
): string[] {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const help = `npm run ${command} -- --help`;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = quoted.replace(/^-+/, '').replace(/=.*$/, '');
      const guess = closest(name, Object.keys(options));
      return argumentLines(
        quoted,
        bilingual({
          what: { vi: 'không có tùy chọn này', en: 'there is no such option' },
          fix: guess
            ? { vi: `có lẽ là --${guess}`, en: `perhaps --${guess}` }
            : { vi: `xem các tùy chọn: ${help}`, en: `see the options: ${help}` },
        }),
      );
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return argumentLines(
        quoted,
        bilingual({
          what: { vi: 'lệnh này không nhận giá trị đứng riêng', en: 'this command takes no value on its own' },
          fix: {
            vi: 'viết giá trị ngay sau tên tùy chọn của nó, như --province son-la',
            en: 'write each value right after its option, like --province son-la',
          },
        }),
      );
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /--[\w-]+/.exec(e.message)?.[0] ?? quoted;
      if (/does not take an argument/.test(e.message)) {
        return argumentLines(
          option,
          bilingual({
            what: { vi: 'tùy chọn này không nhận giá trị', en: 'this option takes no value' },
            fix: { vi: `chỉ viết ${option}`, en: `write ${option} alone` },
          }),
        );
      }
      return argumentLines(
        option,
        bilingual({
          what: { vi: 'thiếu giá trị', en: 'the value is missing' },
          fix: { vi: `viết giá trị ngay sau ${option}`, en: `write the value right after ${option}` },
        }),
      );
    }
    default:
      return argumentLines(
        `npm run ${command}`,
        bilingual({
          what: {
            vi: `không đọc được các tùy chọn (${e.message.split('\n')[0]})`,
            en: `the options cannot be read (${e.message.split('\n')[0]})`,
          },
          fix: { vi: `xem ${help}`, en: `see ${help}` },
        }),
      );
  }
}

/** For the scripts: the parsed command line, or the lines and the usage on stderr and exit code 2. */
export function argsOrExit(
  command: string,
  options: Record<string, OptionSpec>,
  allowPositionals: boolean,
  usage: string,
): { values: Values; positionals: string[] } {
  const args = readArgs(command, process.argv.slice(2), options, allowPositionals, process.env);
  if (args.ok) return args;
  for (const line of args.lines) console.error(line);
  console.error(`\n${usage}`);
  return process.exit(2);
}
