/** Writes docs/schemas/*.json from schemas.ts: `npx tsx electron/sync/write-schemas.ts`. */
import fs from 'node:fs';
import path from 'node:path';
import { fileText } from './canonical';
import { FILE_KINDS, jsonSchema } from './schemas';

export function schemaFileName(kind: string): string {
  return `${kind}.schema.json`;
}

if (process.argv[1]?.endsWith('write-schemas.ts')) {
  const dir = path.resolve('docs', 'schemas');
  fs.mkdirSync(dir, { recursive: true });
  for (const kind of FILE_KINDS) fs.writeFileSync(path.join(dir, schemaFileName(kind)), fileText(jsonSchema(kind)));
}
