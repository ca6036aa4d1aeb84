/**
 * Saved pages built to the structure of real outlets' article pages, each carrying a real article's
 * text: the page reader finds the same text and metadata, and the ingest makes the same entry as from
 * the article's .txt with its header typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/lib/html/page.ts';
import { dryRun } from '../../src/lib/ingest/run.ts';
import { articleAsOnPage, articleText, FIXTURES, pageBytes, words, type PageFixture } from './fixtures.ts';

function read(f: PageFixture) {
  const page = readPage(pageBytes(f.file));
  if (!page.ok) throw new Error(`${f.file}: ${page.problem.en}`);
  return page;
}

/** The entry's frontmatter without its source fields (where the text came from). */
function entryOf(text: string): Record<string, unknown> {
  const out = dryRun({ path: 'x', text });
  if (out.error) throw new Error(out.error);
  const { source: _source, ...data } = out.data!;
  return data;
}

describe.each(FIXTURES)('$file', (f) => {
  it('reads the metadata from where the page puts it', () => {
    expect(read(f).metadata).toEqual(f.metadata);
  });

  it("reads the article's text and nothing else: no menus, related links, comments or footer", () => {
    const page = read(f);
    const title = words(f.metadata.title!);
    const withoutTitle = (s: string): string => {
      const w = words(s);
      return w.startsWith(`${title} `) ? w.slice(title.length + 1) : w;
    };
    expect(withoutTitle(page.text)).toBe(withoutTitle(articleAsOnPage(f).text));
  });

  it('makes the entry the .txt makes with its headline and date typed at the top', () => {
    const page = read(f);
    const { header, text } = articleAsOnPage(f);
    const typed = [
      ...header.filter((l) => !l.startsWith('retrieved-as:')),
      `title: ${f.metadata.title}`,
      `published: ${f.metadata.publishedAt}`,
      'retrieved-as: full',
    ].join('\n');
    expect(entryOf(page.rawArticle)).toEqual(entryOf(`${typed}\n\n${text}\n`));
  });
});

describe.each(FIXTURES.filter((f) => f.sameAsTxt))('$file, whose .txt already gave headline and date', (f) => {
  it('makes the same entry as the untouched .txt', () => {
    expect(entryOf(read(f).rawArticle)).toEqual(entryOf(articleText(f.article)));
  });
});

describe('the raw article a page becomes', () => {
  it('has the header a person would type, then the headline and the text', () => {
    const page = read(FIXTURES.find((f) => f.file === 'baonghean-30.html')!);
    expect(page.rawArticle.split('\n\n')[0]).toBe(
      [
        'source: https://baonghean.vn/buu-dien-tinh-nghe-an-phan-dau-doanh-thu-nam-2022-dat-hon-740-ty-300567.html',
        'published: 2022-01-07T16:35',
        'title: Bưu điện tỉnh Nghệ An phấn đấu doanh thu năm 2022 đạt hơn 740 tỷ đồng',
        'publisher: Báo Nghệ An',
        'author: Thu Huyền',
        'retrieved-as: full',
      ].join('\n'),
    );
    expect(page.rawArticle.split('\n\n')[1]).toBe(
      'Bưu điện tỉnh Nghệ An phấn đấu doanh thu năm 2022 đạt hơn 740 tỷ đồng',
    );
    const out = dryRun({ path: 'x', text: page.rawArticle });
    expect(out.data!.source).toEqual({
      url: 'https://baonghean.vn/buu-dien-tinh-nghe-an-phan-dau-doanh-thu-nam-2022-dat-hon-740-ty-300567.html',
      publisher: 'Báo Nghệ An',
      publishedAt: '2022-01-07T16:35',
      author: 'Thu Huyền',
      retrievedAs: 'full',
    });
  });

  it('keeps photo captions as their own lines', () => {
    const page = read(FIXTURES.find((f) => f.file === 'vnpost-22.html')!);
    expect(page.text.split('\n\n')).toContain('Toàn cảnh hội nghị');
    const body = dryRun({ path: 'x', text: page.rawArticle }).body!;
    expect(body).toContain('*Toàn cảnh hội nghị*');
  });

  it('leaves out what is around the article', () => {
    for (const f of FIXTURES) {
      const text = read(f).text;
      for (const around of [
        'Trang chủ',
        'Tin liên quan',
        'Tin khác',
        'Bình luận',
        'Gửi',
        'Giấy phép',
        'Đọc nhiều',
        'Chia sẻ',
      ])
        expect(text, `${f.file}: ${around}`).not.toContain(around);
    }
  });
});
