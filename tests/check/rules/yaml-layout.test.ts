/**
 * The yaml-syntax rule's layout diagnosis (yaml-layout.ts): the slip it finds in a list laid out wrongly,
 * and what it leaves to the parser.
 *
 * Its advice is advice an editor can follow: every one-line layout slip in real entries (a line indented 1, 2 or 4
 * spaces too far or too little, an item's "- " dropped, a "- " added in front of a field), checked,
 * then fixed exactly as the message says, must give frontmatter that parses. Before, "put the value
 * in double quotes" for a misplaced "- " sent editors round in circles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../src/lib/check/check-entry.ts';
import type { Problem } from '../../../src/lib/check/problem.ts';
import { diagnoseLayout } from '../../../src/lib/check/rules/yaml-layout.ts';
import { changed, en, REL } from '../support/entries.ts';

describe('list layout', () => {
  const layout = (yaml: string) => {
    const f = diagnoseLayout(yaml, 2);
    return f ? `${f.line} ${f.field} ${f.en.what}` : null;
  };

  it("leaves valid layouts alone, lists at their key's column included", () => {
    expect(layout('kpis:\n- metric: a\n  value: 1\n- metric: b\n  value: 2\nreview:\n  status: x\n')).toBeNull();
    expect(
      layout(
        'kpis:\n  - metric: a\n    value: 1\n  - metric: b\nreview:\n  warnings:\n    - field: title\n      message: a\n',
      ),
    ).toBeNull();
  });

  it('finds the slip in nested lists and after a value', () => {
    expect(layout('review:\n  warnings:\n    - field: title\n      message: a\n        messageEn: b\n')).toBe(
      '6 review.warnings[0].messageEn messageEn is indented further than the other fields at its level (8 spaces instead of 6)',
    );
    expect(layout('title: a\n  province: son-la\n')).toBe(
      '3 province province is indented further than the other fields at its level (2 spaces instead of 0)',
    );
    expect(layout('kpis:\n  - metric: a\n   value: 1\n')).toBe(
      '4 kpis[0].value value is indented less than the other fields at its level (3 spaces instead of 4)',
    );
    expect(layout('kpis:\n    metric: a\n    value: 1\n  - metric: b\n')).toBe(
      '3 kpis[0] the first item of kpis does not start with “- ”',
    );
    expect(layout('source: {}\n  url: https://a.vn\n')).toBe(
      '2 source source: {} says the group is empty, but fields follow on the lines below',
    );
  });

  it("leaves a real duplicate, and anything with tabs or multi-line values, to the parser's words", () => {
    expect(layout('kpis:\n  - metric: a\n    period: year\n    period: year\n')).toBeNull();
    expect(layout('title: |\n  a\n    b\n')).toBeNull();
    expect(layout('kpis:\n\t- metric: a\n')).toBeNull();
    expect(
      en(changed('    period: year\n    quote: Tổng', '    period: year\n    period: year\n    quote: Tổng')),
    ).toEqual([
      `${REL}:16  period  error: the field "period" appears twice  — keep one period: line and delete the other`,
    ]);
  });
});

const ENTRIES = [
  'tests/check/fixtures/valid/son-la/2023-12-27-buu-dien-tinh-son-la-trien-khai-ke-hoach-nam-2024.mdx',
  // review.warnings with quotes, a source with several fields, province null
  'tests/fixtures/site-content/unassigned/2021-01-08-doanh-thu-nam-2020-uoc-dat-hon-233-ty-dong.mdx',
  // awards of every level, people, targets
  'tests/fixtures/site-content/lang-son/2023-12-28-buu-dien-tinh-tong-ket-cong-tac-nam-2023.mdx',
];

const syntaxError = (text: string): Problem | undefined =>
  checkEntry({ file: 'x.mdx', relative: 'son-la/2023-12-27-x.mdx', text }).problems.find(
    (p) => p.rule === 'yaml-syntax',
  );

const indentOf = (line: string): number => line.length - line.trimStart().length;
const setIndent = (line: string, n: number): string => ' '.repeat(n) + line.trimStart();

/** The file with the English advice of `p` carried out, or null when the advice is not a layout one. */
function follow(text: string, p: Problem): string | null {
  const lines = text.split('\n');
  const i = p.line - 1;
  const fix = p.en.fix;
  let m: RegExpExecArray | null;
  if ((m = /^line it up with them: put (\d+) spaces? before \S+:$/.exec(fix))) {
    lines[i] = setIndent(lines[i]!, Number(m[1]));
  } else if (
    (m =
      /^line this item up with the others: put (\d+) spaces? before “- ”, and its fields in line with its first field$/.exec(
        fix,
      ))
  ) {
    const dash = indentOf(lines[i]!);
    const want = Number(m[1]);
    lines[i] = setIndent(lines[i]!, want);
    const body: number[] = [];
    for (let j = i + 1; j < lines.length && lines[j] !== '---'; j += 1) {
      const l = lines[j]!;
      if (indentOf(l) <= dash || (l.trimStart().startsWith('- ') && indentOf(l) <= want)) break;
      body.push(j);
    }
    const least = Math.min(...body.map((j) => indentOf(lines[j]!)));
    for (const j of body) lines[j] = setIndent(lines[j]!, indentOf(lines[j]!) - least + want + 2);
  } else if ((m = /^start the item with “- ”: "(.*)"$/.exec(fix))) {
    lines[i] = m[1]!;
  } else if ((m = /^delete the “- ” and put (\d+) spaces? before \S+:$/.exec(fix))) {
    lines[i] = setIndent(lines[i]!.trimStart().replace(/^- +/, ''), Number(m[1]));
  } else if ((m = /^delete (\[\]|\{\}) after \S+:$/.exec(fix))) {
    lines[i] = lines[i]!.replace(` ${m[1]}`, '');
  } else {
    return null;
  }
  return lines.join('\n');
}

/** Every one-line slip of the frontmatter of `text`. */
function* slips(text: string): Generator<{ line: number; text: string }> {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  for (let i = 1; i < end; i += 1) {
    const l = lines[i]!;
    const indent = indentOf(l);
    const variants: string[] = [];
    for (const d of [-4, -2, -1, 1, 2, 4]) if (indent + d >= 0) variants.push(setIndent(l, indent + d));
    if (l.trimStart().startsWith('- ')) variants.push(setIndent(l.trimStart().slice(2), indent + 2));
    else if (indent >= 2) variants.push(`${' '.repeat(indent - 2)}- ${l.trimStart()}`);
    for (const v of variants) yield { line: i + 1, text: [...lines.slice(0, i), v, ...lines.slice(i + 1)].join('\n') };
  }
}

describe('layout advice, followed, gives frontmatter that parses', () => {
  it.each(ENTRIES)(
    '%s',
    (file) => {
      // The frontmatter is what is perturbed; a one-line body keeps each check quick.
      const whole = readFileSync(file, 'utf8');
      const text = `${whole.slice(0, whole.indexOf('\n---\n', 4) + 5)}Nội dung.\n`;
      const stuck: string[] = [];
      let tried = 0;
      for (const slip of slips(text)) {
        const error = syntaxError(slip.text);
        if (!error) continue;
        tried += 1;
        const fixed = follow(slip.text, error);
        const after = fixed === null ? error : syntaxError(fixed);
        if (after)
          stuck.push(
            `slip on line ${slip.line}: “${error.en.what} — ${error.en.fix}” → ${fixed === null ? 'no layout advice' : `then “${after.en.what}”`}`,
          );
      }
      expect(tried).toBeGreaterThan(100);
      expect(stuck).toEqual([]);
    },
    60_000,
  );
});
