/**
 * Loaded before each npm script (`node --import ./scripts/compile-cache.ts scripts/….ts`): Node keeps the
 * compiled code of the project's modules between runs (in the system's temporary folder, checked
 * against each file's content), so a command starts in about 0.45 s instead of 0.7 s. Harmless where
 * the folder cannot be written: Node then compiles as usual.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
