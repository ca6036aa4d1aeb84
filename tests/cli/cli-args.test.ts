/**
 * The command line of npm run check and npm run new, read without a stack trace: what is wrong with
 * it in both languages, and the command meant when npm kept the options for itself.
 */
import { describe, expect, it } from 'vitest';
import { readArgs, type OptionSpec } from '../../src/lib/cli/cli-args.ts';

describe('the command line', () => {
  const options: Record<string, OptionSpec> = {
    province: { type: 'string' },
    date: { type: 'string' },
    title: { type: 'string' },
    help: { type: 'boolean', default: false },
  };
  const lines = (args: string[], env: NodeJS.ProcessEnv = {}): string[] => {
    const r = readArgs('new', args, options, false, env);
    return r.ok ? [] : r.lines;
  };

  it('names the option meant for a misspelt one, a missing value, a stray value', () => {
    expect(lines(['--provnce', 'son-la'])).toEqual([
      '--provnce  lỗi: không có tùy chọn này  — có lẽ là --province',
      '--provnce  error: there is no such option  — perhaps --province',
    ]);
    expect(lines(['--province'])).toEqual([
      '--province  lỗi: thiếu giá trị  — viết giá trị ngay sau --province',
      '--province  error: the value is missing  — write the value right after --province',
    ]);
    expect(lines(['son-la'])).toEqual([
      'son-la  lỗi: lệnh này không nhận giá trị đứng riêng  — viết giá trị ngay sau tên tùy chọn của nó, như --province son-la',
      'son-la  error: this command takes no value on its own  — write each value right after its option, like --province son-la',
    ]);
    expect(lines(['--help=yes'])[1]).toBe('--help  error: this option takes no value  — write --help alone');
  });

  it('gives back the command meant when npm kept the options (no -- after the command)', () => {
    expect(
      lines(['son-la', '2024-12-26', 'Sơn La tổng kết'], {
        npm_config_province: 'true',
        npm_config_date: 'true',
        npm_config_title: 'true',
      }),
    ).toEqual([
      'npm run new  lỗi: npm đã giữ --province, --date, --title cho chính nó (thiếu -- sau tên lệnh)  — viết: npm run new -- --province son-la --date 2024-12-26 --title "Sơn La tổng kết"',
      'npm run new  error: npm kept --province, --date, --title for itself (the -- after the command\'s name is missing)  — write: npm run new -- --province son-la --date 2024-12-26 --title "Sơn La tổng kết"',
    ]);
    expect(readArgs('new', ['--province', 'son-la'], options, false, { npm_config_json: 'true' }).ok).toBe(true);
  });
});
