/**
 * How a problem is kept and printed: one problem per field.
 */
import { describe, expect, it } from 'vitest';
import { onePerField, type Problem } from '../../src/lib/check/problem.ts';

describe('one mistake, one problem', () => {
  const p = (field: string, severity: Problem['severity'], rule: Problem['rule'], file = 'a.mdx'): Problem => ({
    file,
    line: 1,
    field,
    severity,
    rule,
    vi: { what: '', fix: '' },
    en: { what: '', fix: '' },
  });
  it("keeps a field's first error, drops what follows from it, keeps the body's and the file's every problem", () => {
    const list = [
      p('eventDate', 'error', 'impossible-date'),
      p('eventDate', 'warning', 'file-date'),
      p('awards[0].count', 'error', 'too-small'),
      p('awards[0].count', 'error', 'award-count'),
      p('body', 'error', 'mdx-syntax'),
      p('body', 'error', 'unsafe-body'),
      p('title', 'warning', 'cut-by-comment'),
      p('eventDate', 'warning', 'file-date', 'b.mdx'),
    ];
    expect(onePerField(list).map((x) => `${x.file} ${x.field} ${x.rule}`)).toEqual([
      'a.mdx eventDate impossible-date',
      'a.mdx awards[0].count too-small',
      'a.mdx body mdx-syntax',
      'a.mdx body unsafe-body',
      'a.mdx title cut-by-comment',
      'b.mdx eventDate file-date',
    ]);
  });
});
