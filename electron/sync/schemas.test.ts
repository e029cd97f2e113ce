import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileText } from './canonical';
import { FILE_KINDS, jsonSchema } from './schemas';
import { schemaFileName } from './write-schemas';

describe('docs/schemas', () => {
  it.each(FILE_KINDS)('%s.schema.json is the one generated from schemas.ts (npx tsx electron/sync/write-schemas.ts)', (kind) => {
    expect(fs.readFileSync(path.resolve('docs', 'schemas', schemaFileName(kind)), 'utf8')).toBe(fileText(jsonSchema(kind)));
  });
});
