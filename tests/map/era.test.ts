import { describe, expect, it } from 'vitest';
import { mapEraForYear } from '../../src/lib/map/era.ts';

describe('era of a year', () => {
  it('draws years before the 1 July 2025 reform on the 63-province map and later ones on the 34-unit map', () => {
    expect(mapEraForYear(2019)).toBe('63');
    expect(mapEraForYear(2024)).toBe('63');
    expect(mapEraForYear(2025)).toBe('34');
    expect(mapEraForYear(2026)).toBe('34');
  });
});
