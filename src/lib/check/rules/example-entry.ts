/**
 * The entry the rules' examples start from: valid, short, with one figure and its quote. An example changes
 * only what its rule is about (`entryFile({ 'province: son-la': 'province: sonla' })`), so the lines it
 * expects are that rule's and nothing else's.
 */

/** Where the example entry lies, as `npm run check` prints it. */
export const FILE = 'content/articles/son-la/2023-12-27-tong-ket.mdx';

export const ENTRY = `---
title: Bưu điện tỉnh Sơn La tổng kết năm 2023
province: son-la
reportYear: 2023
planYear: 2024
eventDate: 2023-12-27
kpis:
  - metric: total_revenue
    value: 101000000000
    unit: VND
    year: 2023
    quote: doanh thu đạt trên 101 tỷ đồng
review:
  status: unreviewed
---
Năm 2023, Bưu điện tỉnh Sơn La có doanh thu đạt trên 101 tỷ đồng.
`;

/**
 * Changes that named text the entry does not have: a mistake in an example, which the rule-example test
 * reports (the checker itself must not fail on a mistake in its documentation).
 */
export const exampleMistakes: string[] = [];

/** The example entry with each `from` text replaced by its `to` text, in order. */
export function entry(changes: Readonly<Record<string, string>> = {}, text = ENTRY): string {
  let out = text;
  for (const [from, to] of Object.entries(changes)) {
    if (!out.includes(from)) exampleMistakes.push(`"${from}" is not in the entry`);
    out = out.replace(from, to);
  }
  return out;
}

/** A project whose only entry is the example entry, changed: `{ files: { [FILE]: … } }`. */
export function entryFile(
  changes: Readonly<Record<string, string>> = {},
  path = FILE,
): { files: Record<string, string> } {
  return { files: { [path]: entry(changes) } };
}

/** Text as Latin-1 bytes, one byte a character: a file saved in an 8-bit encoding. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`rule example: "${c}" has no Latin-1 byte`);
    return code;
  });
}

/** Text as UTF-16, little-endian with its byte-order mark: what Windows Notepad once called "Unicode". */
export function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return bytes;
}
