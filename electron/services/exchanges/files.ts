/**
 * The Échanges screen's files: « Préparer l'envoi » writes the pending lots
 * into the workspace's outbox (`envois/`, with the configured lines per lot),
 * an outbound file is read back to be downloaded, and a return file is
 * imported (a preview first: nothing written; a refused file is kept in
 * `quarantaine/` beside the database with its report).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput, ParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { inTransaction } from '../../db/connection';
import { outboundLotIdByFile } from '../../db/repositories/exchanges/lines';
import { findLot } from '../../db/repositories/exchanges/lots';
import { handOverLot } from '../../db/repositories/exchanges/outbound';
import { exportLots, type ExportOptions, type ExportResult } from '../../sync/export';
import { isoSeconds, OUTBOX_FOLDER } from '../../sync/files';
import { importExchangeFile, type ImportOutcome } from '../../sync/import';
import { describeImport } from '../../sync/report';
import { refreshAidPayments } from '../aid-payments';
import type { ProgressListener } from '../progress';
import { readExchangeSettings } from './settings';
import { sharedBytesFromBase64 } from '../../sync/shared-bytes';

export function outboxOf(folder: string): string {
  return path.join(folder, OUTBOX_FOLDER);
}

export interface PendingLotsExport {
  outDir: string;
  at: Date;
  /** At most this many lines per lot (the workspace's setting unless given). */
  maxLines?: number | undefined;
  /** `ready` when outDir is the workspace's outbox (sent once downloaded), `sent` when the files are handed over there. */
  handOver: 'ready' | 'sent';
  /** The workspace's outbox, when outDir is another folder. */
  outbox?: string | undefined;
  /** Only these kinds of records, of these conventions (a convention's proofs of activity). */
  only?: ExportOptions['only'];
}

/**
 * The pending records written as lots — the one path of « Préparer l'envoi »
 * and `cae export`. A workspace that cannot exchange yet (an agency without
 * code, an employer without SIRET) is refused with what to fill in.
 */
export function writePendingLots(db: Database, options: PendingLotsExport): ExportResult {
  const maxLines = options.maxLines ?? readExchangeSettings(db).maxLinesPerLot;
  return exportLots(db, {
    outDir: options.outDir,
    now: options.at,
    maxLines,
    handOver: options.handOver,
    ...(options.outbox === undefined ? {} : { outbox: options.outbox }),
    ...(options.only === undefined ? {} : { only: options.only }),
  });
}

/** « Préparer l'envoi »: the pending records (`only`: some of them) written as lots to the outbox, ready to download. */
export function exportPending(db: Database, folder: string, at: Date, only?: ExportOptions['only']): ChannelOutput<'exchanges.export'> {
  const outDir = outboxOf(folder);
  const { maxLinesPerLot } = readExchangeSettings(db);
  const result = writePendingLots(db, { outDir, at, maxLines: maxLinesPerLot, handOver: 'ready', ...(only === undefined ? {} : { only }) });
  return {
    folder: outDir,
    maxLines: maxLinesPerLot,
    lots: result.lots.map((l) => ({ lotId: outboundLotIdByFile(db, l.fileName) ?? 0, fileName: l.fileName, sequence: l.sequence, lines: l.lines })),
    recovered: result.recovered,
    awaitingCorrection: result.awaitingCorrection,
  };
}

/**
 * An outbound lot's file, from the outbox, to download it. Downloading a
 * ready lot hands it over: it is sent from then on (the late-return alert
 * counts from that day).
 */
export function outboundFile(db: Database, folder: string, lotId: number, at: Date): ChannelOutput<'exchanges.lotFile'> {
  const lot = findLot(db, lotId);
  if (!lot || lot.direction !== 'OUT') throw new AppError('NOT_FOUND', `Aucun lot envoyé n° ${lotId} dans cet espace de travail.`);
  const dir = outboxOf(folder);
  // The name comes from the database; it is still only ever a name inside the outbox.
  if (path.basename(lot.fileName) !== lot.fileName || !/^[\w.-]+\.json$/.test(lot.fileName)) {
    throw new AppError('NOT_FOUND', `Le nom du fichier du lot n° ${lot.sequence} (${lot.fileName}) n’est pas un nom de fichier d’échange.`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, lot.fileName));
  } catch {
    throw new AppError(
      'NOT_FOUND',
      `Le fichier ${lot.fileName} n’est plus dans le dossier des envois (${dir}) : il a été déplacé ou supprimé, ou le lot a été préparé ailleurs. Le lot reste enregistré ; son contenu ne peut plus être téléchargé d’ici.`,
    );
  }
  const handedOver = inTransaction(db, () => handOverLot(db, lot.id, isoSeconds(at)));
  return { fileName: lot.fileName, base64: bytes.toString('base64'), handedOver };
}

/**
 * A return file of the payment organisation, or a convention package, read
 * and applied (or previewed) — the one path of « Importer un fichier » and
 * `cae import`. A refused file is kept in `folder`'s quarantine. A return file
 * needs the workspace's exchange identity (refused with what to fill in); a
 * convention package does not (a fresh employer workspace takes its recipient).
 */
export interface ImportPlace {
  file: string;
  folder: string;
  /** The workspace's passphrase when it is encrypted: a refused file is then kept sealed. */
  passphrase?: string | undefined;
  dryRun: boolean;
  at: Date;
  /** The lines of a return file checked (preview) or applied (import), out of all its lines. */
  onProgress?: ProgressListener | undefined;
}

export function importExchange(db: Database, bytes: Uint8Array, options: ImportPlace): ImportOutcome {
  return importExchangeFile(db, bytes, {
    file: options.file,
    dataDir: options.folder,
    passphrase: options.passphrase,
    dryRun: options.dryRun,
    now: isoSeconds(options.at),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    // A convention a package creates or changes gets its expected aid, in the import's transaction.
    onConventionChanged: refreshAidPayments,
  });
}

export function importReturnFile(
  db: Database,
  place: Pick<ImportPlace, 'folder' | 'passphrase' | 'onProgress'>,
  input: ParsedInput<'exchanges.import'>,
  at: Date,
): ChannelOutput<'exchanges.import'> {
  const bytes = sharedBytesFromBase64(input.base64);
  const outcome = importExchange(db, bytes, { ...place, file: input.fileName, dryRun: input.dryRun, at });
  const report = describeImport(outcome);
  const applied = outcome.kind === 'applied' || outcome.kind === 'package-applied';
  const preview = outcome.kind === 'preview' || outcome.kind === 'package-preview';
  return {
    kind: applied ? 'applied' : preview ? 'preview' : outcome.kind === 'already' ? 'already' : 'refused',
    title: report.title,
    lines: report.lines,
    refused: report.refused,
    quarantined: outcome.kind === 'refused' ? outcome.quarantined : null,
    answersLotId: outcome.kind === 'applied' || outcome.kind === 'preview' ? (outcome.plan.answers?.lot.id ?? null) : null,
  };
}
