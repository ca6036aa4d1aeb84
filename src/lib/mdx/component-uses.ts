/**
 * Where a body uses the project's components, and with which props, read from the MDX tree (Sätteri's
 * `mdxToMdast`, the parser Astro 7 compiles bodies with) with their lines. A body is never run to find
 * out: the check and the build read the same tree, so a wrong prop is reported at its file and line
 * ("content/digests/2023.mdx:14") before anything is rendered.
 */
import { mdxToMdast } from 'satteri';
import { isProjectComponent, type ProjectComponentName } from './project-components.ts';

/** A prop's value as written: a literal string, number or boolean (`flag` alone is `true`). */
export type PropValue = string | number | boolean;

export interface ComponentUse {
  name: ProjectComponentName;
  /** 1-based line of the tag in the file (frontmatter included). */
  line: number;
  /** Inside a paragraph (`… đạt <Figure … /> …`) rather than on a line of its own. */
  inline: boolean;
  props: Record<string, PropValue>;
  /** Props whose value is code, not a literal (`year={2022 + 1}`, `{...x}`): never run, always an error. */
  notLiteral: { prop: string; code: string }[];
}

interface MdNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

const NUMBER = /^-?(?:\d+|\d*\.\d+)$/;
const QUOTED = /^(["'])((?:(?!\1)[^\\]|\\.)*)\1$/;

/** `2023` → 2023, `"son-la"` → "son-la", `true` → true; undefined for anything that is code. */
export function literalOf(code: string): PropValue | undefined {
  const c = code.trim();
  if (NUMBER.test(c)) return Number(c);
  if (c === 'true') return true;
  if (c === 'false') return false;
  const q = QUOTED.exec(c);
  return q ? q[2]!.replace(/\\(.)/g, '$1') : undefined;
}

/** Every use of a project component in a whole MDX file, in the order written. Throws when the MDX does not parse. */
export function componentUses(fileText: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const walk = (node: MdNode): void => {
    const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (jsx && node.name && isProjectComponent(node.name)) uses.push(useOf(node, node.name));
    for (const child of node.children ?? []) walk(child);
  };
  walk(mdxToMdast(fileText) as unknown as MdNode);
  return uses;
}

function useOf(node: MdNode, name: ProjectComponentName): ComponentUse {
  const props: Record<string, PropValue> = {};
  const notLiteral: ComponentUse['notLiteral'] = [];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      notLiteral.push({ prop: '…', code: String((attr.value as string | undefined) ?? '') });
      continue;
    }
    const v = attr.value;
    if (v === null || v === undefined) props[attr.name] = true;
    else if (typeof v === 'string') props[attr.name] = v;
    else {
      const code = String((v as { value?: unknown }).value ?? '');
      const literal = literalOf(code);
      if (literal === undefined) notLiteral.push({ prop: attr.name, code });
      else props[attr.name] = literal;
    }
  }
  return {
    name,
    line: node.position?.start.line ?? 1,
    inline: node.type === 'mdxJsxTextElement',
    props,
    notLiteral,
  };
}
