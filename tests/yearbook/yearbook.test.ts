import { describe, expect, it } from 'vitest';
import { targetsOfYear } from '../../src/lib/digest/targets.ts';
import { yearDigest } from '../../src/lib/digest/year-page.ts';
import { parsePdfFacts, pdfIsCurrent, pdfName } from '../../src/lib/yearbook/files.ts';
import { yearbookFingerprint } from '../../src/lib/yearbook/fingerprint.ts';
import { planPdfs } from '../../src/lib/yearbook/print-plan.ts';
import { dataAsOf, yearbookSections, yearbookSources } from '../../src/lib/yearbook/yearbook.ts';
import { fixtureDigest } from '../digest/fixture-digest.ts';

const digest = fixtureDigest();

describe('the yearbook’s sources and date', () => {
  it('lists every article a 2023 table comes from, the targets’ too, newest first', () => {
    const sources = yearbookSources(digest, yearDigest(digest, 2023), targetsOfYear(digest, 2024));
    expect(sources.map((s) => s.province)).toEqual(['lang-son', 'son-la']);
    expect(sources[0]!.sources[0]).toEqual(digest.entryById.get(sources[0]!.entryId)!.source);
  });

  it('dates the data by the newest conference or publication', () => {
    expect(dataAsOf(yearDigest(digest, 2023).entries)).toBe('2023-12-28');
    expect(dataAsOf([{ eventDate: null, source: { publishedAt: '2024-01-02T08:00' } }])).toBe('2024-01-02');
    expect(dataAsOf([])).toBeNull();
  });

  it('has method and sources always, other sections when they have something', () => {
    expect(
      yearbookSections({ written: false, rankings: 2, targets: 0, awards: 1, conferences: 2 }).map((s) => s.id),
    ).toEqual(['yb-rankings', 'yb-awards', 'yb-conferences', 'yb-method', 'yb-sources']);
  });
});

describe('the fingerprint and the facts beside a PDF', () => {
  it('changes with any entry or written digest, not with their order', () => {
    const a = yearbookFingerprint(digest.entries, [{ id: '2023', data: { year: 2023 }, body: 'x' }]);
    expect(yearbookFingerprint([...digest.entries].reverse(), [{ id: '2023', data: { year: 2023 }, body: 'x' }])).toBe(
      a,
    );
    expect(yearbookFingerprint(digest.entries, [{ id: '2023', data: { year: 2023 }, body: 'y' }])).not.toBe(a);
    const [first, ...rest] = digest.entries;
    expect(yearbookFingerprint([{ ...first!, title: `${first!.title}!` }, ...rest], [])).not.toBe(
      yearbookFingerprint(digest.entries, []),
    );
  });

  it('is the same when asked again with the same entries (a build asks once per year and language)', () => {
    const written = [{ id: '2023', data: { year: 2023 }, body: 'x' }];
    const once = yearbookFingerprint(digest.entries, written);
    expect(yearbookFingerprint(digest.entries, written)).toBe(once);
    expect(yearbookFingerprint(digest.entries, [])).not.toBe(once);
    expect(yearbookFingerprint(digest.entries, written)).toBe(yearbookFingerprint([...digest.entries], written));
  });

  it('links a PDF only when its facts are for this year, language and data', () => {
    const facts = parsePdfFacts({ year: 2023, lang: 'vi', fingerprint: 'abc', pages: 9, dataAsOf: '2023-12-28' });
    expect(pdfIsCurrent(facts, 2023, 'vi', 'abc')).toBe(true);
    expect(pdfIsCurrent(facts, 2023, 'vi', 'abd')).toBe(false);
    expect(pdfIsCurrent(facts, 2023, 'en', 'abc')).toBe(false);
    expect(parsePdfFacts({ year: '2023' })).toBeNull();
    expect(pdfName(2023, 'en')).toBe('digest-2023-en.pdf');
  });
});

describe('planPdfs', () => {
  it('prints every built year in both languages by default', () => {
    const plan = planPdfs([2024, 2023], []);
    expect(plan.ok && plan.jobs.map((j) => `${j.page} → ${j.file}`)).toEqual([
      'years/2023/print/ → digest-2023-vi.pdf',
      'en/years/2023/print/ → digest-2023-en.pdf',
      'years/2024/print/ → digest-2024-vi.pdf',
      'en/years/2024/print/ → digest-2024-en.pdf',
    ]);
  });

  it('says which asked-for year the build lacks', () => {
    const plan = planPdfs([2023], [2019], ['vi']);
    expect(!plan.ok && plan.message).toContain('The built site has no print page for 2019 (it has: 2023)');
    expect(planPdfs([], []).ok).toBe(false);
  });
});
