import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupTable, outcomeCell } from '../../src/lib/eval/report.ts';
import { scoreGroup } from '../../src/lib/eval/score.ts';

describe('the table', () => {
  it('writes the outcomes as right/total and what the rest were', () => {
    expect(outcomeCell({ right: 18, warned: 0, wrong: 0 })).toBe('18/18');
    expect(outcomeCell({ right: 16, warned: 1, wrong: 1 })).toBe('16/18 (1 null+warning, 1 wrong)');
  });

  it('has one row per group, with F1 to two decimals and "–" for nothing to count', () => {
    const g = scoreGroup('g', []);
    g.core = { tp: 2, fp: 1, fn: 1 };
    expect(groupTable([g]).split('\n')).toEqual([
      '|  | real articles | core figures F1 | % of plan and change F1 | awards F1 | province | report year | wrong amounts with no warning | extra figures |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| g | 0 | 0.67 | – | – | 0/0 | 0/0 | 0 | 0 |',
    ]);
  });
});

describe('npm run eval:extract', () => {
  const root = join(import.meta.dirname, '../..');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/eval-extract.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('scores a saved output: the table, the detail of an article, the JSON', () => {
    // Article 17 read as the gold has it but for one award left out and its revenue off by five billion.
    const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/raw/gold/17.json'), 'utf8'));
    const data = {
      province: 'quang-ngai',
      reportYear: 2019,
      kpis: [
        {
          metric: 'total_revenue',
          value: 210e9,
          year: 2019,
          changePercent: 32.3,
          quote: 'doanh thu đạt hơn 210 tỷ đồng',
        },
      ],
      awards: gold.awards.slice(1).map((a: { award: string; giver: string; text: string }) => ({
        award: a.award,
        giver: a.giver,
        level: a.giver.startsWith('Bộ')
          ? 'ministry'
          : a.giver.startsWith('Công đoàn')
            ? 'union'
            : a.giver.startsWith('Tổng')
              ? 'corporation'
              : 'unit',
        quote: a.text,
      })),
      review: { warnings: [] },
    };
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    try {
      const saved = join(dir, 'saved.jsonl');
      writeFileSync(saved, `${JSON.stringify({ file: 'tests/fixtures/raw/articles/17.txt', data, body: '' })}\n`);
      const table = run('--from', saved);
      expect(table.status).toBe(0);
      expect(table.stderr).toMatch(/No output for .*01/);
      expect(table.stdout).toContain('| total | 35 (36 entries) |');
      expect(table.stdout).toContain(
        '17: wrong amount: result total_revenue 210,000,000,000 (2019) — “doanh thu đạt hơn 210 tỷ đồng”; gold: result 205,000,000,000 (2019)',
      );
      const detail = run('--from', saved, '--article', '17');
      expect(detail.stdout).toContain('core figures 0/1 +1');
      expect(detail.stdout).toContain('awards 5/6');
      expect(detail.stdout).toMatch(/missed awards:\n {4}- Giấy khen from corporation/);
      const json = JSON.parse(run('--from', saved, '--json', '--article', '17').stdout);
      expect(json.articles).toHaveLength(1);
      expect(json.articles[0].entities[0].percent).toEqual({ tp: 1, fp: 0, fn: 0 });
      expect(json.groups.map((g: { name: string }) => g.name)).toEqual([
        'the 12 already in tests + 5 seeds',
        'the 18 new',
        'total',
      ]);
      expect(run('--article', '99', '--from', saved).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
