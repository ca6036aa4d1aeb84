/**
 * What every built page must pass besides the browser's own reading: html-validate's standard preset
 * (what the HTML standard requires), the accessibility checks that are not matters of taste, and three
 * rules of our own for errors the Nu HTML checker (validator.w3.org/nu) reports and html-validate does
 * not: an element written after </html> (the Nu checker stops there with "Stray start tag"), an
 * attribute on an element that may not carry it ("Attribute href not allowed on element span"), and a
 * <time datetime> that is no date ("Month cannot be greater than 12"). tests/site-html/html-rules.test.ts
 * shows each Nu error the rules are meant to catch being caught; tests/e2e/nu-checker.test.ts runs the
 * Nu checker itself on one page of each type.
 */
import { HtmlValidate, Rule, type AttributeEvent, type DOMReadyEvent } from 'html-validate';

class NothingAfterHtml extends Rule {
  override documentation() {
    return {
      description: 'Nothing may follow </html>: the HTML parser treats it as a stray tag and the Nu checker stops.',
    };
  }
  override setup() {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      const top = event.document.root.childElements;
      const html = top.findIndex((el) => el.tagName === 'html');
      for (const el of top.slice(html + 1))
        this.report(el, `<${el.tagName}> is written after </html>: move it inside <body>`, el.location);
    });
  }
}

/**
 * Attributes that belong to a few elements only (the HTML standard's element definitions), as the
 * Nu checker knows them. SVG's elements (<a href> in a map) have their own and are left alone.
 */
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  href: ['a', 'area', 'link', 'base'],
  hreflang: ['a', 'area', 'link'],
  download: ['a', 'area'],
  src: ['img', 'script', 'iframe', 'embed', 'source', 'audio', 'video', 'track', 'input'],
  alt: ['img', 'area', 'input'],
  datetime: ['time', 'ins', 'del'],
  scope: ['th'],
  colspan: ['td', 'th'],
  rowspan: ['td', 'th'],
  headers: ['td', 'th'],
  for: ['label', 'output'],
  action: ['form'],
  method: ['form'],
  rel: ['a', 'area', 'link', 'form'],
  target: ['a', 'area', 'base', 'form'],
  open: ['details', 'dialog'],
  value: ['button', 'data', 'input', 'li', 'meter', 'option', 'output', 'progress'],
};

class AttributeNotAllowed extends Rule {
  override documentation() {
    return { description: 'An element may only carry the attributes the HTML standard gives it.' };
  }
  override setup() {
    this.on('attr', (event: AttributeEvent) => {
      const allowed = ELEMENT_ATTRIBUTES[event.key.toLowerCase()];
      const el = event.target;
      if (!allowed || allowed.includes(el.tagName) || el.closest('svg')) return;
      this.report(el, `attribute "${event.key}" is not allowed on <${el.tagName}>`, event.keyLocation);
    });
  }
}

const DAYS_IN_MONTH = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A valid year, month, date or local date and time string (the forms the site writes), with a real calendar date. */
export function isValidDatetime(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/.exec(
    value,
  );
  if (!m) return false;
  const [, year, month, day, hour, minute, second] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined && (Number(day) < 1 || Number(day) > DAYS_IN_MONTH(Number(year), Number(month)))) return false;
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)) return false;
  return true;
}

class TimeDatetime extends Rule {
  override documentation() {
    return { description: '<time datetime> must be a real date (YYYY, YYYY-MM, YYYY-MM-DD, with an optional time).' };
  }
  override setup() {
    this.on('attr', (event: AttributeEvent) => {
      if (event.target.tagName !== 'time' || event.key !== 'datetime' || typeof event.value !== 'string') return;
      if (!isValidDatetime(event.value))
        this.report(event.target, `datetime="${event.value}" is not a date`, event.valueLocation);
    });
  }
}

const ACCESSIBILITY_RULES = [
  'no-dup-id',
  'valid-id',
  'no-missing-references',
  'aria-label-misuse',
  'hidden-focusable',
  'no-redundant-role',
  'input-missing-label',
  'text-content',
  'empty-heading',
  'empty-title',
  'heading-level',
  'unique-landmark',
  'no-implicit-button-type',
  'area-alt',
  'wcag/h30',
  'wcag/h37',
  'wcag/h63',
  'wcag/h67',
];

const DIGEST_RULES = {
  'digest/nothing-after-html': NothingAfterHtml,
  'digest/attribute-not-allowed': AttributeNotAllowed,
  'digest/time-datetime': TimeDatetime,
};

/** The validator every built page goes through. */
export function htmlValidator(): HtmlValidate {
  return new HtmlValidate({
    // The standard preset plus the accessibility checks that are not matters of taste; "recommended"
    // also flags long titles and role="region" on scroll boxes.
    extends: ['html-validate:standard'],
    plugins: [{ name: 'digest', rules: DIGEST_RULES }],
    rules: Object.fromEntries(
      [...ACCESSIBILITY_RULES, ...Object.keys(DIGEST_RULES)].map((rule) => [rule, 'error' as const]),
    ),
  });
}

/** What follows the last </html> of a page (nothing, or white space, when the page is whole). */
export function afterClosingHtml(html: string): string {
  const end = html.lastIndexOf('</html>');
  return end < 0 ? html : html.slice(end + '</html>'.length);
}

/** Every problem html-validate finds in a page, as "file:line:column rule: message". */
export async function htmlProblems(validator: HtmlValidate, html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}
