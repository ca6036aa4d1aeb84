/**
 * Sequential colours for the choropleth: ColorBrewer's YlGnBu (Cynthia Brewer, Apache-2.0), which is
 * rated colour-blind safe for every class count and runs light to dark, so "more" reads as "darker"
 * in greyscale and print too.
 */

const YL_GN_BU: Record<number, readonly string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#225ea8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
};

export const MAX_CLASSES = 5;

/** The fill for provinces without data sits under a hatch pattern (see the map component). */
export const NO_DATA_FILL = '#efefef';
export const NO_DATA_HATCH = '#a6a6a6';

/** Colours for `classes` classes, lightest first. */
export function sequentialPalette(classes: number): readonly string[] {
  if (classes <= 0) return [];
  const palette = YL_GN_BU[Math.min(classes, MAX_CLASSES)];
  if (!palette) throw new Error(`no palette for ${classes} classes`);
  return palette;
}
