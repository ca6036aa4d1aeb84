import { describe, expect, it } from 'vitest';
import { destinations, fillOfPage, pageCount, parsePgm } from '../../src/lib/yearbook/pdf-facts.ts';

/** A white page of `height` rows with black rows where `ink` says. */
function pgm(width: number, height: number, ink: (y: number) => boolean): Uint8Array {
  const header = new TextEncoder().encode(`P5\n# made by a test\n${width} ${height}\n255\n`);
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y += 1) if (ink(y)) pixels.fill(0, y * width, y * width + 3);
  const out = new Uint8Array(header.length + pixels.length);
  out.set(header);
  out.set(pixels, header.length);
  return out;
}

describe('pdfinfo', () => {
  it('reads the page count and the page of each named destination', () => {
    expect(pageCount('Title: x\nPages:           12\nEncrypted: no\n')).toBe(12);
    expect(() => pageCount('nothing')).toThrow(/no page count/);
    const dests =
      'Page  Destination                 Name\n   2 [ XYZ    6  828 null      ] "yb-written"\n   6 [ XYZ    6  828 null      ] "yb-rankings"\n';
    expect([...destinations(dests)]).toEqual([
      ['yb-written', 2],
      ['yb-rankings', 6],
    ]);
  });
});

describe('fillOfPage', () => {
  it('measures from the top of the text area to its lowest ink, leaving the margins out', () => {
    // 100 rows, margins of 10: text area rows 10–89; ink down to row 49 → 40 of 80 rows.
    const half = parsePgm(pgm(20, 100, (y) => y === 12 || y === 49 || y === 95));
    expect(half.width).toBe(20);
    expect(fillOfPage(half, 0.1, 0.1)).toBeCloseTo(0.5, 2);
    expect(fillOfPage(parsePgm(pgm(20, 100, (y) => y === 3 || y === 95)), 0.1, 0.1)).toBe(0);
    expect(fillOfPage(parsePgm(pgm(20, 100, (y) => y === 89)), 0.1, 0.1)).toBe(1);
  });

  it('refuses what is not an 8-bit binary PGM', () => {
    expect(() => parsePgm(new TextEncoder().encode('P2\n1 1\n255\n0'))).toThrow(/PGM/);
  });
});
