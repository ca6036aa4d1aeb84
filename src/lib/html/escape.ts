/**
 * HTML written as a string, escaped exactly as Astro escapes a template (astro/dist/runtime/server):
 * text between tags as `{expr}` is (& < > " ' become &amp; &lt; &gt; &quot; &#39;), an attribute value as
 * `name={expr}` is (only & and "). Functions that build markup for `set:html` use these, so the page is
 * byte for byte what the component wrote (tests/html/escape.test.ts holds them to Astro's own functions).
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content, as Astro writes `{text}`. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c]!);
}

/**
 * One attribute, as Astro writes `name={value}`: nothing for null or undefined, the bare name for an empty
 * string, otherwise ` name="value"` with & and " escaped.
 */
export function attribute(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (text === '') return ` ${name}`;
  return ` ${name}="${text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}
