/**
 * A file written as it is made, chunk by chunk (an export of 200,000 lines is
 * never held whole): to a private temporary name beside it (an export holds
 * personal data), flushed to disk, then renamed, so a reader never sees a
 * half-written file and a failure leaves none. Used by `cae csv` and by the
 * desktop window's export (exports.csvToFile).
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * `fill` gets `write`, which never throws: a failed write (a full disk) is
 * kept, nothing more is written, and it is thrown once `fill` is done —
 * `fill` may call `write` from a worker's messages, where a throw would escape.
 */
export async function writeFileAsMade<T>(file: string, fill: (write: (chunk: string | Uint8Array) => void) => T | Promise<T>): Promise<T> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o600);
  let open = true;
  try {
    const broken: { error: unknown }[] = [];
    const result = await fill((chunk) => {
      if (broken.length > 0) return;
      try {
        if (typeof chunk === 'string') fs.writeSync(fd, chunk, null, 'utf8');
        else fs.writeSync(fd, chunk);
      } catch (error) {
        broken.push({ error });
      }
    });
    if (broken[0]) throw broken[0].error;
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    open = false;
    fs.renameSync(temp, file);
    return result;
  } catch (error) {
    if (open) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
