/** Writing an output file from the command line: temp file then rename, French errors (a CSV as it is made: app/file-as-made.ts). */
import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { whyNotWritten } from '../app/write-error';

export function writeError(file: string, e: unknown): string {
  return `Impossible d’écrire ${file} : ${whyNotWritten(e)}.\n`;
}

/**
 * Throws the error writing `file` would meet (a missing folder, a file in the
 * path, a folder at its place, no right to write), checked before the work
 * that makes it: a PDF takes seconds to lay out, for nothing when it cannot
 * be written.
 */
export async function checkDestination(file: string): Promise<void> {
  const dir = path.dirname(file);
  if (!(await fs.stat(dir)).isDirectory()) throw Object.assign(new Error(`${dir} n’est pas un dossier`), { code: 'ENOTDIR' });
  await fs.access(dir, constants.W_OK);
  const existing = await fs.stat(file).catch(() => null);
  if (existing?.isDirectory()) throw Object.assign(new Error(`${file} est un dossier`), { code: 'EISDIR' });
}

/** Writes next to the target then renames, so a reader never sees a half-written file. */
export async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data, { flag: 'wx' });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}
