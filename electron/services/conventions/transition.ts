/**
 * `transition`: moves a convention along its lifecycle (shared/domain/lifecycle),
 * recorded in the timeline, in one transaction. Signing stamps the signature
 * date on the current version's document and stores the justification of
 * each warning the rules leave (one per code).
 */
import type { ConventionView } from '../../../shared/api/conventions-contract';
import { AppError } from '../../../shared/api/result';
import type { ConventionStatus } from '../../../shared/domain/enums';
import type { FindingCode } from '../../../shared/rules/index';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { inTransaction } from '../../db/connection';
import { listJustifications } from '../../db/repositories/conventions/read';
import { putJustification } from '../../db/repositories/conventions/writes';
import { setVersionDocument } from '../../db/repositories/versions/writes';
import { refreshAidPayments } from '../aid-payments';
import type { Doc } from './document';
import { actorOf, changeStatus, check, loadConvention, type Loaded, type ServiceContext } from './state';
import { getConvention } from './view';

export interface TransitionInput {
  id: number;
  to: ConventionStatus;
  date: string;
  reason?: string | undefined;
  actor?: string | undefined;
  justifications?: { code: FindingCode; text: string }[] | undefined;
}

export function transition(sc: ServiceContext, input: TransitionInput): ConventionView {
  const actor = actorOf(sc, input.actor);
  inTransaction(sc.db, () => {
    const loaded = loadConvention(sc.db, input.id);
    if (input.to === 'denoncee') {
      throw new AppError(
        'CONFLICT',
        'Une dénonciation suit sa procédure : notifiez l’intention de dénoncer, attendez les observations de l’employeur (sept jours), puis enregistrez la décision.',
      );
    }
    if (input.to !== 'signee' && input.justifications?.length) {
      throw new AppError(
        'CONFLICT',
        'Les justifications d’avertissements accompagnent la signature : retirez-les, ou passez la convention au statut « Signée ».',
      );
    }
    if (input.to === 'signee') {
      sign(sc, loaded, input, actor);
      // The signed convention commits its aid: the expected payments are stored.
      refreshAidPayments(sc.db, input.id);
      return;
    }
    const start = loaded.row.startsOn;
    changeStatus(sc, loaded, {
      to: input.to,
      date: input.date,
      actor,
      reason: input.reason,
      endsOn: input.to === 'resiliee' ? (input.date < start ? start : input.date) : null,
    });
    // Résiliée: no payment falls due after its last day.
    if (input.to === 'resiliee') refreshAidPayments(sc.db, input.id);
  });
  return getConvention(sc, input.id);
}

function sign(sc: ServiceContext, loaded: Loaded, input: TransitionInput, actor: string): void {
  // The signature date is the convention's « Fait le » (form CAE-0515): checked with it.
  const signed: Doc = { ...loaded.doc, signedOn: input.date };
  const result = check(sc, signed);
  const warnings = new Set(result.findings.filter((f) => f.severity === 'warning').map((f) => f.code as string));
  const given = input.justifications ?? [];
  const stray = given.filter((j) => !warnings.has(j.code)).map((j) => j.code);
  if (stray.length > 0) {
    throw new AppError('CONFLICT', `Aucun avertissement ${stray.join(', ')} sur cette convention : retirez ces justifications.`);
  }
  const justified = new Set([...storedCodes(sc.db, loaded), ...given.map((j) => j.code)]);
  changeStatus(sc, loaded, {
    to: 'signee',
    date: input.date,
    actor,
    facts: { findings: result.findings, justifiedCodes: justified },
    audit: { justified: [...justified] },
  });
  setVersionDocument(sc.db, loaded.current.id, signed as Record<string, unknown>, input.date);
  for (const j of given) putJustification(sc.db, { versionId: loaded.current.id, code: j.code, text: j.text, by: actor, at: sc.now() });
}

function storedCodes(db: Database, loaded: Loaded): string[] {
  return listJustifications(db, loaded.row.id)
    .filter((j) => j.versionId === loaded.current.id)
    .map((j) => j.code);
}
