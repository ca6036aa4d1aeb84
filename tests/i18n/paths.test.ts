import { describe, expect, it } from 'vitest';
import { langOfPath, localePath, twinPath, withBase } from '../../src/i18n/paths.ts';

describe('paths under a base', () => {
  it('prefixes the base and the language', () => {
    expect(localePath('vi', 'provinces/son-la/', '/digest/')).toBe('/digest/provinces/son-la/');
    expect(localePath('en', 'provinces/son-la/', '/digest/')).toBe('/digest/en/provinces/son-la/');
    expect(localePath('en', '', '/')).toBe('/en/');
    expect(localePath('vi', '', '/')).toBe('/');
    expect(withBase('/data/kpis.csv', '/digest/')).toBe('/digest/data/kpis.csv');
  });

  it('maps a page to its twin in the other language', () => {
    expect(twinPath('/digest/awards/', '/digest/')).toBe('/digest/en/awards/');
    expect(twinPath('/digest/en/awards/', '/digest/')).toBe('/digest/awards/');
    expect(twinPath('/digest/en/', '/digest/')).toBe('/digest/');
    expect(twinPath('/digest/', '/digest/')).toBe('/digest/en/');
    expect(twinPath('/en', '/')).toBe('/');
  });

  it('does not mistake a path that starts with "en" for English', () => {
    expect(langOfPath('/entries/', '/')).toBe('vi');
    expect(twinPath('/entries/', '/')).toBe('/en/entries/');
    expect(langOfPath('/digest/en/timeline/', '/digest/')).toBe('en');
  });
});
