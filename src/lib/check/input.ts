/**
 * What the check is given: the text of each file, and for a folder the files around the entries. Types only,
 * imported by the engine (check-entry.ts, check-corpus.ts), the rules and the file reader (files-fs.ts).
 */
import type { Encoding } from './encoding.ts';

export interface EntryFile {
  /** The path shown in messages (relative to the working folder, forward slashes). */
  file: string;
  /** The path inside the content folder (`son-la/2023-12-27-x.mdx`), for folder and name rules. */
  relative: string;
  text: string;
  /** How the bytes decoded (files-fs.ts); absent when the text did not come from a file. */
  encoding?: Encoding;
  /** For `not-utf-8`: the line of the first stray byte. */
  badLine?: number;
}

export interface CorpusInput {
  entries: EntryFile[];
  /** Files in the content folder that the site does not read (`.txt`, `.MDX`, `.markdown`). */
  strayFiles?: string[];
  /** Entry-like files (`.md`, `.mdx`) elsewhere under content/: the site never reads them. */
  outsideFiles?: string[];
  /** Report problems only for these files (displayed paths); cross-file checks still see all. */
  only?: ReadonlySet<string>;
  /** Paths named on the command line that are no file of the content folder (missing, or elsewhere). */
  unmatched?: { path: string; exists: boolean }[];
}
