/**
 * The Échanges screen's files: « Préparer l'envoi » writes the pending lots
 * into the workspace's outbox (`envois/`, with the configured lines per lot),
 * an outbound file is read back to be downloaded, and a return file is
 * imported (a preview first: nothing written; a refused file is kept in
 * `quarantaine/` beside the database with its report).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { inTransaction } from '../db/connection';
import { outboundLotIdByFile, findLot } from '../db/repositories/exchange-lines';
import { handOverLot } from '../db/repositories/exchange-outbound';
import { exportLots } from '../sync/export';
import { exchangeNow, isoSeconds, OUTBOX_FOLDER } from '../sync/files';
import { importExchangeFile, type ImportOutcome } from '../sync/import';
import { parseExchangeFile } from '../sync/parse';
import { describeImport } from '../sync/report';
import { exchangeIdentity } from '../sync/workspace-id';
import { readExchangeSettings } from './exchange-settings';

/**
 * The clock of the exchange files: SOURCE_DATE_EPOCH when set (reproducible
 * files, docs/exchange-format.md), else the app's clock, to the second.
 */
export function exchangeClock(env: Record<string, string | undefined>, now: () => string): Date {
  if (env.SOURCE_DATE_EPOCH) return exchangeNow(env);
  return new Date(Math.floor(Date.parse(now()) / 1000) * 1000);
}

export function outboxOf(folder: string): string {
  return path.join(folder, OUTBOX_FOLDER);
}

/** An agency without code, an employer without SIRET: the message says what to fill in. */
function assertIdentity(db: Database): void {
  try {
    exchangeIdentity(db);
  } catch (error) {
    throw new AppError('CONFLICT', (error as Error).message);
  }
}

export function exportPending(db: Database, folder: string, at: Date): ChannelOutput<'exchanges.export'> {
  const outDir = outboxOf(folder);
  const { maxLinesPerLot } = readExchangeSettings(db);
  assertIdentity(db);
  const result = exportLots(db, { outDir, now: at, maxLines: maxLinesPerLot, handOver: 'ready' });
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

export function importReturnFile(db: Database, folder: string, input: ParsedInput<'exchanges.import'>, at: Date): ChannelOutput<'exchanges.import'> {
  const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
  let outcome: ImportOutcome;
  try {
    outcome = importExchangeFile(db, bytes, { file: input.fileName, dataDir: folder, dryRun: input.dryRun, now: isoSeconds(at) });
  } catch (error) {
    // A return file needs the workspace's exchange identity: say what is missing rather than fail blindly. A convention
    // package does not (a fresh employer workspace takes its recipient): its own error goes through, never this one.
    const parsed = parseExchangeFile(bytes);
    if (!parsed.ok || parsed.kind !== 'convention-package') assertIdentity(db);
    throw error;
  }
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
