/**
 * Field documentation carried by the schema itself (`.meta(doc(…))`), so the editor's hover text,
 * the JSON Schema, docs/editing.md and the `npm run new` template all say the same thing.
 */
// A type alias, not an interface: zod's .meta() takes an object with an index signature.
export type FieldDoc = {
  /** Vietnamese then English, for tools that show one text (VS Code hover). */
  description: string;
  vi: string;
  en: string;
  examples?: unknown[];
};

/**
 * `example` is what the docs and the `npm run new` template show; `moreExamples` only feed the
 * editor's completion list (every province slug, say).
 */
export function doc(vi: string, en: string, example?: unknown, moreExamples: readonly unknown[] = []): FieldDoc {
  const examples = example === undefined ? [] : [example, ...moreExamples.filter((e) => e !== example)];
  return { description: `${vi}\n\n${en}`, vi, en, ...(examples.length ? { examples } : {}) };
}
