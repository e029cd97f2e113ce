/**
 * Outbound lots: the pending records, split in lots of at most `maxLines`
 * lines, each written durably and only then marked sent. The folder a lot's
 * file goes to is recorded with its prepared row; a lot left `prepared` by a
 * crash is settled first, by checking its file there (settle.ts): finished
 * if complete, dropped if verifiably absent or incomplete (its records go
 * into the next lot), kept prepared if it cannot be checked.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { RecordKind } from '../../shared/domain/exchange-lines';
import { inTransaction } from '../db/connection';
import { makePrivateDir } from '../db/private-files';
import { appendAudit } from '../db/repositories/audit';
import { insertLot } from '../db/repositories/exchanges/lots';
import { deleteLot, insertTrackedLine, completeLot, nextOutboundSequence, preparedLots, setLotFolder } from '../db/repositories/exchanges/outbound';
import { workspaceActor } from '../db/repositories/accounts';
import { fileText, linesChecksum } from './canonical';
import { exchangeFileName, isoSeconds, removeStaleTemporaries, writeFileDurably } from './files';
import { pendingRecords, type PendingRecord } from './records';
import { EXCHANGE_FORMAT, SCHEMA_VERSION, outboundLot, type OutboundLot } from './schemas';
import { checkWrittenFile, finishedStatus } from './settle';
import { exchangeIdentity } from './workspace-id';

export interface ExportOptions {
  outDir: string;
  now: Date;
  maxLines: number;
  /**
   * `sent` (default): outDir is where files are handed over (`cae export --to
   * DIR`). `ready`: outDir is the screen's outbox; a lot is sent once
   * downloaded (handOverLot).
   */
  handOver?: 'ready' | 'sent';
  /**
   * The workspace's outbox (the screen's `envois/`): a lot left prepared whose
   * complete file is found there was prepared on the screen, it becomes ready
   * (not sent). Defaults to outDir when handOver is `ready`.
   */
  outbox?: string;
  /** Only the pending records of these kinds, of these conventions (null: all of them): « Préparer l'envoi » of a convention's proofs of activity. */
  only?: { kinds: readonly RecordKind[]; conventions: number[] | null };
}

interface ExportedLot {
  fileName: string;
  sequence: number;
  lines: number;
}

/** A lot an earlier export left `prepared` (a crash), settled by this one. */
export interface RecoveredLot {
  fileName: string;
  /** ready, sent: its file is complete; dropped: absent or incomplete, its lines leave again; kept: could not be checked, still prepared. */
  outcome: 'ready' | 'sent' | 'dropped' | 'kept';
  /** Where its file was written (null: not recorded, a lot from before migration 0005). */
  folder: string | null;
  /** For a kept lot: why it could not be checked and what to do, in French. */
  explanation: string | null;
}

export interface ExportResult {
  lots: ExportedLot[];
  recovered: RecoveredLot[];
  awaitingCorrection: string[];
}

/** One sentence per settled lot or convention package (CLI). */
export function recoveredMessage(r: RecoveredLot, kind: 'lot' | 'package' = 'lot'): string {
  const name = kind === 'lot' ? `Lot ${r.fileName}` : `Dossier de conventions ${r.fileName}`;
  const where = r.folder ? ` (${r.folder})` : '';
  switch (r.outcome) {
    case 'sent':
      return `${name} resté en préparation : son fichier est complet${where}, marqué envoyé.`;
    case 'ready':
      return `${name} resté en préparation : son fichier est complet dans les envois de l’écran Échanges${where}, prêt à télécharger.`;
    case 'dropped':
      return kind === 'lot'
        ? `${name} inachevé : fichier absent ou incomplet${where}, abandonné ; ses lignes repartent dans le prochain lot.`
        : `${name} inachevé : fichier absent ou incomplet${where}, abandonné ; son numéro est repris.`;
    case 'kept':
      return `${name} resté en préparation, non vérifié : ${r.explanation ?? ''}`;
  }
}

function buildLot(identity: { emitter: string; recipient: string }, sequence: number, createdAt: string, records: readonly PendingRecord[]): OutboundLot {
  const lines = records.map((r, i) => ({ lineNo: i + 1, ...r.payload }));
  return {
    header: {
      format: EXCHANGE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      kind: 'outbound-lot',
      emitter: identity.emitter,
      recipient: identity.recipient,
      sequence,
      createdAt,
      recordCount: lines.length,
      sha256: linesChecksum(lines),
    },
    // Every line is a payload of the union plus its number; zod re-checks the whole lot below.
    lines: outboundLot.shape.lines.parse(lines),
  };
}

function settlePrepared(db: Database, current: { outDir: string; handOver: 'ready' | 'sent'; outbox?: string }, at: string): RecoveredLot[] {
  return preparedLots(db).map((lot): RecoveredLot => {
    const check = checkWrittenFile(lot, current.outDir, outboundLot);
    if (check.state === 'unverifiable') return { fileName: lot.fileName, outcome: 'kept', folder: check.folder, explanation: check.explanation };
    if (check.state === 'complete') {
      const status = finishedStatus(check.folder, current);
      inTransaction(db, () => completeLot(db, lot.id, status, at));
      return { fileName: lot.fileName, outcome: status, folder: check.folder, explanation: null };
    }
    inTransaction(db, () => deleteLot(db, lot.id));
    return { fileName: lot.fileName, outcome: 'dropped', folder: check.folder, explanation: null };
  });
}

export function exportLots(db: Database, options: ExportOptions): ExportResult {
  const identity = exchangeIdentity(db);
  const createdAt = isoSeconds(options.now);
  makePrivateDir(options.outDir);
  const handOver = options.handOver ?? 'sent';
  const outDir = path.resolve(options.outDir);
  // A file a killed export was writing, under its temporary name, is never a lot: removed.
  removeStaleTemporaries(outDir);
  const outbox = options.outbox ?? (handOver === 'ready' ? outDir : undefined);
  const recovered = settlePrepared(db, { outDir, handOver, ...(outbox === undefined ? {} : { outbox }) }, createdAt);
  const { records, awaitingCorrection } = pendingRecords(db, identity.role, options.only?.conventions ?? null, options.only?.kinds);
  const lots: ExportedLot[] = [];
  for (let start = 0; start < records.length; start += options.maxLines) {
    const chunk = records.slice(start, start + options.maxLines);
    const sequence = nextOutboundSequence(db, identity.emitter);
    const lot = buildLot(identity, sequence, createdAt, chunk);
    const fileName = exchangeFileName('outbound-lot', identity.emitter, sequence, createdAt);
    const lotId = inTransaction(db, () => {
      const id = insertLot(db, {
        direction: 'OUT',
        kind: 'outbound-lot',
        emitter: identity.emitter,
        recipient: identity.recipient,
        sequence,
        fileName,
        sha256: lot.header.sha256,
        status: 'prepared',
        createdAt,
        sentAt: null,
        acknowledgedAt: null,
      });
      setLotFolder(db, id, outDir);
      chunk.forEach((r, i) =>
        insertTrackedLine(db, {
          lotId: id,
          lineNo: i + 1,
          conventionId: r.conventionId,
          recordKind: r.payload.record,
          recordRef: r.ref,
          payloadSha256: r.payloadSha256,
        }),
      );
      return id;
    });
    writeFileDurably(path.join(outDir, fileName), fileText(lot));
    inTransaction(db, () => {
      completeLot(db, lotId, handOver, createdAt);
      appendAudit(db, {
        at: createdAt,
        actor: workspaceActor(db),
        action: 'exchange.exportLot',
        entity: 'exchange_lot',
        entityId: lotId,
        details: { fileName, sequence, lines: chunk.length, linesSha256: lot.header.sha256, handOver },
      });
    });
    lots.push({ fileName, sequence, lines: chunk.length });
  }
  return { lots, recovered, awaitingCorrection };
}
