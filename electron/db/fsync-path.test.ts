import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { fsyncPath } from './fsync-path';

const tempDir = useTempDir('cae-fsync-');

describe('fsyncPath: a file or its folder forced to the disk', () => {
  it('syncs a file and a folder, leaving the file as written; a path that does not exist throws', () => {
    const dir = tempDir();
    const file = path.join(dir, 'cae.sqlite');
    fs.writeFileSync(file, 'données');
    fsyncPath(file);
    fsyncPath(dir, 'r');
    expect(fs.readFileSync(file, 'utf8')).toBe('données');
    expect(() => fsyncPath(path.join(dir, 'absent.sqlite'))).toThrow(/ENOENT/);
  });
});
