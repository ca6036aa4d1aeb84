/**
 * An entry file: YAML frontmatter and an MDX body. The ingest stamps a hash of what it wrote into
 * `ingest.hash`, so a later run can tell its own output from a file an editor has changed since.
 */
import { hash } from 'node:crypto';
import jsYaml from 'js-yaml';
import type { Block } from '../extract/clean.ts';
import { blocksToMdx } from '../mdx/body.ts';
import { dumpYaml } from './yaml.ts';

/** Bump when the ingest's output format changes in a way that should rewrite unedited entries. */
export const INGEST_VERSION = 1;

const HEADER = [
  '# Written by `npm run ingest` from the source text named in source.originalFile.',
  '# Edit freely: the ingest notices your changes (through ingest.hash) and never overwrites them',
  '# without --force. When you have checked the figures against the article, set review.status: reviewed.',
];

const PLACEHOLDER = 'sha256-pending';

export function sha256(text: string): string {
  // The one-shot hash: no hasher object per call.
  return hash('sha256', text, 'hex');
}

/** Render frontmatter and body; `data` must not contain `ingest` (it is added here). */
export function renderEntryFile(data: Record<string, unknown>, blocks: readonly Block[]): string {
  const withStamp = { ...data, ingest: { version: INGEST_VERSION, hash: PLACEHOLDER } };
  // js-yaml's output (Astro reads frontmatter with js-yaml, so what is written reads back the same:
  // dates stay quoted strings), written by a faster writer that the tests hold to the same text.
  const yaml = dumpYaml(withStamp);
  const draft = `---\n${HEADER.join('\n')}\n${yaml}---\n\n${blocksToMdx(blocks)}`;
  return draft.replace(PLACEHOLDER, `sha256-${sha256(draft).slice(0, 32)}`);
}

export interface EntryFile {
  data: Record<string, unknown>;
  body: string;
  /** Line where the frontmatter's YAML starts (1-based), for messages. */
  yamlLine: number;
}

/** Split an entry file into its parsed frontmatter and body. Throws on a missing or broken frontmatter. */
export function parseEntryFile(text: string): EntryFile {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text.replace(/^\uFEFF/, ''));
  if (!m) throw new Error('the file does not start with a frontmatter block between two "---" lines');
  // js-yaml, as Astro and the check read frontmatter, ten times faster than the `yaml` package used
  // before (an ingest reads every entry of the folder: 3.2 s for 1 923 entries, now 0.3 s). Its core
  // schema, so an unquoted date an editor typed stays the text it is (not a Date): the same data as
  // before on every entry the ingest writes and on every shipped and fixture entry (tested).
  const data = jsYaml.load(m[1]!, { schema: jsYaml.CORE_SCHEMA }) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new Error('the frontmatter is not a set of "field: value" lines');
  return { data: data as Record<string, unknown>, body: m[2]!, yamlLine: 2 };
}

/**
 * Has the file been changed since the ingest wrote it? Files the ingest did not write (no
 * `ingest.hash`) count as changed: they are an editor's.
 */
export function isEditedSinceIngest(text: string): boolean {
  const m = /^( {2}hash: )sha256-([0-9a-f]{32})$/mu.exec(text);
  if (!m) return true;
  const original = text.replace(m[0], `${m[1]}${PLACEHOLDER}`);
  return sha256(original).slice(0, 32) !== m[2];
}
