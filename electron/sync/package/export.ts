/**
 * The convention package (agency → employer, docs/exchange-format.md): every
 * convention of one employer past signature, one `CONVENTION_FILE` line each,
 * so the employer need not retype them. Deterministic (same database, same
 * clock → same bytes), written durably with mode 0600 (it holds NIRs), and
 * recorded as an outbound lot: `prepared` with its lines and the folder its
 * file goes to, then `sent` once the file is complete, as the payment
 * organisation's lots are (a crash in between is settled as theirs, settle.ts).
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { AppError } from '../../../shared/api/result';
import { inTransaction } from '../../db/connection';
import { makePrivateDir } from '../../db/private-files';
import { appendAudit } from '../../db/repositories/audit';
import { insertLot, insertLotLine } from '../../db/repositories/exchanges/lots';
import { deleteLot, setLotFolder } from '../../db/repositories/exchanges/outbound';
import { countDraftsOf, employerBySiret, nextPackageSequence, signedConventionsOf } from '../../db/repositories/exchanges/package-read';
import { markPackageSent, preparedPackages } from '../../db/repositories/exchanges/package-write';
import { getWorkspace } from '../../db/repositories/workspace';
import { workspaceActor } from '../../db/repositories/accounts';
import { fileText, linesChecksum } from '../canonical';
import type { RecoveredLot } from '../export';
import { exchangeFileName, isoSeconds, writeFileDurably } from '../files';
import { packageLineOf } from './lines';
import { EXCHANGE_FORMAT, SCHEMA_VERSION, conventionPackage, packageLine, type ConventionPackage } from '../schemas';
import { checkWrittenFile } from '../settle';
import { exchangeFieldLabel } from '../field-labels';

export interface PackageExportOptions {
  employerSiret: string;
  outDir: string;
  now: Date;
}

export interface PackageExportResult {
  fileName: string;
  /** Full path of the file written. */
  file: string;
  sequence: number;
  recipient: { siret: string; name: string };
  /** Convention numbers sent, in file order. */
  conventions: string[];
  /** The employer's drafts (brouillon, à signer): not sent. */
  draftsLeftOut: number;
  /** The file's text, as written. */
  text: string;
  /** Packages an earlier export left `prepared` (a crash), settled first: sent, dropped or kept (could not be checked). */
  recovered: RecoveredLot[];
}

const FILE_MODE = 0o600;
const fr = z.locales.fr().localeError;

function agencyCode(db: Database): string {
  const workspace = getWorkspace(db);
  if (!workspace) throw new AppError('WORKSPACE_NOT_READY', 'Aucun espace de travail : créez-le d’abord dans l’application.');
  if (workspace.role !== 'agence') {
    throw new AppError('FORBIDDEN', 'Le dossier de conventions est envoyé par l’agence à l’employeur : il ne se prépare pas dans l’espace d’un employeur.');
  }
  // The workspace cannot send (a usage error, exit 2), not a content refused (CONFLICT, exit 1).
  if (!workspace.agencyCode)
    throw new AppError('WORKSPACE_NOT_READY', 'L’espace de l’agence n’a pas de code agence : renseignez-le avant d’échanger des fichiers.');
  return workspace.agencyCode;
}

/**
 * A stale `prepared` package, checked where its file was written: sent if
 * complete, dropped if verifiably absent or incomplete (no complete file
 * carries its number), kept prepared if it cannot be checked.
 */
function settlePrepared(db: Database, emitter: string, outDir: string, at: string): RecoveredLot[] {
  return preparedPackages(db, emitter).map((lot): RecoveredLot => {
    const check = checkWrittenFile(lot, outDir, conventionPackage);
    if (check.state === 'unverifiable') return { fileName: lot.fileName, outcome: 'kept', folder: check.folder, explanation: check.explanation };
    const complete = check.state === 'complete';
    inTransaction(db, () => (complete ? markPackageSent(db, lot.id, at) : deleteLot(db, lot.id)));
    return { fileName: lot.fileName, outcome: complete ? 'sent' : 'dropped', folder: check.folder, explanation: null };
  });
}

/** The lines, checked against the published schema: a convention that does not fit is named, nothing is written. */
function checkedLines(lines: Record<string, unknown>[]): ConventionPackage['lines'] {
  return lines.map((line) => {
    const result = packageLine.safeParse(line, { error: fr });
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    throw new AppError(
      'CONFLICT',
      `La convention ${String(line.conventionNumber)} ne peut pas être mise dans le dossier : ${exchangeFieldLabel(issue.path)}, ${issue.message}. Corrigez-la puis recommencez.`,
    );
  });
}

/** The package carries NIRs to an employer: in the audit log, like the lots (issue #15 §1). */
function logPackageSent(db: Database, lotId: number, header: ConventionPackage['header'], fileName: string): void {
  appendAudit(db, {
    at: header.createdAt,
    actor: workspaceActor(db),
    action: 'exchange.exportPackage',
    entity: 'exchange_lot',
    entityId: lotId,
    details: { fileName, sequence: header.sequence, recipient: header.recipient, conventions: header.recordCount, linesSha256: header.sha256 },
  });
}

export function exportConventionPackage(db: Database, options: PackageExportOptions): PackageExportResult {
  const emitter = agencyCode(db);
  const siret = options.employerSiret.replace(/\s/g, '');
  if (!/^\d{14}$/.test(siret)) throw new AppError('INVALID_INPUT', `SIRET attendu : 14 chiffres (reçu « ${options.employerSiret} »).`);
  const employer = employerBySiret(db, siret);
  if (!employer) throw new AppError('NOT_FOUND', `Aucun employeur de SIRET ${siret} dans cet espace de travail.`);
  const conventions = signedConventionsOf(db, employer.id);
  const draftsLeftOut = countDraftsOf(db, employer.id);
  if (conventions.length === 0) {
    const drafts = draftsLeftOut ? ` (${draftsLeftOut} brouillon(s) ou convention(s) à signer : elles partiront une fois signées)` : '';
    throw new AppError('CONFLICT', `${employer.name} (SIRET ${siret}) n’a aucune convention signée : rien à envoyer${drafts}.`);
  }
  const createdAt = isoSeconds(options.now);
  const lines = checkedLines(conventions.map((c, i) => packageLineOf(db, c, i + 1)));
  const outDir = path.resolve(options.outDir);
  makePrivateDir(outDir);
  const recovered = settlePrepared(db, emitter, outDir, createdAt);
  const sequence = nextPackageSequence(db, emitter);
  const file: ConventionPackage = {
    header: {
      format: EXCHANGE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      kind: 'convention-package',
      emitter,
      recipient: siret,
      sequence,
      createdAt,
      recordCount: lines.length,
      sha256: linesChecksum(lines),
    },
    lines,
  };
  const fileName = exchangeFileName('convention-package', emitter, sequence, createdAt);
  const lotId = inTransaction(db, () => {
    const id = insertLot(db, {
      direction: 'OUT',
      kind: 'convention-package',
      emitter,
      recipient: siret,
      sequence,
      fileName,
      sha256: file.header.sha256,
      status: 'prepared',
      createdAt,
      sentAt: null,
      acknowledgedAt: null,
    });
    setLotFolder(db, id, outDir);
    conventions.forEach((c, i) => insertLotLine(db, { lotId: id, lineNo: i + 1, conventionId: c.id, recordKind: 'CONVENTION_FILE', status: 'prepared' }));
    return id;
  });
  const text = fileText(file);
  const target = path.join(outDir, fileName);
  try {
    writeFileDurably(target, text, FILE_MODE);
  } catch (e) {
    inTransaction(db, () => deleteLot(db, lotId));
    throw e;
  }
  inTransaction(db, () => {
    markPackageSent(db, lotId, createdAt);
    logPackageSent(db, lotId, file.header, fileName);
  });
  return {
    fileName,
    file: target,
    sequence,
    recipient: { siret, name: employer.name },
    conventions: conventions.map((c) => c.number),
    draftsLeftOut,
    text,
    recovered,
  };
}
