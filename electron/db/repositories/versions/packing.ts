/**
 * How a version document is kept in `convention_versions.document`: one byte
 * naming the format, then the document's JSON (UTF-8) deflated (RFC 1951)
 * against the preset dictionary of that format. ~1.6 KB of JSON become
 * ~0.4 KB: documents were half of a workspace (issue #16). zlib, in Node,
 * because it is the one compressor that takes a preset dictionary without a
 * native dependency; a document is read whole, so nothing needs SQL to look
 * inside it (the columns the queries filter on are columns of the table).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DOCUMENT_DICTIONARY_V1 } from './document-dictionary';

const FORMAT_V1 = 1;
const DICTIONARIES: Readonly<Record<number, Buffer>> = { [FORMAT_V1]: DOCUMENT_DICTIONARY_V1 };

/** The stored bytes of a document's JSON text. */
export function packDocument(json: string): Buffer {
  const packed = deflateRawSync(Buffer.from(json, 'utf8'), { level: 6, dictionary: DOCUMENT_DICTIONARY_V1 });
  return Buffer.concat([Buffer.of(FORMAT_V1), packed]);
}

/** The JSON text of stored bytes. A format this version does not know is an error, never a guess. */
export function unpackDocument(stored: Uint8Array): string {
  const dictionary = DICTIONARIES[stored[0] ?? -1];
  if (!dictionary) {
    throw new Error(
      `Document de convention illisible : format ${stored[0] ?? 'vide'} inconnu de cette version de l'application (base d'une version plus récente ou abîmée).`,
    );
  }
  return inflateRawSync(stored.subarray(1), { dictionary }).toString('utf8');
}

/**
 * `cae_pack_document(json)`: packDocument in SQL, registered on every connection that writes (connection.ts) and for
 * migration 0020. The writes of a version pack its document where their statement runs: a large demo drafted in a
 * worker thread sends the JSON text, and the thread that writes it packs it (issue #16, the worker being the busier).
 */
export function registerPackFunction(db: Database): void {
  db.function('cae_pack_document', { deterministic: true }, (json) => packDocument(String(json)));
}
