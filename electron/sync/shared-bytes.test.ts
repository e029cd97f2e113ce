/** Exchange files read into memory the threads share (issue #16): the same bytes as before, shared. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from './files';
import { isShared, sharedBytes, sharedBytesFromBase64 } from './shared-bytes';

describe('shared bytes of an exchange file', () => {
  it('decodes a base64 upload into shared memory, byte for byte as Buffer.from does', () => {
    for (const text of ['', 'a', 'ab', 'abc', '{"header":{"emitter":"CNASEA"},"lines":[]} — é ç', '\uFEFF{"a":1}']) {
      const base64 = Buffer.from(text, 'utf8').toString('base64');
      const bytes = sharedBytesFromBase64(base64);
      expect(isShared(bytes)).toBe(true);
      expect(Buffer.from(bytes).equals(Buffer.from(base64, 'base64'))).toBe(true);
    }
  });

  it('gives zeroed shared bytes, and tells shared memory from the rest', () => {
    const bytes = sharedBytes(4);
    expect([...bytes]).toEqual([0, 0, 0, 0]);
    expect(isShared(bytes)).toBe(true);
    expect(isShared(Buffer.from('abc'))).toBe(false);
    expect(isShared(new Uint8Array(3))).toBe(false);
  });

  it('reads a file to import (cae import) into shared memory, whole', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-shared-'));
    try {
      const file = path.join(dir, 'RET_CNASEA_000001_20090615T120000Z.json');
      const text = JSON.stringify({ lines: Array.from({ length: 1000 }, (_, i) => ({ lineNo: i + 1, label: 'Réglé' })) });
      fs.writeFileSync(file, text);
      const read = readInputFile(file);
      if ('error' in read) throw new Error(read.error);
      expect(isShared(read.bytes)).toBe(true);
      expect(Buffer.from(read.bytes).toString('utf8')).toBe(text);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
