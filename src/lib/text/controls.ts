/**
 * Control characters in scraped text. They are invisible, mean nothing in an article and are unsafe
 * in the files the ingest writes (a NUL or an ESC in an MDX body or a YAML string), so they are taken
 * out before anything reads the text: tabs, vertical tabs and form feeds become spaces, the Unicode
 * line and paragraph separators (and NEL) become line breaks, every other C0/C1 control, DEL and the
 * noncharacters U+FFFE/U+FFFF are removed.
 */

const SPACE_LIKE = /[\t\v\f]/g;
const BREAK_LIKE = /[\u0085\u2028\u2029]/g;
// \n and \r are kept: the caller splits lines on them.
// eslint-disable-next-line no-control-regex
const OTHER_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g;
// eslint-disable-next-line no-control-regex
const ANY = /[\u0000-\u0009\u000b-\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/;

/** The text with control characters made harmless (see above); line breaks (\n, \r) are kept. */
export function removeControlCharacters(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(SPACE_LIKE, ' ').replace(BREAK_LIKE, '\n').replace(OTHER_CONTROLS, '');
}

/** The same for text that must stay on one line (a paragraph, a title): line breaks become spaces. */
export function removeControlCharactersInLine(text: string): string {
  return removeControlCharacters(text).replace(/[\r\n]+/g, ' ');
}
