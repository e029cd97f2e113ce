/**
 * The order of the files received from one emitter, the same for return
 * files and convention packages (docs/exchange-format.md, « Import »): the
 * same number again with the same checksum was already applied (nothing
 * changes); with another checksum it is refused; a number lower than the
 * last one applied is an older file, refused with its reason.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { inboundLot, latestInboundLot, type KnownLot } from '../db/repositories/exchanges/inbound';
import type { NewLot } from '../db/repositories/exchanges/lots';

interface Header {
  kind: string;
  emitter: string;
  recipient: string;
  sequence: number;
  sha256: string;
}

/** How the file is named in the messages: « Le fichier » / « Fichier », « Le dossier » / « Dossier ». */
export interface FileNoun {
  the: string;
  bare: string;
}

/**
 * How far a file's number may run ahead of the last one applied from its
 * emitter (of the first file: ahead of 0). A farther number is implausible:
 * applied, it would make every genuine file after it look older.
 */
const SEQUENCE_WINDOW = 1000;

export type OrderOutcome = { kind: 'refused'; reasons: string[] } | { kind: 'already'; lot: KnownLot } | null;

/** Null when the file comes in order and may be applied. */
export function checkInboundOrder(db: Database, header: Header, noun: FileNoun): OrderOutcome {
  const same = inboundLot(db, header.emitter, header.kind, header.sequence);
  if (same) {
    return same.sha256 === header.sha256
      ? { kind: 'already', lot: same }
      : {
          kind: 'refused',
          reasons: [`${noun.the} n° ${header.sequence} de ${header.emitter} a déjà été importé (${same.fileName}) avec un contenu différent.`],
        };
  }
  const latest = latestInboundLot(db, header.emitter, header.kind);
  if (latest && latest.sequence > header.sequence) {
    return {
      kind: 'refused',
      reasons: [
        `${noun.bare} plus ancien que le dernier importé : n° ${header.sequence}, alors que le n° ${latest.sequence} (${latest.fileName}) de ${header.emitter} a déjà été appliqué.`,
      ],
    };
  }
  const last = latest?.sequence ?? 0;
  if (header.sequence > last + SEQUENCE_WINDOW) {
    const after = latest ? `le dernier appliqué de ${header.emitter} est le n° ${last}` : `c’est le premier fichier reçu de ${header.emitter}`;
    return {
      kind: 'refused',
      reasons: [
        `En-tête, champ « numéro de fichier » : n° ${header.sequence} invraisemblable, ${after} (écart de ${SEQUENCE_WINDOW} au plus) ; vérifiez l’origine du fichier auprès de son émetteur.`,
      ],
    };
  }
  return null;
}

/** The row recording a received file once applied. */
export function inboundLotRow(header: Header, fileName: string, status: NewLot['status'], now: string): NewLot {
  return {
    direction: 'IN',
    kind: header.kind,
    emitter: header.emitter,
    recipient: header.recipient,
    sequence: header.sequence,
    fileName,
    sha256: header.sha256,
    status,
    createdAt: now,
    sentAt: null,
    acknowledgedAt: now,
  };
}
