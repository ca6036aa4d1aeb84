/**
 * The generated docs and JSON Schema are fresh (npm run docs writes them) and list what they should.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../src/lib/docs/generated-files.ts';

describe('generated docs and JSON Schema', () => {
  it.each(generatedFiles().map((f) => [f.path, f] as const))('%s is up to date (run npm run docs)', (_path, file) => {
    const current = readFileSync(file.path, 'utf8');
    expect(file.render(current)).toBe(current);
  });

  it('lists every metric with its unit, and every field of the schema', () => {
    const vi = readFileSync('docs/editing.md', 'utf8');
    expect(vi).toContain('| `total_revenue` | Tổng doanh thu | `VND` (đồng) |');
    expect(vi).toContain('| `recipientKind` | một trong: `individual`, `collective`, `mixed` | bắt buộc |');
    const en = readFileSync('docs/editing.en.md', 'utf8');
    expect(en).toContain(
      '| `labor_productivity` | Labour productivity | `VND/person/year` (VND per person per year) or `VND/person/month` (VND per person per month) |',
    );
  });

  it('the content model lists the fields, the metrics and the download columns, the contract\'s eight first', () => {
    const model = readFileSync('docs/content-model.md', 'utf8');
    expect(model).toContain('| `eventKind` | one of: `year-end`, `mid-year`, `other` |');
    expect(model).toContain('| `total_revenue` | Total revenue | `VND` (VND) |');
    expect(model).toContain(
      '| `/data/kpis.csv` (and `/data/kpis.json`, the same records) | `province`, `year`, `metric`, `value`, `unit`, `qualifier`, `kind`, `article`, ',
    );
  });
});
