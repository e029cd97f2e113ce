/**
 * How a version document is kept in `convention_versions.document`: one byte
 * naming the format, then the document's JSON (UTF-8) deflated (RFC 1951)
 * against the preset dictionary of format 1. ~1.6 KB of JSON become
 * ~0.4 KB: documents were half of a workspace (issue #16). zlib, in Node,
 * because it is the one compressor that takes a preset dictionary without a
 * native dependency; a document is read whole, so nothing needs SQL to look
 * inside it (the columns the queries filter on are columns of the table).
 *
 * - Format 1: the whole JSON text.
 * - Format 2 (migration 0029): the employer's block is a row of
 *   `document_parts` (stored once for every document that holds the same
 *   block, document-parts.ts); after the format byte, that row's id (LEB128),
 *   then the JSON text with `"employer":0` where the block was, deflated as in
 *   format 1. Read, the block goes back in its place: the same text.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DOCUMENT_DICTIONARY_V1 } from './document-dictionary';

const FORMAT_V1 = 1;
const FORMAT_V2 = 2;

/** Where a format-2 document's employer block was: its key, with 0 for its value (JSON.stringify writes nothing else so). */
export const EMPLOYER_PLACEHOLDER = '"employer":0';

/**
 * Output buffer of a compression: a document packs to ~0.3 KB, and zlib's default 16 KB buffer, allocated at each
 * call, was an eighth of its time (a larger output only takes more than one buffer; the bytes are the same).
 */
const OUTPUT_CHUNK_BYTES = 1024;

/**
 * A JSON text deflated as the stored bytes hold it, after their format byte (and part id): what a document's write
 * binds instead of its text when another thread has deflated it already (the demo's drafting worker, whose writer
 * then only frames it: app/demo/demo-worker.ts).
 */
export function deflateDocumentText(json: string): Buffer {
  return deflateRawSync(Buffer.from(json, 'utf8'), { level: 6, dictionary: DOCUMENT_DICTIONARY_V1, chunkSize: OUTPUT_CHUNK_BYTES });
}

/** A JSON text deflated, or left as it is when given deflated already (deflateDocumentText). */
function deflated(json: string | Uint8Array): Uint8Array {
  return typeof json === 'string' ? deflateDocumentText(json) : json;
}

/** The stored bytes of a document's JSON text, whole (format 1); also the stored bytes of an employer block. */
export function packDocument(json: string | Uint8Array): Buffer {
  return Buffer.concat([Buffer.of(FORMAT_V1), deflated(json)]);
}

/**
 * The stored bytes of a document whose employer block is the part `partId`: `body` holds EMPLOYER_PLACEHOLDER once, in
 * its place (given as text, or deflated already by deflateDocumentText).
 */
export function packDocumentWithPart(body: string | Uint8Array, partId: number): Buffer {
  if (!Number.isSafeInteger(partId) || partId < 1) throw new Error(`Partie de document invalide : ${partId}.`);
  return Buffer.concat([Buffer.of(FORMAT_V2), leb128(partId), deflated(body)]);
}

/** The id of the part a stored document names (format 2), or null (format 1). */
export function documentPartId(stored: Uint8Array): number | null {
  return stored[0] === FORMAT_V2 ? readLeb128(stored, 1).value : null;
}

/**
 * The JSON text of stored bytes; `partJson` gives a part's JSON text by its id (format 2). A format this version
 * does not know is an error, never a guess.
 */
export function unpackDocument(stored: Uint8Array, partJson?: (id: number) => string): string {
  const format = stored[0];
  if (format === FORMAT_V1) return inflateRawSync(stored.subarray(1), { dictionary: DOCUMENT_DICTIONARY_V1 }).toString('utf8');
  if (format === FORMAT_V2) {
    const { value: id, next } = readLeb128(stored, 1);
    const body = inflateRawSync(stored.subarray(next), { dictionary: DOCUMENT_DICTIONARY_V1 }).toString('utf8');
    const at = body.indexOf(EMPLOYER_PLACEHOLDER);
    if (at < 0 || !partJson) throw new Error('Document de convention illisible : la place de son employeur manque (base abîmée).');
    return `${body.slice(0, at)}"employer":${partJson(id)}${body.slice(at + EMPLOYER_PLACEHOLDER.length)}`;
  }
  throw new Error(
    `Document de convention illisible : format ${format ?? 'vide'} inconnu de cette version de l'application (base d'une version plus récente ou abîmée).`,
  );
}

/** Unsigned LEB128 (7 bits a byte, low first): a part id in 1 to 3 bytes. Written here: six lines, no library needed. */
function leb128(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  do {
    const low = rest % 128;
    rest = Math.floor(rest / 128);
    bytes.push(rest > 0 ? low + 128 : low);
  } while (rest > 0);
  return Buffer.from(bytes);
}

function readLeb128(bytes: Uint8Array, from: number): { value: number; next: number } {
  let value = 0;
  let scale = 1;
  for (let at = from; at < bytes.length && at < from + 7; at++) {
    const byte = bytes[at]!;
    value += (byte % 128) * scale;
    if (byte < 128) return { value, next: at + 1 };
    scale *= 128;
  }
  throw new Error('Document de convention illisible : le numéro de sa partie est tronqué (base abîmée).');
}

/**
 * The SQL functions of the packing, registered on every connection that writes (connection.ts) and for migration
 * 0020: `cae_pack_document(json)` packs a whole document (format 1); `cae_pack_version_document(json, digest, partId)`
 * packs a document whose employer block is the part of that digest (format 2), found by the statement itself, or the
 * whole document when it has no such part (digest NULL); a digest whose part is missing is an error. The writes of a
 * version pack its document where their statement runs: a large demo drafted in a worker thread sends the JSON text,
 * and the thread that writes it packs it — or, while that thread lags behind the worker, the text deflated already,
 * which the function only frames (issue #16: the two threads kept about as busy, docs/performance.md).
 */
export function registerPackFunction(db: Database): void {
  db.function('cae_pack_document', { deterministic: true }, (json) => packDocument(String(json)));
  db.function('cae_pack_version_document', { deterministic: true }, (json, digest, partId) => {
    // A BLOB is the text deflated already (deflateDocumentText), by the thread that drafted the write.
    const body = Buffer.isBuffer(json) ? json : String(json);
    if (digest === null) return packDocument(body);
    if (typeof partId !== 'number' && typeof partId !== 'bigint')
      throw new Error("Partie de document introuvable : l'employeur du document n'est pas enregistré.");
    return packDocumentWithPart(body, Number(partId));
  });
}
