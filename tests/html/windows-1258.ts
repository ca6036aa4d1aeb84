/**
 * Text to Windows-1258 bytes, as the older Vietnamese sites wrote their pages: the letters the code
 * page has (â, ê, ô, ơ, ư, ă, đ, à, á…) as one byte, other tones as the letter and a combining mark
 * ("ế" = ê + U+0301). For tests only: the ingest never writes this encoding.
 */
import { TextDecoder } from '@exodus/bytes/encoding.js';

const decoder = new TextDecoder('windows-1258');
const BYTE_OF = new Map<string, number>();
for (let b = 0; b < 256; b += 1) {
  const ch = decoder.decode(Uint8Array.of(b));
  if (ch !== '\uFFFD' && !BYTE_OF.has(ch)) BYTE_OF.set(ch, b);
}

export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = BYTE_OF.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // The letter with as many of its marks as the code page has it with (ê, ơ, ă…), the rest as combining bytes.
    const [base, ...marks] = [...ch.normalize('NFD')];
    let done = false;
    for (let kept = 0; kept < 1 << marks.length && !done; kept += 1) {
      const composed = (base! + marks.filter((_, i) => !(kept & (1 << i))).join('')).normalize('NFC');
      const combining = marks.filter((_, i) => kept & (1 << i)).map((m) => BYTE_OF.get(m));
      const first = BYTE_OF.get(composed);
      if (first !== undefined && combining.every((m) => m !== undefined)) {
        out.push(first, ...(combining as number[]));
        done = true;
      }
    }
    if (!done) throw new Error(`Windows-1258 cannot write ${JSON.stringify(ch)}`);
  }
  return Uint8Array.from(out);
}
