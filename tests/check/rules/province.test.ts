/**
 * The province: the slug an editor meant.
 */
import { describe, expect, it } from 'vitest';
import { suggestProvinceSlug } from '../../../src/lib/check/rules/province.ts';

describe('suggestProvinceSlug', () => {
  it.each([
    ['sonla', 'son-la'],
    ['Sơn La', 'son-la'],
    ['tỉnh Sơn La', 'son-la'],
    ['ba-ria-vung-tao', 'ba-ria-vung-tau'],
    ['TP Hồ Chí Minh', 'ho-chi-minh'],
    ['hanoi', 'ha-noi'],
    ['Thừa Thiên - Huế', 'thua-thien-hue'],
  ])('province %s → %s', (input, slug) => expect(suggestProvinceSlug(input)).toBe(slug));

  it('does not force a suggestion on something unlike every slug', () => {
    expect(suggestProvinceSlug('xyz')).toBeUndefined();
  });
});
