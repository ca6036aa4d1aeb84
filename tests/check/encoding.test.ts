/**
 * Which encoding an entry's bytes are in, as the site would read them.
 */
import { describe, expect, it } from 'vitest';
import { decodeEntryBytes } from '../../src/lib/check/encoding.ts';
import { rules, VALID } from './support/entries.ts';

describe('encodings', () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  it('tells UTF-8 (a literal “�” included) from UTF-16 with or without a byte-order mark, and from other encodings', () => {
    expect(decodeEntryBytes(bytes('---\ntitle: Sơn La �\n---\n')).encoding).toBe('utf-8');
    expect(decodeEntryBytes(Buffer.from('\ufeff---\n', 'utf16le')).encoding).toBe('utf-16');
    expect(decodeEntryBytes(Buffer.from('---\ntitle: a\n', 'utf16le')).encoding).toBe('utf-16');
    expect(decodeEntryBytes(Buffer.from('---\ntitle: S\xf4n La\n', 'latin1'))).toMatchObject({
      encoding: 'not-utf-8',
      badLine: 2,
    });
  });

  it('keeps a UTF-8 byte-order mark working, as Astro does', () => {
    expect(rules(`\ufeff${VALID}`)).toEqual([]);
  });
});
