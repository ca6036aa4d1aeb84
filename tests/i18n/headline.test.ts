import { describe, expect, it } from 'vitest';
import { englishGloss } from '../../src/i18n/headline.ts';

describe('englishGloss', () => {
  it('says in English whose event it was, what kind, and for which year', () => {
    expect(englishGloss({ unitKey: null, province: 'lang-son', eventKind: 'year-end', reportYear: 2023 })).toBe(
      'Lạng Sơn: year-end conference, 2023',
    );
    expect(englishGloss({ unitKey: null, province: 'son-la', eventKind: 'mid-year', reportYear: 2024 })).toBe(
      'Sơn La: interim review, 2024',
    );
  });

  it('says so when the province is not identified', () => {
    expect(englishGloss({ unitKey: null, province: null, eventKind: 'other', reportYear: 2020 })).toBe(
      'Province not identified: other event, 2020',
    );
  });
});
