/**
 * The employer block of version documents, stored once in `document_parts`
 * (migration 0029): every convention of an employer held the same block, ~300
 * bytes of JSON (66 bytes a convention packed, at 50,000). A block is found by
 * the SHA-256 of its JSON text (16 bytes of it), written the first time a
 * document holds it, never changed nor deleted: an id once committed always
 * names the same block.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared, writeState } from '../../statements';
import { EMPLOYER_PLACEHOLDER, unpackDocument } from './packing';

/** What a write of a version binds: the JSON its statement packs, and the employer block stored apart (null: kept inside). */
export interface SplitDocument {
  json: string;
  part: string | null;
  partDigest: Buffer | null;
}

/**
 * A document's JSON text split into its body (the block's place holding EMPLOYER_PLACEHOLDER) and its employer
 * block; whole when it has no employer object, or when the placeholder would not name one place only (a text of the
 * body holding it elsewhere): the block then stays inside (format 1). `toJson` writes the document (storedJson).
 */
export function splitDocument(document: Record<string, unknown>, toJson: (document: Record<string, unknown>) => string): SplitDocument {
  const employer = document.employer;
  if (employer === null || typeof employer !== 'object' || Array.isArray(employer)) return { json: toJson(document), part: null, partDigest: null };
  const body = toJson(Object.assign({}, document, { employer: 0 }));
  const at = body.indexOf(EMPLOYER_PLACEHOLDER);
  if (at < 0 || at !== body.lastIndexOf(EMPLOYER_PLACEHOLDER)) return { json: toJson(document), part: null, partDigest: null };
  return { json: body, ...employerPart(employer) };
}

type EmployerPart = Pick<SplitDocument, 'part' | 'partDigest'>;

/**
 * The parts of frozen blocks of plain values, by block: such a block cannot change, so neither can its JSON text nor
 * its digest. A demo freezes each employer's block and names it in every document of that employer (six on average):
 * written and hashed at each version, it was 3 % of a 200,000 demo's drafting (issue #16).
 */
const frozenParts = new WeakMap<object, EmployerPart>();

function employerPart(employer: object): EmployerPart {
  // Kept only when frozen with plain values (below): such a block found here is still the one its part was made of.
  const known = frozenParts.get(employer);
  if (known) return known;
  const part = JSON.stringify(employer);
  const made = { part, partDigest: createHash('sha256').update(part).digest().subarray(0, 16) };
  if (Object.isFrozen(employer) && Object.values(employer).every((value) => value === null || typeof value !== 'object')) frozenParts.set(employer, made);
  return made;
}

/**
 * Stores the document's employer block if no document holds it yet (its part is then found by its digest). The block
 * is packed only when new: an INSERT … ON CONFLICT would pack it every time. Runs inside the write's transaction.
 */
export function storeDocumentPart(db: Database, split: SplitDocument): void {
  if (split.part === null || split.partDigest === null) return;
  prepared(
    db,
    `INSERT INTO document_parts (digest, part) SELECT @partDigest, cae_pack_document(@part)
     WHERE NOT EXISTS (SELECT 1 FROM document_parts WHERE digest = @partDigest)`,
  ).run({ partDigest: split.partDigest, part: split.part });
}

/** The SQL value of a version's `document` in a write binding @document and @partDigest (after storeDocumentPart). */
export const PACKED_DOCUMENT_SQL = 'cae_pack_version_document(@document, @partDigest, (SELECT id FROM document_parts WHERE digest = @partDigest))';

/**
 * A connection's parts already read, by id. Read outside a transaction: committed rows, never changed (see above),
 * kept. Read inside one: kept while nothing is written (writeState), since a rollback could give its id to another
 * block; a check of a whole workspace (`cae check --all`) reads every document in one transaction. Bounded: an
 * employer block is ~300 bytes.
 */
interface PartCache {
  committed: Map<number, string>;
  inTransaction: Map<number, string>;
  state: string;
}
const cache = new WeakMap<Database, PartCache>();
const CACHED_PARTS = 20_000;

function bounded(parts: Map<number, string>, id: number, json: string): void {
  if (parts.size >= CACHED_PARTS) parts.clear();
  parts.set(id, json);
}

/** A part's JSON text. */
function partJson(db: Database, id: number): string {
  let parts = cache.get(db);
  if (!parts) {
    parts = { committed: new Map(), inTransaction: new Map(), state: '' };
    cache.set(db, parts);
  }
  const committed = parts.committed.get(id);
  if (committed !== undefined) return committed;
  if (db.inTransaction) {
    const state = writeState(db);
    if (state !== parts.state) {
      parts.inTransaction.clear();
      parts.state = state;
    }
    const kept = parts.inTransaction.get(id);
    if (kept !== undefined) return kept;
  }
  const stored = prepared<[number], Buffer>(db, 'SELECT part FROM document_parts WHERE id = ?').pluck().get(id);
  if (stored === undefined) throw new Error(`Document de convention illisible : sa partie ${id} (son employeur) manque (base abîmée).`);
  const json = unpackDocument(stored);
  bounded(db.inTransaction ? parts.inTransaction : parts.committed, id, json);
  return json;
}

/** The JSON text of a stored document (without the NIR), its employer block put back from `document_parts` (format 2). */
export function documentJson(db: Database, stored: Uint8Array): string {
  return unpackDocument(stored, (id) => partJson(db, id));
}
