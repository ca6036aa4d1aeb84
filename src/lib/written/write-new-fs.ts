/**
 * Writing a new file that must not replace one: the text goes to a temporary file beside it, which is
 * then hard-linked to the name (a link fails when the name exists, so two writers cannot both win and
 * a reader never sees half a file), and the temporary name is removed.
 */
import { linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** False when the file exists already (nothing is written then). */
export function writeNewFile(file: string, text: string): boolean {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  try {
    linkSync(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(tmp);
  }
}
