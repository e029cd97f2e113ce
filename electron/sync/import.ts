/**
 * Importing an exchange file: everything is read and checked (parse.ts,
 * import-plan.ts), then applied in one transaction — a large return file's
 * checks run in a worker thread meanwhile, the transaction committing only
 * once they found nothing (check-in-worker.ts). A refused file changes
 * nothing in the database and is kept, with its report, in the quarantine
 * folder of the data folder.
 */
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { inOpenTransaction, inTransaction } from '../db/connection';
import { makePrivateDir } from '../db/private-files';
import { seal } from '../db/sealed-file';
import { appendAudit } from '../db/repositories/audit';
import { insertLot } from '../db/repositories/exchanges/lots';
import { acknowledgeLot, linkAnswer, rejectLotLine } from '../db/repositories/exchanges/inbound';
import { insertReturnFilePayments } from '../db/repositories/received-payments';
import { workspaceActor } from '../db/repositories/accounts';
import { QUARANTINE_FOLDER, SEALED_SUFFIX, writeFileDurably } from './files';
import { inboundLotRow } from './inbound-order';
import { planImport, type ImportPlan } from './import-plan';
import { applyPackage } from './package/apply';
import { planPackage } from './package/plan';
import type { PackagePlan } from './package/types';
import { headerOf, parseExchangeFile } from './parse';
import { sha256Hex } from './canonical';
import { startFileCheck, type PendingCheck } from './check-in-worker';
import { implausible } from './plausibility';
import type { ConventionPackage, ReturnFile } from './schemas';
import { exchangeIdentity } from './workspace-id';

/** A refusal keeps at most this many reasons, then says how many more: a file of 300 000 bad lines is not 300 000 messages. */
const MAX_REFUSAL_REASONS = 50;
/** The received name kept in a quarantined file's name: with the checksum prefix and `.rapport.txt`, well below 255 bytes. */
const QUARANTINE_NAME_BYTES = 120;

export type ImportOutcome =
  | { kind: 'applied' | 'preview'; plan: ImportPlan }
  /** A convention package (agency → employer) applied, or previewed by a dry run. */
  | { kind: 'package-applied' | 'package-preview'; plan: PackagePlan }
  | { kind: 'already'; fileName: string }
  /** `reasons`: at most MAX_REFUSAL_REASONS; `omitted`: how many more the file had. */
  | { kind: 'refused'; reasons: string[]; omitted: number; quarantined: string | null };

/** Where a refused file is kept: the workspace's folder, sealed with its passphrase when it is encrypted. */
interface QuarantineTarget {
  dataDir: string;
  passphrase?: string | undefined;
}

export interface ImportOptions extends QuarantineTarget {
  file: string;
  dryRun: boolean;
  now: string;
  /**
   * Runs inside the import's transaction for each convention a package creates
   * or changes: the services refresh what they derive from it (expected aid
   * payments). electron/sync does not import the services.
   */
  onConventionChanged: (db: Database, conventionId: number) => void;
  /**
   * Told how many lines of a return file are done, out of all its lines (issue
   * #16): the lines checked for a preview, the lines applied for an import
   * (its check before is a few seconds for 100,000 lines).
   */
  onProgress?: (done: number, total: number) => void;
}

/** Counts the lines of a file done, telling `listener` (throttled by it) at each. */
function lineCounter(total: number, listener: ImportOptions['onProgress']): { line: (count?: number) => void; end: () => void } {
  let done = 0;
  return {
    line: (count = 1) => listener?.((done += count), total),
    // The lines applied to nothing (ignored payments) are done too; told once, not again if every line was.
    end: () => {
      if (done < total) listener?.((done = total), total);
    },
  };
}

/** The received file's name made safe for the quarantine folder: no controls, no separators, not longer than QUARANTINE_NAME_BYTES. */
function quarantineName(file: string): string {
  let name = [...path.basename(file)].map((ch) => (ch < ' ' || /[\u007f-\u009f/\\:*?"<>|]/.test(ch) ? '_' : ch)).join('');
  while (Buffer.byteLength(name) > QUARANTINE_NAME_BYTES) name = name.slice(0, -1);
  return name || 'fichier';
}

/**
 * Keeps a refused file and its report in the quarantine. In an encrypted
 * workspace both are sealed with its passphrase (`.chiffre`, read back with
 * « cae dechiffrer »): a refused file may hold NIRs and bank details.
 */
function quarantine(target: QuarantineTarget, file: string, bytes: Uint8Array, sha: string, reasons: string[], now: string): string {
  const dir = path.join(target.dataDir, QUARANTINE_FOLDER);
  makePrivateDir(dir);
  const suffix = target.passphrase === undefined ? '' : SEALED_SUFFIX;
  const keep = (content: string | Uint8Array) => (target.passphrase === undefined ? content : seal(content, target.passphrase, 'cae-quarantaine'));
  const kept = path.join(dir, `${sha.slice(0, 12)}-${quarantineName(file)}`);
  writeFileDurably(`${kept}${suffix}`, keep(bytes));
  const report = [
    `Fichier : ${file}`,
    `Mis en quarantaine le : ${now}`,
    `SHA-256 : ${sha}`,
    'Refusé, rien n’a été modifié :',
    ...reasons.map((r) => `  - ${r}`),
    '',
  ];
  writeFileDurably(`${kept}.rapport.txt${suffix}`, keep(report.join('\n')));
  return `${kept}${suffix}`;
}

function apply(
  db: Database,
  file: ReturnFile,
  source: { fileName: string; sha256: string },
  plan: ImportPlan,
  now: string,
  progress: { line: (count?: number) => void; end: () => void },
): void {
  const { fileName } = source;
  // Inside the import's own transaction (underWriteLock): no savepoint.
  inOpenTransaction(db, () => {
    const lotId = insertLot(db, inboundLotRow(file.header, fileName, 'accepted', now));
    if (plan.answers) {
      linkAnswer(db, lotId, plan.answers.lot.id);
      // Only the rejected lines are written: the others, still « sent », read as accepted once their lot is acknowledged (line-status.ts).
      for (const line of plan.answers.rejected) {
        rejectLotLine(db, plan.answers.lot.id, line.lineNo, line.code, line.label);
        progress.line();
      }
      progress.line(plan.answers.accepted);
      acknowledgeLot(db, plan.answers.lot.id, plan.answers.status, now);
    }
    // The employer's « Aides » screen reconciles every payment received, imported or typed (migration 0009); in the order of the
    // index of received payments by convention and period, each of its pages changed once.
    const payments = [...plan.payments].sort(
      (a, b) => a.conventionId - b.conventionId || (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0),
    );
    insertReturnFilePayments(
      db,
      { lotId, reference: fileName, at: now },
      payments.map(({ conventionId, paidOn, amountCents, periodStart, periodEnd, lineNo }) => ({
        conventionId,
        receivedOn: paidOn,
        amountCents,
        periodStart,
        periodEnd,
        lineNo,
      })),
    );
    for (let i = 0; i < payments.length; i++) progress.line();
    appendAudit(db, {
      at: now,
      actor: workspaceActor(db),
      action: 'exchange.importReturn',
      entity: 'exchange_lot',
      entityId: lotId,
      details: {
        fileName,
        fileSha256: source.sha256,
        emitter: file.header.emitter,
        sequence: file.header.sequence,
        linesSha256: file.header.sha256,
        answers: plan.answers?.lot.fileName ?? null,
        payments: plan.payments.length,
      },
    });
  });
}

export function importExchangeFile(db: Database, bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  const refuse = (all: string[], sha: string): ImportOutcome => {
    const reasons = all.slice(0, MAX_REFUSAL_REASONS);
    const omitted = all.length - reasons.length;
    const reported = omitted ? [...reasons, `… et ${omitted} autre(s) motif(s).`] : reasons;
    const quarantined = options.dryRun ? null : quarantine(options, options.file, bytes, sha, reported, options.now);
    return { kind: 'refused', reasons, omitted, quarantined };
  };
  if (bytes.length >= CHECK_IN_WORKER_FROM_BYTES) {
    // Started first: the worker reads the file while this thread does too.
    const check = startFileCheck(bytes, options.now);
    const file = uncheckedReturnFile(bytes);
    if (file) return importCheckedAlongside(db, bytes, file, check, options, refuse);
    check.abandon();
  }
  const parsed = parseExchangeFile(bytes);
  if (!parsed.ok) return refuse(parsed.errors, parsed.fileSha256);
  const implausibilities = implausible(parsed.file, options.now);
  if (implausibilities.length) return refuse(implausibilities, parsed.fileSha256);
  if (parsed.kind === 'outbound-lot') {
    return refuse(['Ce fichier est un lot envoyé à l’organisme payeur, pas un fichier retour : il ne s’importe pas ici.'], parsed.fileSha256);
  }
  if (parsed.kind === 'convention-package') {
    const pkg = parsed.file as ConventionPackage;
    return underWriteLock(db, options.dryRun, (): ImportOutcome => {
      const planned = planPackage(db, pkg);
      if (planned.kind === 'refused') return refuse(planned.reasons, parsed.fileSha256);
      if (planned.kind === 'already') return { kind: 'already', fileName: planned.lot.fileName };
      if (options.dryRun) return { kind: 'package-preview', plan: planned.plan };
      applyPackage(db, pkg, { fileName: path.basename(options.file), sha256: parsed.fileSha256 }, planned.plan, options.now, options.onConventionChanged);
      return { kind: 'package-applied', plan: planned.plan };
    });
  }
  const planned = underWriteLock(db, options.dryRun, () => planAndApply(db, parsed.file as ReturnFile, parsed.fileSha256, options));
  return planned.kind === 'refusing' ? refuse(planned.reasons, parsed.fileSha256) : planned;
}

/** A return file planned, then applied unless it is a dry run; `refusing`: the plan's reasons (the caller quarantines the file). */
type Planned = ImportOutcome | { kind: 'refusing'; reasons: string[] };

function planAndApply(db: Database, file: ReturnFile, sha256: string, options: ImportOptions): Planned {
  const checked = lineCounter(file.lines.length, options.dryRun ? options.onProgress : undefined);
  const outcome = planImport(db, exchangeIdentity(db), file, checked.line);
  if (outcome.kind === 'refused') return { kind: 'refusing', reasons: outcome.reasons };
  if (outcome.kind === 'already') return { kind: 'already', fileName: outcome.lot.fileName };
  if (options.dryRun) {
    checked.end();
    return { kind: 'preview', plan: outcome.plan };
  }
  const applied = lineCounter(file.lines.length, options.onProgress);
  apply(db, file, { fileName: path.basename(options.file), sha256 }, outcome.plan, options.now, applied);
  applied.end();
  return { kind: 'applied', plan: outcome.plan };
}

/**
 * Files from this size have their checks run in a worker thread while they are planned and applied here (check-in-worker.ts):
 * ~6,500 lines of a return file. Below, the worker's start and the copy of the file would cost more than the checks.
 */
export const CHECK_IN_WORKER_FROM_BYTES = 1024 * 1024;

/** The file's problems, carried out of the transaction so that it rolls back. */
class RefusedFile extends Error {
  constructor(readonly reasons: string[]) {
    super('fichier refusé');
  }
}

/**
 * The JSON of what looks like a return file, NOT CHECKED (its checks run in the worker meanwhile), or null for anything else:
 * a file that is not UTF-8 or not JSON, another kind of file. Those are checked, then imported, in this thread.
 */
function uncheckedReturnFile(bytes: Uint8Array): ReturnFile | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return null;
  }
  return headerOf(value)?.kind === 'return-file' ? (value as ReturnFile) : null;
}

/**
 * A large return file planned and applied on its JSON as read while the worker checks it: the transaction commits only once
 * the worker has found nothing to refuse. A file with problems is refused with the worker's reasons, whatever the plan made of
 * it (even a failure on a value that is not a return file): the same reasons, in the same order, as a file checked first.
 */
function importCheckedAlongside(
  db: Database,
  bytes: Uint8Array,
  file: ReturnFile,
  check: PendingCheck,
  options: ImportOptions,
  refuse: (reasons: string[], sha: string) => ImportOutcome,
): ImportOutcome {
  const sha = sha256Hex(bytes);
  const refusedByCheck = () => {
    const problems = check.problems();
    if (problems.length) throw new RefusedFile(problems);
  };
  try {
    const planned = underWriteLock(db, options.dryRun, () => {
      try {
        return planAndApply(db, file, sha, options);
      } finally {
        // Thrown from here, the file's problems replace whatever the plan did, its own failure included, and roll it back.
        refusedByCheck();
      }
    });
    return planned.kind === 'refusing' ? refuse(planned.reasons, sha) : planned;
  } catch (error) {
    if (error instanceof RefusedFile) return refuse(error.reasons, sha);
    throw error;
  }
}

/**
 * Planned and applied in one IMMEDIATE transaction: whether the file is already
 * imported is decided under the write lock, so two imports of one file, even
 * from two processes, give one result and one « déjà importé ». A dry run
 * writes nothing and takes no lock.
 */
function underWriteLock<T>(db: Database, dryRun: boolean, fn: () => T): T {
  return dryRun ? fn() : inTransaction(db, fn);
}
