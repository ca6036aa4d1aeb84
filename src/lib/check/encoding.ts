/**
 * Is an entry's file UTF-8? The site reads every entry as UTF-8: a file saved as windows-1258 or
 * latin1 would be built with "�" in place of every Vietnamese letter, and a UTF-16 file would not even
 * be seen to have frontmatter. Decoding strictly tells them apart before anything else is checked.
 */
export type Encoding = 'utf-8' | 'utf-16' | 'not-utf-8';

export interface DecodedFile {
  /** The text as the site would read it (invalid bytes become U+FFFD). */
  text: string;
  encoding: Encoding;
  /** 1-based line of the first byte that is not UTF-8 (for `not-utf-8`). */
  badLine?: number;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeEntryBytes(bytes: Uint8Array): DecodedFile {
  const text = lenient.decode(bytes);
  // UTF-16 starts with a byte-order mark, or, without one, has a zero byte beside every ASCII letter.
  const bom16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (bom16 || bytes.includes(0)) return { text, encoding: 'utf-16' };
  try {
    strict.decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text, encoding: 'not-utf-8', badLine: firstBadLine(bytes) };
  }
}

/** The line of the first byte sequence that is not valid UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b === 0x0a) line += 1;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return line;
    if (length > 1) {
      try {
        strict.decode(bytes.subarray(i, i + length));
      } catch {
        return line;
      }
    }
    i += length;
  }
  return line;
}
