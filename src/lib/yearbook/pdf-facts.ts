/**
 * Reading what poppler says about a PDF (`pdfinfo`, `pdfinfo -dests`) and what a page looks like
 * (`pdftoppm -gray`): how many pages, on which page each anchor of the document fell (Chromium keeps
 * every in-document link target as a named destination), and how far down a page its ink goes.
 */

/** `Pages:           12` → 12. */
export function pageCount(pdfinfo: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(pdfinfo);
  if (!m) throw new Error(`pdfinfo gave no page count:\n${pdfinfo.slice(0, 300)}`);
  return Number(m[1]);
}

/** `   2 [ XYZ    6  828 null      ] "yb-rankings"` lines → name → page. */
export function destinations(pdfinfoDests: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of pdfinfoDests.matchAll(/^\s*(\d+)\s+\[[^\]]*\]\s+"(.*)"\s*$/gm)) out.set(m[2]!, Number(m[1]));
  return out;
}

/** A binary PGM (P5, 8-bit) as width, height and one byte of grey per pixel. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export function parsePgm(bytes: Uint8Array): GreyImage {
  // Header: "P5" width height maxval, separated by white space (comments start with #), then one byte.
  let i = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i]!))) i += 1;
    if (bytes[i] === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i += 1;
      continue;
    }
    let token = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i]!))) token += String.fromCharCode(bytes[i++]!);
    fields.push(token);
  }
  const [magic, w, h, max] = fields;
  if (magic !== 'P5' || Number(max) > 255) throw new Error(`not an 8-bit binary PGM (${fields.join(' ')})`);
  const width = Number(w);
  const height = Number(h);
  const start = i + 1;
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}

/**
 * How much of a page's text area holds something: from the top of the area to the lowest row with
 * ink, as a share of the area's height (0 for an empty area). `top` and `bottom` are the page margins
 * as shares of the page's height; the running header and the page number sit in them and do not count.
 */
export function fillOfPage(image: GreyImage, top: number, bottom: number, ink = 200): number {
  const first = Math.floor(image.height * top);
  const last = Math.ceil(image.height * (1 - bottom));
  let lowest = -1;
  for (let y = last - 1; y >= first && lowest < 0; y -= 1) {
    const row = image.pixels.subarray(y * image.width, (y + 1) * image.width);
    if (row.some((v) => v < ink)) lowest = y;
  }
  return lowest < 0 ? 0 : (lowest - first + 1) / (last - first);
}
