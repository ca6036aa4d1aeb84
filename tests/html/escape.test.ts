import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Astro's own functions, which a template's `{text}` and `name={value}` go through.
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { addAttribute } from 'astro/runtime/server/render/util.js';
import { attribute, escapeText } from '../../src/lib/html/escape.ts';

/** Strings made mostly of the characters that matter, with some letters and braces between. */
const hostile = fc.string({
  unit: fc.constantFrom('&', '<', '>', '"', "'", '{', '}', 'a', ' ', 'đ', '/', '&amp;', '\u2212'),
  maxLength: 30,
});

describe('escapeText', () => {
  it('escapes & < > " \' as Astro writes them between tags, and nothing else', () => {
    expect(escapeText(`<script>alert("x's & {y}")</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&#39;s &amp; {y}&quot;)&lt;/script&gt;',
    );
    expect(escapeText('&amp;')).toBe('&amp;amp;');
    expect(escapeText('Hoà Bình − {1}')).toBe('Hoà Bình − {1}');
  });

  it('is Astro’s escapeHTML on any string', () => {
    fc.assert(fc.property(hostile, (s) => escapeText(s) === escapeHTML(s)));
  });
});

describe('attribute', () => {
  it('writes nothing for null or undefined, the bare name for an empty string, and escapes only & and "', () => {
    expect(attribute('title', undefined)).toBe('');
    expect(attribute('title', null)).toBe('');
    expect(attribute('data-sort-value', '')).toBe(' data-sort-value');
    expect(attribute('data-rank', 0)).toBe(' data-rank="0"');
    expect(attribute('title', `<script>"x's" & {y}</script>`)).toBe(
      ' title="<script>&quot;x\'s&quot; &amp; {y}</script>"',
    );
  });

  it('is Astro’s addAttribute on any string', () => {
    fc.assert(fc.property(hostile, (s) => attribute('title', s) === String(addAttribute(s, 'title'))));
  });
});
