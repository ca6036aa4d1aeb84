/**
 * Read the zod schema as data: the schema at a path, its allowed keys, its documentation. Used to
 * name unknown fields, to find an example for a missing one, and to list enum values.
 */
import { z } from 'astro/zod';

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  in?: Schema;
  out?: Schema;
  entries?: Record<string, string>;
}

const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Documentation attached with `.meta()`: see src/lib/schema/doc.ts. */
export interface SchemaDoc {
  description?: string;
  vi?: string;
  en?: string;
  examples?: unknown[];
}

export interface Unwrapped {
  /** The schema under optional/nullable/default/pipe wrappers. */
  base: Schema;
  type: string;
  nullable: boolean;
  optional: boolean;
  hasDefault: boolean;
  doc: SchemaDoc;
}

const unwrapped = new WeakMap<Schema, Unwrapped>();

/** Memoised: the checker walks the same schema objects for every entry. */
export function unwrap(schema: Schema): Unwrapped {
  let u = unwrapped.get(schema);
  if (!u) {
    u = unwrapOnce(schema);
    unwrapped.set(schema, u);
  }
  return u;
}

function unwrapOnce(schema: Schema): Unwrapped {
  let s = schema;
  let nullable = false;
  let optional = false;
  let hasDefault = false;
  let doc: SchemaDoc = {};
  for (let guard = 0; guard < 20; guard += 1) {
    const meta = z.globalRegistry.get(s) as SchemaDoc | undefined;
    if (meta && !doc.description && !doc.vi) doc = meta;
    const def = defOf(s);
    if (def.type === 'nullable') nullable = true;
    else if (def.type === 'optional') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') hasDefault = true;
    if (
      def.innerType &&
      ['nullable', 'optional', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)
    ) {
      s = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      // z.preprocess(fn, schema) is a pipe from a transform to the real schema.
      s = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else {
      break;
    }
  }
  return { base: s, type: defOf(s).type, nullable, optional, hasDefault, doc };
}

/** The fields of an object schema, or undefined when the schema is not an object. */
export function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const u = unwrap(schema);
  return u.type === 'object' ? defOf(u.base).shape : undefined;
}

/** The item schema of an array schema. */
export function elementOf(schema: Schema): Schema | undefined {
  const u = unwrap(schema);
  return u.type === 'array' ? defOf(u.base).element : undefined;
}

/** The allowed values of an enum schema. */
export function enumValues(schema: Schema): string[] | undefined {
  const u = unwrap(schema);
  return u.type === 'enum' && defOf(u.base).entries ? Object.values(defOf(u.base).entries!) : undefined;
}

/** The schema of the field at `path` (numbers index arrays), or undefined when there is none. */
export function schemaAt(root: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let s: Schema | undefined = root;
  for (const seg of path) {
    if (!s) return undefined;
    s = typeof seg === 'number' ? elementOf(s) : shapeOf(s)?.[String(seg)];
  }
  return s;
}

/** The value at `path` in plain data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

export interface UnknownField {
  path: (string | number)[];
  known: string[];
}

/**
 * Keys the schema does not define. zod drops them without a word, so a typo such as `planyear`
 * would silently leave planYear at its default.
 */
export function unknownFields(
  schema: Schema,
  data: unknown,
  path: (string | number)[] = [],
  allow: readonly string[] = [],
): UnknownField[] {
  const found: UnknownField[] = [];
  const shape = shapeOf(schema);
  if (shape && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const known = Object.keys(shape);
    for (const [key, value] of Object.entries(data)) {
      if (key in shape) found.push(...unknownFields(shape[key]!, value, [...path, key]));
      else if (!allow.includes(key)) found.push({ path: [...path, key], known });
    }
  }
  const element = elementOf(schema);
  if (element && Array.isArray(data)) {
    data.forEach((item, i) => found.push(...unknownFields(element, item, [...path, i])));
  }
  return found;
}
