/**
 * Every built page is whole and valid HTML, at both deploy bases: nothing is written after </html>
 * (a script there is a stray tag the Nu HTML checker stops on), and html-validate with the site's rules
 * (support/html-rules.ts) finds nothing. The Nu checker itself runs in nu-checker.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { filesUnder } from './support/built-site.ts';
import { afterClosingHtml, htmlProblems, htmlValidator } from './support/html-rules.ts';

describe.each(['root', 'digest'] as const)('pages of the site built at %s', (name) => {
  const { dir } = inject('e2e').sites[name];
  const pages = filesUnder(dir, (rel) => rel.endsWith('.html'));

  it('every page starts with its doctype and ends with </html>', () => {
    expect(pages.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const rel of pages) {
      const html = readFileSync(path.join(dir, rel), 'utf8');
      const after = afterClosingHtml(html).trim();
      if (!/^<!doctype html>/i.test(html)) broken.push(`${rel}: does not start with <!doctype html>`);
      if (!html.includes('</html>')) broken.push(`${rel}: no </html>`);
      else if (after) broken.push(`${rel}: written after </html>: ${after.slice(0, 120)}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('HTML of the site built at root', () => {
  const { dir } = inject('e2e').sites.root;

  it('every page passes html-validate with the site’s rules', async () => {
    const validator = htmlValidator();
    const problems: string[] = [];
    for (const rel of filesUnder(dir, (r) => r.endsWith('.html')))
      problems.push(...(await htmlProblems(validator, readFileSync(path.join(dir, rel), 'utf8'), rel)));
    expect(problems).toEqual([]);
  });
});
