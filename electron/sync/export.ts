/**
 * Outbound lots: the pending records, split in lots of at most `maxLines`
 * lines, each written durably and only then marked sent. A lot left
 * `prepared` by a crash is settled first: sent if its file is complete,
 * otherwise dropped so that its records go into the next lot.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { inTransaction } from '../db/connection';
import { insertLot } from '../db/repositories/exchange-lots';
import {
  deleteLot,
  insertTrackedLine,
  completeLot,
  nextOutboundSequence,
  preparedLots,
} from '../db/repositories/exchange-outbound';
import { fileText, linesChecksum } from './canonical';
import { exchangeFileName, isoSeconds, writeFileDurably } from './files';
import { pendingRecords, type PendingRecord } from './records';
import { EXCHANGE_FORMAT, SCHEMA_VERSION, outboundLot, type OutboundLot } from './schemas';
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
}

export interface ExportedLot {
  fileName: string;
  sequence: number;
  lines: number;
}

export interface ExportResult {
  lots: ExportedLot[];
  recovered: { fileName: string; outcome: 'ready' | 'sent' | 'dropped' }[];
  awaitingCorrection: string[];
}

export function buildLot(
  identity: { emitter: string; recipient: string },
  sequence: number,
  createdAt: string,
  records: readonly PendingRecord[],
): OutboundLot {
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

function settlePrepared(db: Database, outDir: string, handOver: 'ready' | 'sent', at: string): ExportResult['recovered'] {
  return preparedLots(db).map((lot) => {
    const file = path.join(outDir, lot.fileName);
    let complete = false;
    try {
      const parsed = outboundLot.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      complete = parsed.success && parsed.data.header.sha256 === lot.sha256 && linesChecksum(parsed.data.lines) === lot.sha256;
    } catch {
      complete = false;
    }
    inTransaction(db, () => (complete ? completeLot(db, lot.id, handOver, at) : deleteLot(db, lot.id)));
    return { fileName: lot.fileName, outcome: complete ? handOver : 'dropped' };
  });
}

export function exportLots(db: Database, options: ExportOptions): ExportResult {
  const identity = exchangeIdentity(db);
  const createdAt = isoSeconds(options.now);
  fs.mkdirSync(options.outDir, { recursive: true });
  const handOver = options.handOver ?? 'sent';
  const recovered = settlePrepared(db, options.outDir, handOver, createdAt);
  const { records, awaitingCorrection } = pendingRecords(db, identity.role);
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
      chunk.forEach((r, i) =>
        insertTrackedLine(db, { lotId: id, lineNo: i + 1, conventionId: r.conventionId, recordKind: r.payload.record, recordRef: r.ref, payloadSha256: r.payloadSha256 }),
      );
      return id;
    });
    writeFileDurably(path.join(options.outDir, fileName), fileText(lot));
    inTransaction(db, () => completeLot(db, lotId, handOver, createdAt));
    lots.push({ fileName, sequence, lines: chunk.length });
  }
  return { lots, recovered, awaitingCorrection };
}
