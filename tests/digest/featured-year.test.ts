import { describe, expect, it } from 'vitest';
import { featuredYear } from '../../src/lib/digest/featured-year.ts';

describe('featuredYear', () => {
  it('opens on the newest year when enough provinces have reported it', () => {
    expect(
      featuredYear(
        new Map([
          [2023, 2],
          [2024, 3],
        ]),
      ),
    ).toEqual({
      year: 2024,
      newest: { year: 2024, provinces: 3 },
      passedOver: false,
    });
  });

  it('passes over a newest year only one province has reported, and says which it was', () => {
    expect(
      featuredYear(
        new Map([
          [2025, 1],
          [2024, 2],
          [2020, 4],
        ]),
      ),
    ).toEqual({
      year: 2024,
      newest: { year: 2025, provinces: 1 },
      passedOver: true,
    });
  });

  it('falls back to the newest year when no year has enough', () => {
    expect(
      featuredYear(
        new Map([
          [2019, 1],
          [2021, 1],
        ]),
      )?.year,
    ).toBe(2021);
    expect(featuredYear(new Map())).toBeNull();
  });

  it('takes the threshold given', () => {
    expect(
      featuredYear(
        new Map([
          [2025, 2],
          [2020, 3],
        ]),
        3,
      )?.year,
    ).toBe(2020);
  });
});
