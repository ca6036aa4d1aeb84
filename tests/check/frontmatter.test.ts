/**
 * Splitting an entry and reading its YAML as Astro does, with the line of every field.
 */
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/check/check-entry.ts';
import { parseFrontmatter, splitEntry } from '../../src/lib/check/frontmatter.ts';
import { entry } from './support/entries.ts';

describe('frontmatter positions', () => {
  it('finds the line of a nested field, and of the parent when the field is missing', () => {
    const text = entry('kpis:\n  - metric: total_revenue\n    value: 5\n  - metric: profit\n    unit: VND\n');
    const fm = parseFrontmatter(splitEntry(text));
    expect(fm.lineOf(['kpis', 1, 'unit'])).toBe(11);
    expect(fm.lineOf(['kpis', 0, 'value'])).toBe(9);
    expect(fm.lineOf(['kpis', 1, 'quote'])).toBe(10);
    expect(fm.lineOf(['nothing'])).toBe(2);
  });

  it("explains a syntax error only js-yaml (Astro's parser) rejects, in its words, at its line", () => {
    const text = entry('').replace('title: Tiêu đề', 'title: !tieude Tiêu đề');
    const [p] = checkEntry({ file: 'a.mdx', relative: 'son-la/2023-12-27-a.mdx', text }).problems;
    expect([p?.line, p?.field, p?.rule, p?.en.what]).toEqual([
      2,
      'title',
      'yaml-syntax',
      'YAML syntax error (unknown tag !<!tieude>)',
    ]);
  });

  it('reads unquoted dates as dates, the way Astro does', () => {
    const fm = parseFrontmatter(splitEntry(entry('')));
    expect((fm.data as { eventDate: unknown }).eventDate).toBeInstanceOf(Date);
  });
});
