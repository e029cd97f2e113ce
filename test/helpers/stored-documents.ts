/**
 * A version's stored document as JSON text, for tests that look at what is
 * stored or play an older release's or a tampering hand's write: documents
 * are kept packed (electron/db/repositories/versions/packing.ts, migration
 * 0020), SQL cannot read nor edit inside them.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { documentJson } from '../../electron/db/repositories/versions/documents';
import { packDocument } from '../../electron/db/repositories/versions/packing';

/** The JSON text stored for version `versionId` (the first version when omitted). */
export function storedText(db: Database, versionId?: number): string {
  const stored =
    versionId === undefined
      ? db.prepare('SELECT document FROM convention_versions ORDER BY id LIMIT 1').pluck().get()
      : db.prepare('SELECT document FROM convention_versions WHERE id = ?').pluck().get(versionId);
  if (!(stored instanceof Uint8Array)) throw new Error(`pas de version ${versionId ?? ''} enregistrée`);
  return documentJson(db, stored);
}

/** Rewrites the stored document of version `versionId` (all versions when omitted) by `change`, as raw SQL would. */
export function rewriteStored(db: Database, versionId: number | undefined, change: (document: Record<string, unknown>) => Record<string, unknown>): void {
  const ids = (versionId === undefined ? db.prepare('SELECT id FROM convention_versions').pluck().all() : [versionId]) as number[];
  for (const id of ids) {
    const next = change(JSON.parse(storedText(db, id)) as Record<string, unknown>);
    db.prepare('UPDATE convention_versions SET document = ? WHERE id = ?').run(packDocument(JSON.stringify(next)), id);
  }
}

/** `document` with the value at `path` (keys from the top) replaced: what `json_set` did on the JSON text. */
export function withValueAt(document: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) throw new Error('chemin vide');
  const inner = (document[key] ?? {}) as Record<string, unknown>;
  return { ...document, [key]: rest.length ? withValueAt(inner, rest, value) : value };
}
