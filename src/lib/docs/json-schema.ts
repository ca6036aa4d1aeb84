/**
 * The JSON Schema of an entry's frontmatter, generated from the zod schema (the only definition of
 * the content model), for editors and outside tools. Committed as schemas/entry.schema.json and kept
 * fresh by `npm run docs` (a test fails when it is stale).
 */
import { z } from 'astro/zod';
import { MIN_YEAR } from '../schema/common.ts';
import { entrySchema } from '../schema/entry.ts';

type Json = Record<string, unknown>;

const YEAR_KEYS = new Set(['reportYear', 'planYear', 'year']);
const SAFE_INT = Number.MAX_SAFE_INTEGER;

export function entryJsonSchema(): Json {
  const schema = z.toJSONSchema(entrySchema, {
    // Frontmatter is what an editor writes: the schema's input side (defaults make fields optional).
    io: 'input',
    // Refinements (real dates, known provinces) cannot be expressed; `npm run check` covers them.
    unrepresentable: 'any',
    // In input mode zod leaves out `default` and `examples` of anything built on a transform (eventDate
    // is z.preprocess), since they are output values; here input and output are the same date string.
    override: ({ zodSchema, jsonSchema }) => {
      const meta = z.globalRegistry.get(zodSchema) as { examples?: unknown[] } | undefined;
      if (meta?.examples && jsonSchema.examples === undefined) jsonSchema.examples = meta.examples;
      const def = (zodSchema as unknown as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
      if (def.type === 'default' && jsonSchema.default === undefined) jsonSchema.default = def.defaultValue;
    },
  }) as Json;
  tidy(schema, []);
  const properties = schema.properties as Json;
  // Astro's editor integration may add `$schema` to point at a schema; allow it.
  properties.$schema = { type: 'string' };
  return {
    $schema: schema.$schema,
    $id: 'https://postal-digest.local/schemas/entry.schema.json',
    title: 'Postal Digest entry frontmatter',
    description:
      'Frontmatter of one entry under content/articles/. Generated from src/lib/schema/ by `npm run docs`; do not edit. / Phần đầu (frontmatter) của một bài trong content/articles/. Sinh tự động bằng `npm run docs`; không sửa tay.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/**
 * Remove noise and add what zod cannot say: integers carry ±MAX_SAFE_INTEGER bounds (drop them),
 * years start at MIN_YEAR, and objects reject unknown keys, as `npm run check` does. A year's upper
 * bound moves with the calendar (two years ahead of today): the schema Astro writes for VS Code on
 * every sync carries it (src/lib/schema/common.ts), this committed file leaves it to the checker so
 * it does not go stale on 1 January.
 */
function tidy(node: unknown, path: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((n) => tidy(n, path));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const s = node as Json;
  if (s.minimum === -SAFE_INT) delete s.minimum;
  if (s.maximum === SAFE_INT) delete s.maximum;
  if (s.type === 'integer' && YEAR_KEYS.has(path.at(-1) ?? '')) {
    s.minimum = MIN_YEAR;
    delete s.maximum;
  }
  if (s.type === 'object' && s.properties && s.additionalProperties === undefined) s.additionalProperties = false;
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' && v && typeof v === 'object') {
      for (const [name, child] of Object.entries(v as Json)) tidy(child, [...path, name]);
    } else if (k === 'examples' || k === 'default' || k === 'enum') {
      continue;
    } else {
      tidy(v, path);
    }
  }
}
