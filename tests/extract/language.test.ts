/**
 * The language check before extraction: an article in another language is refused with a message that
 * names it; a Vietnamese one, however written, goes on. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { ExtractError, extractArticle } from '../../src/lib/extract/article.ts';
import { languageRefusal, readLanguage } from '../../src/lib/extract/language.ts';

const VIETNAMESE =
  'Ngày 28/12/2023, Bưu điện tỉnh Hà Nam tổ chức hội nghị tổng kết năm 2023. Năm 2023, tổng doanh thu của đơn vị đạt 150 tỷ đồng, đạt 101% kế hoạch, tăng 6% so với năm 2022.';

/** What a text is in, and why the test says so. */
const CASES: readonly [why: string, text: string, language: string][] = [
  ['a Vietnamese report', VIETNAMESE, 'Vietnamese'],
  [
    'Vietnamese typed without marks (never refused for that)',
    'Ngay 28/12/2023, Buu dien tinh Ha Nam to chuc hoi nghi tong ket nam 2023. Nam 2023, tong doanh thu cua don vi dat 150 ty dong, tang 6% so voi nam 2022.',
    'Vietnamese',
  ],
  [
    'a Vietnamese article quoting an English slogan',
    `${VIETNAMESE} Khẩu hiệu của hội nghị là "Delivering the future, together with our customers".`,
    'Vietnamese',
  ],
  [
    'English, even with Vietnamese names in it',
    'On December 28, the Ha Nam provincial post office (Bưu điện tỉnh Hà Nam) held its year-end conference. Its revenue was VND 150 billion, up 6 per cent on the year before, and it kept every service point open.',
    'English',
  ],
  [
    'French, whose accents are not Vietnamese marks',
    "La poste de la province de Hà Nam a tenu sa conférence de fin d'année le 28 décembre. Le chiffre d'affaires est de 150 milliards de dongs, en hausse de 6 % par rapport à l'année précédente.",
    'French',
  ],
  ['Chinese by its script', '河南省邮政召开2023年工作总结会议，全年总收入达到1500亿越南盾，同比增长6%。', 'Chinese'],
  [
    'Japanese: Chinese characters with kana',
    'ハナム省郵便局は2023年の総括会議を開催し、売上高は前年比6%増となりました。',
    'Japanese',
  ],
  ['Korean by its script', '하남성 우체국은 2023년 연말 회의를 열었으며 매출은 전년 대비 6% 증가했다.', 'Korean'],
  [
    'Cyrillic, named as a script',
    'Почта провинции Ханам подвела итоги 2023 года: выручка выросла на 6 процентов.',
    'Cyrillic script (Russian or another language)',
  ],
  // Too short to tell, or no language in it: the text goes on to the extractor.
  ['a text too short to tell', 'Doanh thu 2023', 'Vietnamese'],
  ['a text of numbers only', '2023 — 150 / 101% / 6%', 'Vietnamese'],
  ['an empty text', '', 'Vietnamese'],
];

describe('readLanguage', () => {
  it.each(CASES)('%s', (_why, text, language) => {
    const r = readLanguage(text);
    expect(r.vietnamese ? 'Vietnamese' : r.language.en).toBe(language);
  });
});

describe('extractArticle refuses an article in another language', () => {
  const english = [
    'published: 2024-01-03',
    '',
    'Ha Nam Post Office reviews 2023',
    '',
    'On December 28, the Ha Nam provincial post office held its year-end conference to review 2023 and set out its plan for 2024. Its revenue was VND 150 billion, up 6 per cent on 2022.',
  ].join('\n');

  it('with an ExtractError that names the language in Vietnamese and English', () => {
    expect(() => extractArticle(english)).toThrow(ExtractError);
    expect(() => extractArticle(english)).toThrow(/bài viết bằng tiếng Anh, không phải tiếng Việt/);
    expect(() => extractArticle(english)).toThrow(/the article is in English, not Vietnamese/);
  });

  it('before it looks for a year (which it used to report as missing)', () => {
    const chinese = '河南省邮政召开工作总结会议，全年总收入达到1500亿越南盾，同比增长百分之六。';
    expect(() => extractArticle(chinese)).toThrow(languageRefusal({ vi: 'tiếng Trung', en: 'Chinese' }));
  });
});
