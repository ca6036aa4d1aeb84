/**
 * The HTML rules every built page goes through (tests/e2e/support/html-rules.ts) catch the errors the
 * Nu HTML checker reports on pages like ours. Each case is a page the Nu checker (vnu.jar 26.9.27) was
 * run on; its message is quoted beside it.
 */
import { describe, expect, it } from 'vitest';
import { afterClosingHtml, htmlProblems, htmlValidator, isValidDatetime } from '../e2e/support/html-rules.ts';

const page = (body: string, after = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang</title></head><body><main><h1>Trang</h1>${body}</main></body></html>${after}\n`;

const rulesOf = async (html: string) =>
  [...new Set((await htmlProblems(htmlValidator(), html, 'page.html')).map((p) => /^\S+ (\S+):/.exec(p)![1]))].sort();

describe('html rules', () => {
  it('pass a clean page', async () => {
    expect(await rulesOf(page('<p><time datetime="2025-01-10">10/01/2025</time></p>'))).toEqual([]);
  });

  it.each([
    // Nu: Stray start tag “script”. Cannot recover after last error.
    [
      'a script after </html>',
      page('<p>x</p>', '<script type="module" src="/a.js"></script>'),
      'digest/nothing-after-html',
    ],
    // Nu: Duplicate ID “a”.
    ['a duplicate id', page('<p id="a">x</p><p id="a">y</p>'), 'no-dup-id'],
    // Nu: No “p” element in scope but a “p” end tag seen.
    ['a div in a paragraph', page('<p><div>x</div></p>'), 'close-order'],
    // Nu: Element “div” not allowed as child of element “ul” in this context.
    ['a div in a list', page('<ul><div>x</div></ul>'), 'element-permitted-content'],
    // Nu: The element “a” with the attribute “href” must not appear as a descendant of the “button” element.
    ['a link in a button', page('<button type="button"><a href="/a/">y</a></button>'), 'element-permitted-content'],
    // Nu: Attribute “href” not allowed on element “span” at this point.
    ['href on a span', page('<span href="/a/">y</span>'), 'digest/attribute-not-allowed'],
    // Nu: The “scope” attribute on the “td” element is obsolete.
    ['scope on a td', page('<table><tbody><tr><td scope="row">y</td></tr></tbody></table>'), 'no-deprecated-attr'],
    // Nu: The “aria-label” attribute must not be specified on any “div” element unless the element has a “role” …
    ['aria-label on a plain div', page('<div aria-label="x">y</div>'), 'aria-label-misuse'],
    // Nu: Bad value “2024-13-45” for attribute “datetime” on element “time”: Month cannot be greater than 12.
    ['an impossible datetime', page('<p><time datetime="2024-13-45">x</time></p>'), 'digest/time-datetime'],
    // Nu: A document must not include more than one visible “main” element.
    ['two main elements', page('<p>x</p></main><main><p>y</p>'), 'no-multiple-main'],
  ])('catch %s', async (_name, html, rule) => {
    expect(await rulesOf(html)).toContain(rule);
  });

  it('leave SVG attributes to SVG (a map province is an <a href> around a <path>)', async () => {
    const svg =
      '<svg viewBox="0 0 10 10" role="group" aria-label="Bản đồ"><a href="/provinces/son-la/" aria-label="Sơn La"><path d="M0 0L5 5"></path></a></svg>';
    expect(await rulesOf(page(svg))).toEqual([]);
  });
});

describe('afterClosingHtml', () => {
  it('is empty or white space for a whole page, and the stray script otherwise', () => {
    expect(afterClosingHtml(page('<p>x</p>')).trim()).toBe('');
    expect(afterClosingHtml(page('<p>x</p>', '<script>1</script>')).trim()).toBe('<script>1</script>');
  });
});

describe('isValidDatetime', () => {
  it('takes the dates, months, years and times the site writes', () => {
    for (const v of ['2025', '2025-01', '2025-01-10', '2024-02-29', '2025-01-10T08:30', '2025-01-10T08:30:00Z'])
      expect(isValidDatetime(v), v).toBe(true);
  });
  it('refuses what is no date', () => {
    for (const v of [
      '2024-13-01',
      '2023-02-29',
      '2025-01-00',
      '2025-04-31',
      '10/01/2025',
      '2025-1-10',
      '2025-01-10T24:00',
      '',
    ])
      expect(isValidDatetime(v), v).toBe(false);
  });
});
