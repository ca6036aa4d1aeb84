/**
 * Where a figure's text may break across lines. Browsers do not break after the slashes of
 * "million/person/month", so in a narrow card the last word overflowed and was cut mid-word
 * ("mont / h"). Pages mark a break opportunity (<wbr>) after each slash between words instead.
 */

/** "VND 8.8 million/person/month" → ["VND 8.8 million/", "person/", "month"]; joined, the text is unchanged. */
export function slashBreakParts(text: string): string[] {
  return text.split(/(?<=\/)(?=\S)/u);
}
