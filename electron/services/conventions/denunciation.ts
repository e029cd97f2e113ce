/**
 * The dénonciation procedure (R. 5134-51 and R. 5134-52; form CAE-0515,
 * « Le reversement de ces sommes s'effectue également en cas de
 * dénonciation »): notice of intent, 7 days for the employer's observations,
 * decision (with the repayment the rules compute and the 2-month appeal
 * deadline), then the payment organisation and the collector informed.
 * The CAV procedure is applied to every measure: the CAE form names the
 * dénonciation but not its steps.
 */
import { formatDateFr } from '../../../shared/format/date';
import type { ChannelOutput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { CAE, CAV, computeDeadline, valueAt } from '../../../shared/rules/index';
import { inTransaction } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit';
import {
  insertDenunciation,
  latestDenunciation,
  recordDecision,
  recordInformed,
  recordObservations,
  type DenunciationRecord,
} from '../../db/repositories/conventions/denunciations';
import { setVersionDocument } from '../../db/repositories/versions/writes';
import { refreshAidPayments } from '../aid-payments';
import type { Doc } from './document';
import { actorOf, changeStatus, check, conventionEndOf, loadConvention, type ServiceContext } from './state';
import { getConvention } from './view';

export type DenunciationInput =
  | { id: number; step: 'NOTICE'; date: string; grounds: string }
  | { id: number; step: 'OBSERVATIONS'; date: string; observations: string }
  | { id: number; step: 'DECISION'; date: string; decision: 'DENOUNCED' | 'MAINTAINED'; reason: string }
  | { id: number; step: 'PAYMENT_ORGANISATION_INFORMED' | 'COLLECTOR_INFORMED'; date: string };

const refuse = (message: string): never => {
  throw new AppError('CONFLICT', message);
};

export function denunciationStep(sc: ServiceContext, input: DenunciationInput): ChannelOutput<'conventions.denunciation'> {
  const actor = actorOf(sc);
  inTransaction(sc.db, () => {
    const loaded = loadConvention(sc.db, input.id);
    const { row, current, doc } = loaded;
    if (input.date > sc.today()) refuse(`La date (${formatDateFr(input.date)}) est dans le futur : indiquez la date réelle de l’étape.`);
    const latest = latestDenunciation(sc.db, row.id);
    const open = latest && latest.decision === null ? latest : undefined;
    const at = sc.now();
    const setDoc = (denunciation: Doc['denunciation']) => setVersionDocument(sc.db, current.id, { ...doc, denunciation } as Record<string, unknown>);
    switch (input.step) {
      case 'NOTICE': {
        if (row.status !== 'signee' && row.status !== 'en_cours')
          refuse(`Seule une convention signée ou en cours peut être dénoncée (statut actuel : ${row.status}).`);
        if (open) refuse(`Une procédure de dénonciation est déjà en cours depuis le ${formatDateFr(open.intentNotifiedOn)} : enregistrez sa décision d’abord.`);
        const days = valueAt(CAV.observationDays, input.date)?.value ?? 7;
        const deadline = computeDeadline('jours', days, input.date, row.department).deadline;
        insertDenunciation(sc.db, { conventionId: row.id, grounds: input.grounds, intentNotifiedOn: input.date, observationsDeadline: deadline, at });
        setDoc({ intentNotifiedOn: input.date });
        break;
      }
      case 'OBSERVATIONS': {
        const p = open ?? refuse('Aucune procédure de dénonciation en cours : notifiez d’abord l’intention de dénoncer.');
        if (input.date < p.intentNotifiedOn)
          refuse(
            `Les observations (${formatDateFr(input.date)}) ne peuvent pas précéder la notification de l’intention (${formatDateFr(p.intentNotifiedOn)}).`,
          );
        recordObservations(sc.db, p.id, input.date, input.observations, at);
        break;
      }
      case 'DECISION': {
        const p = open ?? refuse('Aucune procédure de dénonciation en cours : notifiez d’abord l’intention de dénoncer.');
        decide(sc, loaded, p, input, actor, at);
        break;
      }
      default: {
        const p: DenunciationRecord = latest?.decision === 'DENOUNCED' ? latest : refuse('La convention n’a pas été dénoncée : il n’y a personne à informer.');
        if (input.date < p.decisionNotifiedOn!)
          refuse(`L’information (${formatDateFr(input.date)}) ne peut pas précéder la décision (${formatDateFr(p.decisionNotifiedOn)}).`);
        recordInformed(sc.db, p.id, input.step === 'COLLECTOR_INFORMED' ? 'COLLECTOR' : 'PAYMENT_ORGANISATION', input.date, at);
      }
    }
    appendAudit(sc.db, {
      at,
      actor,
      action: 'conventions.denunciation',
      entity: 'convention',
      entityId: row.id,
      details: { step: input.step, date: input.date },
    });
  });
  const convention = getConvention(sc, input.id);
  return { convention, procedure: convention.denunciation! };
}

function decide(
  sc: ServiceContext,
  loaded: ReturnType<typeof loadConvention>,
  p: DenunciationRecord,
  input: Extract<DenunciationInput, { step: 'DECISION' }>,
  actor: string,
  at: string,
): void {
  const { row, current, doc } = loaded;
  if (input.decision === 'MAINTAINED') {
    if (input.date < p.intentNotifiedOn)
      refuse(`La décision (${formatDateFr(input.date)}) ne peut pas précéder la notification de l’intention (${formatDateFr(p.intentNotifiedOn)}).`);
    recordDecision(sc.db, {
      id: p.id,
      decision: 'MAINTAINED',
      on: input.date,
      reason: input.reason,
      appealDeadline: null,
      repaymentCents: null,
      exemptedBaseCents: null,
      contributionsDueOn: null,
      at,
    });
    return;
  }
  const next: Doc = { ...doc, denunciation: { intentNotifiedOn: p.intentNotifiedOn, decisionNotifiedOn: input.date } };
  const result = check(sc, next);
  const start = row.startsOn;
  // The lifecycle rules check the 7 days for observations (R. 5134-51).
  // The convention ends at the decision (its last day is the day before, as for a rupture): the rules' end.
  changeStatus(sc, loaded, {
    to: 'denoncee',
    date: input.date,
    actor,
    reason: input.reason,
    endsOn: conventionEndOf(next, result) ?? (input.date < start ? start : input.date),
  });
  setVersionDocument(sc.db, current.id, next as Record<string, unknown>);
  // Repayment of the aid received and of the exempted contributions (R. 5134-52; form CAE-0515), from the rules.
  const rep = result.computed.repaymentDue;
  const months = valueAt(CAE.appealMonths, input.date)?.value ?? 2;
  recordDecision(sc.db, {
    id: p.id,
    decision: 'DENOUNCED',
    on: input.date,
    reason: input.reason,
    appealDeadline: computeDeadline('mois', months, input.date, row.department).deadline,
    repaymentCents: rep?.amountCents ?? 0,
    exemptedBaseCents: rep?.exemptedBaseCents ?? 0,
    contributionsDueOn: rep?.due ?? null,
    at,
  });
  // Dénoncée: no payment falls due after the decision.
  refreshAidPayments(sc.db, row.id);
}
