import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkWrittenDigest, componentFindings } from '../../src/lib/written/check-written.ts';
import { digestsDirFor, parseDigestName, defaultDigestsDir } from '../../src/lib/written/file-name.ts';
import { pickWrittenDigest } from '../../src/lib/written/pick.ts';
import { fixtureDigest } from '../digest/fixture-digest.ts';

const digest = fixtureDigest();
const FRONT = `---
year: 2023
title: Bưu điện các tỉnh năm 2023
lead: Hai tỉnh báo cáo.
authors:
  - Phòng Truyền thông
published: 2024-03-01
---
`;
const lines = (file: string, text: string) =>
  checkWrittenDigest(file, text, digest).findings.map((f) => `${file}:${f.line}  ${f.field}  ${f.en.what}`);

describe('checkWrittenDigest', () => {
  it('passes the fixture digests', () => {
    for (const name of ['2023.mdx', '2023.en.mdx', '2024.mdx']) {
      const text = readFileSync(`tests/fixtures/site-content-digests/${name}`, 'utf8');
      expect(checkWrittenDigest(`tests/fixtures/site-content-digests/${name}`, text, digest).findings).toEqual([]);
    }
  });

  it('names the file, the line of the tag and the prop of a figure the corpus lacks', () => {
    const text = `${FRONT}\nĐoạn một.\n\nDoanh thu đạt <Figure province="son-la" metric="total_revenue" year={2022} />.\n`;
    expect(lines('content/digests/2023.mdx', text)).toEqual([
      'content/digests/2023.mdx:12  <Figure> year  no figure for son-la total_revenue 2022',
    ]);
  });

  it('checks the frontmatter against the schema, at the field’s line', () => {
    const text = FRONT.replace('published: 2024-03-01', 'published: 2024-02-30').replace(
      'lead: Hai tỉnh báo cáo.\n',
      '',
    );
    expect(lines('content/digests/2023.mdx', text)).toEqual([
      'content/digests/2023.mdx:1  lead  lead: is required: one or two sentences about the year',
      'content/digests/2023.mdx:6  published  published: is not a real calendar date',
    ]);
  });

  it('holds the year to the file name, and the file name to its pattern', () => {
    expect(lines('content/digests/2024.en.mdx', FRONT)).toEqual([
      "content/digests/2024.en.mdx:2  year  year: 2023 differs from the file name's year (2024)",
    ]);
    expect(lines('content/digests/digest-2023.mdx', FRONT)[0]).toBe(
      'content/digests/digest-2023.mdx:1  file  a written digest is named <year>.mdx (Vietnamese) or <year>.en.mdx (English)',
    );
  });

  it('reports MDX that does not compile with its line', () => {
    expect(lines('content/digests/2023.mdx', `${FRONT}\nTăng {6,5%}.\n`)).toEqual([
      'content/digests/2023.mdx:10  body  this “{” is read as the start of code',
    ]);
  });

  it('reads an article body the same way', () => {
    const entry = `---\ntitle: x\n---\n\nĐạt <Awards year={2023} level="government" />\n`;
    expect(componentFindings(entry, digest).map((f) => [f.line, f.field, f.en.what])).toEqual([
      [5, '<Awards> Awards', '<Awards> stands inside a paragraph'],
    ]);
  });
});

describe('file names and folders', () => {
  it('reads the year and language of a digest', () => {
    expect(parseDigestName('content/digests/2023.mdx')).toEqual({ year: 2023, lang: 'vi' });
    expect(parseDigestName('2023.en')).toEqual({ year: 2023, lang: 'en' });
    expect(parseDigestName('2023.fr.mdx')).toBeNull();
  });

  it('keeps digests beside the articles, or in <folder>-digests for another corpus', () => {
    expect(digestsDirFor('./content/articles')).toBe('./content/digests');
    expect(digestsDirFor('tests/fixtures/site-content/')).toBe('tests/fixtures/site-content-digests');
    expect(defaultDigestsDir({})).toBe('content/digests');
    expect(defaultDigestsDir({ DIGEST_DIGESTS_DIR: 'x/y' })).toBe('x/y');
  });

  it('picks the page’s language, else the other with a note', () => {
    expect(pickWrittenDigest(['2023', '2023.en'], 2023, 'en')).toEqual({ id: '2023.en', lang: 'en', fallback: false });
    expect(pickWrittenDigest(['2024'], 2024, 'en')).toEqual({ id: '2024', lang: 'vi', fallback: true });
    expect(pickWrittenDigest(['2024'], 2023, 'vi')).toBeNull();
  });
});
