/**
 * The files generated from the schema, the catalogue and the registries, and how each is rendered
 * from its current text (docs keep their hand-written parts; the JSON Schema is written whole).
 * Paths are relative to the project root.
 */
import { CONTENT_MODEL_NOTE, contentModelSections } from './content-model.ts';
import { fillGeneratedSections, generatedSections } from './editing-docs.ts';
import { entryJsonSchema } from './json-schema.ts';

export interface GeneratedFile {
  path: string;
  render(current: string): string;
}

export function generatedFiles(): GeneratedFile[] {
  return [
    { path: 'docs/editing.md', render: (text) => fillGeneratedSections(text, generatedSections('vi')) },
    { path: 'docs/editing.en.md', render: (text) => fillGeneratedSections(text, generatedSections('en')) },
    {
      path: 'docs/content-model.md',
      render: (text) => fillGeneratedSections(text, contentModelSections(), CONTENT_MODEL_NOTE),
    },
    { path: 'schemas/entry.schema.json', render: () => `${JSON.stringify(entryJsonSchema(), null, 2)}\n` },
  ];
}
