/**
 * `recordEvent`: a suspension, a trial period elsewhere or a rupture of the
 * work contract, reported by the employer. The fact joins the current
 * version's document (the signed terms do not change) and contract_events;
 * a rupture ends the convention (résiliée). A fact already recorded (same
 * kind, same day) is refused. Returns the 7-jours-francs
 * reporting deadline, the documents to collect and the effect on the aid.
 */
import { formatDateFr } from '../../../shared/format/date';
import type { ChannelOutput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { CONVENTION_STATUS_LABELS } from '../../../shared/domain/enums';
import type { CheckResult, ConventionEvent } from '../../../shared/rules/index';
import { inTransaction } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit';
import { insertEvent } from '../../db/repositories/conventions/writes';
import { setVersionDocument } from '../../db/repositories/versions/writes';
import { refreshAidPayments } from '../aid-payments';
import { requiredDocuments } from './checklist';
import { eventDate, eventRow, type Doc } from './document';
import { actorOf, changeStatus, check, conventionEndOf, loadConvention, type ServiceContext } from './state';
import { getConvention } from './view';

export type ReportedEvent = Extract<ConventionEvent, { kind: 'SUSPENSION' | 'TRIAL_PERIOD_ELSEWHERE' | 'RUPTURE' }>;

const RUPTURE_WORDS: Record<string, string> = {
  NEW_CDI: 'embauche en CDI',
  NEW_CDD_6M: 'embauche en CDD de plus de six mois',
  QUALIFYING_TRAINING: 'formation qualifiante',
  GROSS_MISCONDUCT: 'faute grave',
  FORCE_MAJEURE: 'force majeure',
  INAPTITUDE: 'inaptitude',
  TRIAL_PERIOD: 'pendant la période d’essai',
  OTHER: 'autre motif',
};

const FACT_WORDS: Record<ReportedEvent['kind'], string> = {
  SUSPENSION: 'La suspension',
  TRIAL_PERIOD_ELSEWHERE: 'La période d’essai chez un autre employeur',
  RUPTURE: 'La rupture',
};

const total = (r: CheckResult) => (r.computed.aidPayments ?? []).reduce((s, p) => s + p.amountCents, 0);

export function recordEvent(sc: ServiceContext, input: { id: number; event: ReportedEvent }): ChannelOutput<'conventions.recordEvent'> {
  const actor = actorOf(sc);
  const event = input.event;
  const out = inTransaction(sc.db, () => {
    const loaded = loadConvention(sc.db, input.id);
    const { row, current, doc } = loaded;
    if (row.status !== 'signee' && row.status !== 'en_cours') {
      throw new AppError(
        'CONFLICT',
        `La convention ${row.number} est « ${CONVENTION_STATUS_LABELS[row.status]} » : on n’y enregistre plus de suspension ni de rupture.`,
      );
    }
    const on = eventDate(event);
    // One fact, one record: the same kind starting the same day is the fact already reported (a second click, a resent report).
    if ((doc.events ?? []).some((e) => e.kind === event.kind && eventDate(e) === on)) {
      throw new AppError('CONFLICT', `${FACT_WORDS[event.kind]} du ${formatDateFr(on)} est déjà enregistrée pour la convention ${row.number}.`);
    }
    const before = check(sc, doc);
    assertDates(sc, event, on, doc.contract?.hiredOn ?? row.startsOn, conventionEndOf(doc, before) ?? row.endsOn);
    const next: Doc = { ...doc, events: [...(doc.events ?? []), event] };
    const index = next.events!.length - 1;
    const after = check(sc, next);
    setVersionDocument(sc.db, current.id, next as Record<string, unknown>);
    const at = sc.now();
    insertEvent(sc.db, eventRow(row.id, event, at));
    appendAudit(sc.db, {
      at,
      actor,
      action: 'conventions.recordEvent',
      entity: 'convention',
      entityId: row.id,
      details: { kind: event.kind, on, versionId: current.id },
    });
    if (event.kind === 'RUPTURE') {
      // The convention ends with the contract (form CAE-0515: « résiliée de plein droit » on an employer-initiated rupture outside R. 322-16-1 II).
      changeStatus(
        sc,
        { ...loaded, doc: next },
        {
          to: 'resiliee',
          date: on,
          actor,
          reason: `Rupture du contrat de travail (${RUPTURE_WORDS[event.reason ?? 'OTHER'] ?? 'autre motif'}, à l’initiative ${event.initiative === 'EMPLOYER' ? 'de l’employeur' : 'du salarié'})`,
          endsOn: conventionEndOf(next, after),
        },
      );
    }
    // A suspension without pay or a rupture changes the schedule of the aid.
    refreshAidPayments(sc.db, row.id);
    const deadline = (after.computed.reportingDeadlines ?? []).find((d) => d.index === index && (d.event === 'SUSPENSION' || d.event === 'RUPTURE'));
    const rep = after.computed.repaymentDue;
    return {
      reportingDeadline: deadline ? { due: deadline.due, legalRef: deadline.legalRef } : null,
      checklist: requiredDocuments(
        row.measure,
        event.kind === 'TRIAL_PERIOD_ELSEWHERE' ? { kind: event.kind } : { kind: event.kind, reason: event.reason },
        on,
      ),
      aid: {
        totalBeforeCents: total(before),
        totalAfterCents: total(after),
        repaymentDue: rep
          ? { kind: rep.kind, amountCents: rep.amountCents, exemptedBaseCents: rep.exemptedBaseCents, due: rep.due ?? null, legalRef: rep.legalRef }
          : null,
      },
    };
  });
  return { convention: getConvention(sc, input.id), ...out };
}

function assertDates(sc: ServiceContext, event: ReportedEvent, on: string, hired: string, end: string | null): void {
  const refuse = (message: string) => {
    throw new AppError('CONFLICT', message);
  };
  if (on > sc.today()) refuse(`Le fait est daté du ${formatDateFr(on)}, dans le futur : enregistrez-le quand il a eu lieu.`);
  if (on < hired || (end !== null && on > end))
    refuse(`Le fait (${formatDateFr(on)}) doit tomber pendant la convention, du ${formatDateFr(hired)} au ${end ? formatDateFr(end) : '—'}.`);
  if (event.kind !== 'RUPTURE' && event.to && event.to < event.from)
    refuse(`La fin de la suspension (${formatDateFr(event.to)}) précède son début (${formatDateFr(event.from)}).`);
  if (event.reportedOn && event.reportedOn < on)
    refuse(`Le signalement (${formatDateFr(event.reportedOn)}) ne peut pas précéder le fait (${formatDateFr(on)}).`);
  if (event.reportedOn && event.reportedOn > sc.today()) refuse(`La date de signalement (${formatDateFr(event.reportedOn)}) est dans le futur.`);
}
