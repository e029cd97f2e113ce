/**
 * An exchange file's bytes in memory that threads share (a SharedArrayBuffer):
 * the thread that checks a large file (check-in-worker.ts) reads them where
 * they are, instead of a copy made for it — 26 MB for a return file of
 * 100,000 lines, ~75 ms on the reference machine, where each page of fresh
 * memory costs (issue #16). Whoever reads a file to import reads it here:
 * `cae import` (readInputFile) and the Échanges screen (its upload, base64).
 * Nobody writes into these bytes once read.
 */

/** `length` zeroed bytes that threads share. */
export function sharedBytes(length: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(length));
}

/** The bytes of a base64 text (checked by the request's schema), decoded straight into shared memory. */
export function sharedBytesFromBase64(base64: string): Uint8Array {
  const bytes = sharedBytes(Buffer.byteLength(base64, 'base64'));
  const written = bytes.write(base64, 'base64');
  return new Uint8Array(bytes.buffer, 0, written);
}

/** Whether `bytes` live in shared memory (handed to another thread as they are). */
export function isShared(bytes: Uint8Array): boolean {
  return bytes.buffer instanceof SharedArrayBuffer;
}
