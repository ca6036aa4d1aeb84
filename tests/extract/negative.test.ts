/**
 * Articles that are not a provincial post office's results (tests/extract/fixtures/negative/, written for
 * these tests): each is refused with a message that names its language, or gives an entry with no
 * figures and a warning that says why. And the real articles are none of these.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryData, ExtractError, extractArticle } from '../../src/lib/extract/article.ts';
import { runIngest, type IngestFs } from '../../src/lib/ingest/run.ts';

const NEGATIVE = join(import.meta.dirname, 'fixtures/negative');
const RAW = join(import.meta.dirname, '../fixtures/raw');
const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');

/** Refused: the language the message names. */
const REFUSED: Record<string, string> = {
  'english-provincial.txt': 'English',
  'french.txt': 'French',
  'chinese.txt': 'Chinese',
};
/** An entry with nothing of a provincial post office: the organisation the warning names, if any. */
const NOT_THE_SUBJECT: Record<string, string | null> = {
  'national-totals.txt': 'Tổng công ty Bưu điện Việt Nam',
  'viettel-post.txt': 'Viettel Post',
  'bank.txt': 'Agribank',
  'museum.txt': 'Bảo tàng',
  'saigon-central-post-office.txt': null,
  'street.txt': null,
  'village-story.txt': null,
};

describe('negative texts', () => {
  it('are all expected here', () => {
    expect(readdirSync(NEGATIVE).sort()).toEqual(Object.keys({ ...REFUSED, ...NOT_THE_SUBJECT }).sort());
  });

  for (const [file, language] of Object.entries(REFUSED)) {
    it(`${file}: refused as written in ${language}, in both languages of the site`, () => {
      const text = read(NEGATIVE, file);
      expect(() => extractArticle(text)).toThrow(ExtractError);
      expect(() => extractArticle(text)).toThrow(`the article is in ${language}, not Vietnamese`);
      expect(() => extractArticle(text)).toThrow(/^bài viết bằng tiếng \S+, không phải tiếng Việt/);
    });
  }

  for (const [file, other] of Object.entries(NOT_THE_SUBJECT)) {
    it(`${file}: no figures and no awards, and a warning that says whose article it is not`, () => {
      const { entries } = extractArticle(read(NEGATIVE, file));
      expect(entries).toHaveLength(1);
      const e = entryData(entries[0]!);
      expect([e.kpis, e.targets, e.serviceGrowth, e.awards]).toEqual([[], [], [], []]);
      expect(e.review.status).toBe('needs-review');
      const w = (e.review.warnings ?? []).find((x) => x.messageEn?.includes('name no provincial post office'));
      expect(w, JSON.stringify(e.review.warnings)).toBeDefined();
      expect(w!.message).toContain('không nêu bưu điện tỉnh, thành phố nào là chủ thể');
      expect(w!.quote ?? null).toBe(other);
    });
  }

  it('says how many figures and awards of the national totals were left out', () => {
    const e = entryData(extractArticle(read(NEGATIVE, 'national-totals.txt')).entries[0]!);
    const w = (e.review.warnings ?? []).find((x) => x.messageEn?.includes('name no provincial post office'))!;
    // The corporation's revenue, profit, budget and its 2024 target at least; the flags of two provinces.
    expect(w.messageEn).toMatch(/The ([4-9]|\d\d+) figures and [2-9] awards read in it were left out/);
  });

  it('a refusal writes nothing: no entry, no stored source', () => {
    const untouched: IngestFs = {
      readText: () => null,
      listFiles: () => [],
      writeAtomic: (p) => {
        throw new Error(`wrote ${p}`);
      },
      writeBytes: (p) => {
        throw new Error(`wrote ${p}`);
      },
      remove: (p) => {
        throw new Error(`removed ${p}`);
      },
    };
    const inputs = Object.keys(REFUSED).map((name) => ({ path: name, text: read(NEGATIVE, name) }));
    const outcomes = runIngest(inputs, { contentDir: 'content' }, untouched);
    for (const o of outcomes) {
      expect(o.entries).toEqual([]);
      expect(o.error).toMatch(/not Vietnamese/);
    }
  });
});

describe('the real articles are none of these', () => {
  const files = [
    ...readdirSync(join(RAW, 'articles')).map((n) => join('articles', n)),
    ...readdirSync(join(RAW, 'seeds')).map((n) => join('seeds', n)),
  ];
  it.each(files)('%s is read, as a provincial post office’s', (file) => {
    const { entries } = extractArticle(read(RAW, file));
    for (const e of entries)
      expect(e.warnings.map((w) => w.messageEn)).not.toContainEqual(
        expect.stringContaining('name no provincial post office'),
      );
  });
});
