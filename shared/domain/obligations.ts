/**
 * The employer's obligations across its conventions, seen from a day: each
 * convention's reporting deadlines and pay rises from the rules package
 * (shared/rules/compute/obligations.ts, payRises.ts), its proofs of activity
 * with where each stands, and the yearly report to the staff representatives
 * (L322-4-7 II). Sorted by due date; an item is done by a recorded fact (a
 * reported date, a proof sent) or by a mark (day and who).
 *
 * Decisions (docs/rules.md, « Décisions »): a renewal request is shown due
 * `renewalLeadMonths` before the convention's last day (its legal limit); an
 * item is « à faire » within 30 days of its due date; the yearly report of a
 * year is due on 31 January of the next (the law sets no date) and is listed
 * for last year and this year only; a convention ended more than three months
 * ago no longer brings items.
 */
import type { ObligationAction, ObligationItem, ObligationKind, ObligationState } from '../api/obligations-contract';
import type { ProofStatus } from '../api/activity-contract';
import { checkConvention, type ConventionDocument } from '../rules/index';
import { OBLIGATION_LABELS, type ReportingDeadline } from '../rules/compute/obligations';
import type { PayRise } from '../rules/compute/payRises';
import { addMonths, dayFr, formatDay, parseDay } from '../rules/dates/day';
import { euroFr } from '../rules/money/exact';
import { caeRef, DOM_REFS } from '../rules/parameters/articles';
import { valueAt } from '../rules/parameters/dated';
import { CAE } from '../rules/parameters/measures';
import type { Measure } from '../rules/vocabulary';
import type { ConventionStatus } from './enums';

interface ProofInput {
  start: string;
  label: string;
  due: string;
  status: ProofStatus;
  /** The day its lot left (`YYYY-MM-DD`), when sent. */
  sentOn: string | null;
  fileName: string | null;
}

export interface ConventionObligationsInput {
  id: number;
  number: string;
  measure: Measure;
  status: ConventionStatus;
  person: string;
  /** The convention's last day as stored (null while undated). */
  endsOn: string | null;
  doc: ConventionDocument;
  proofs: ProofInput[];
}

export interface MarkInput {
  doneOn: string;
  doneBy: string;
}

export interface ObligationsInput {
  today: string;
  renewalLeadMonths: number;
  conventions: ConventionObligationsInput[];
  /** Years in which a CAE was executed (the yearly report, L322-4-7 II). */
  reportYears: number[];
  /** Legal reference of the yearly report of a year. */
  reportRef: (year: number) => string;
  marks: ReadonlyMap<string, MarkInput>;
}

/** Statuses that bring obligations: signed, running, or ended (within three months). */
const LIVE = new Set<ConventionStatus>(['signee', 'en_cours', 'terminee', 'resiliee', 'denoncee']);
const ENDED = new Set<ConventionStatus>(['terminee', 'resiliee', 'denoncee']);
const REPORTED_EVENTS = new Set(['SUSPENSION', 'RUPTURE', 'RENEWAL', 'HOURS_CHANGE']);
const SENT = new Set<ProofStatus>(['envoye', 'accepte']);
const RECORDED_BY = 'date saisie dans la convention';

type Draft = Omit<ObligationItem, 'state' | 'done' | 'markable'> & { doneByFact?: { on: string; by: string } };

const stateOf = (due: string, today: string, done: boolean): ObligationState => {
  if (done) return 'fait';
  if (due < today) return 'en_retard';
  return due <= formatDay(parseDay(today) + 30) ? 'a_faire' : 'a_venir';
};

function base(c: ConventionObligationsInput, key: string, kind: ObligationKind, action: ObligationAction) {
  return { key: `${c.id}:${key}`, kind, conventionId: c.id, conventionNumber: c.number, measure: c.measure, person: c.person, legalDue: null, action };
}

function fromDeadline(c: ConventionObligationsInput, d: ReportingDeadline, leadMonths: number): Draft | undefined {
  const what = `${OBLIGATION_LABELS[d.event] ?? d.event} du ${dayFr(d.eventDate)}`;
  const reported = d.reportedOn ? { doneByFact: { on: d.reportedOn, by: RECORDED_BY } } : {};
  const which = d.index ?? d.eventDate;
  if (REPORTED_EVENTS.has(d.event)) {
    return {
      ...base(c, `${d.event}:${which}`, 'EVENT_REPORT', { kind: 'declaration', conventionId: c.id, event: d.event, index: d.index ?? null }),
      label: what,
      detail: `À signaler ${d.recipients ?? ''} dans le délai, avec les pièces justificatives.`.replace('  ', ' '),
      due: d.due,
      legalRef: d.legalRef,
      ...reported,
    };
  }
  if (d.event === 'HOURS_PROGRAMME_NOTICE' || d.event === 'HOURS_PROGRAMME_CHANGE_NOTICE') {
    return {
      ...base(c, `${d.event}:${which}`, 'HOURS_PROGRAMME', { kind: 'convention', conventionId: c.id, tab: 'convention' }),
      label: `${OBLIGATION_LABELS[d.event]} (période du ${dayFr(d.eventDate)})`,
      detail: 'Remettre par écrit au salarié le programme de répartition des heures, 15 jours ouvrés avant la période.',
      due: d.due,
      legalRef: d.legalRef,
      ...reported,
    };
  }
  if (d.event === 'DENUNCIATION_OBSERVATIONS') {
    return {
      ...base(c, `${d.event}:${d.eventDate}`, 'DENUNCIATION', { kind: 'convention', conventionId: c.id, tab: 'convention' }),
      label: `Présenter vos observations (intention de dénonciation notifiée le ${dayFr(d.eventDate)})`,
      detail: 'Sans observations dans le délai, la convention peut être dénoncée et l’aide reprise.',
      due: d.due,
      legalRef: d.legalRef,
    };
  }
  if (d.event === 'RENEWAL_REQUEST' && !ENDED.has(c.status) && renewable(c)) {
    const shown = formatDay(addMonths(parseDay(d.due), -leadMonths));
    return {
      ...base(c, `RENEWAL_REQUEST:${d.due}`, 'RENEWAL_REQUEST', { kind: 'convention', conventionId: c.id, tab: 'convention' }),
      label: `Demander le renouvellement de la convention (fin le ${dayFr(d.due)})`,
      detail: `Si vous souhaitez poursuivre, demandez le renouvellement avant la fin de la convention, le ${dayFr(d.due)}.`,
      due: shown,
      legalDue: d.due,
      legalRef: d.legalRef,
    };
  }
  return undefined;
}

/** A CAE renewed as often and as long as the law allows gets no renewal reminder (form CAE-0515: twice within 24 months). */
function renewable(c: ConventionObligationsInput): boolean {
  if (c.measure !== 'CAE') return true;
  const at = c.doc.contract?.hiredOn ?? c.endsOn ?? '';
  const max = valueAt(CAE.maxRenewals, at)?.value ?? 2;
  return (c.doc.renewals?.length ?? 0) < max;
}

function fromPayRise(c: ConventionObligationsInput, rise: PayRise): Draft {
  return {
    ...base(c, `PAY:${rise.on}`, 'PAY_BELOW_SMIC', { kind: 'convention', conventionId: c.id, tab: 'aides' }),
    label: `Porter le salaire à ${euroFr(rise.minimumCents)} brut par mois au moins`,
    detail: rise.message,
    due: rise.on,
    legalRef: rise.legalRef,
  };
}

function fromProof(c: ConventionObligationsInput, p: ProofInput, legalRef: string): Draft {
  const sent = SENT.has(p.status) && p.sentOn ? { doneByFact: { on: p.sentOn, by: `envoyé dans le lot ${p.fileName ?? ''}`.trim() } } : {};
  return {
    ...base(c, `PROOF:${p.start}`, 'PROOF_OF_ACTIVITY', { kind: 'proof', conventionId: c.id, periodStart: p.start }),
    label: `Justificatif d’activité — ${p.label} (du ${dayFr(p.start)})`,
    detail: 'Saisir les heures du trimestre, imprimer le justificatif signé et l’envoyer à l’organisme payeur.',
    due: p.due,
    legalRef,
    ...sent,
  };
}

function conventionDrafts(c: ConventionObligationsInput, input: ObligationsInput): Draft[] {
  if (!LIVE.has(c.status)) return [];
  const stale = formatDay(addMonths(parseDay(input.today), -3));
  if (ENDED.has(c.status) && c.endsOn !== null && c.endsOn < stale) return [];
  const computed = checkConvention(c.doc, { today: input.today }).computed;
  const deadlines = computed.reportingDeadlines ?? [];
  const proofRef = (p: ProofInput) => deadlines.find((d) => d.event === 'PROOF_OF_ACTIVITY' && d.due === p.due)?.legalRef ?? proofLegalRef(c, deadlines);
  return [
    ...deadlines.flatMap((d) => fromDeadline(c, d, input.renewalLeadMonths) ?? []),
    ...(computed.payRises ?? []).map((r) => fromPayRise(c, r)),
    // A proof is listed once its period has begun.
    ...c.proofs.filter((p) => p.start <= input.today).map((p) => fromProof(c, p, proofRef(p))),
  ];
}

/** The proof's reference when no quarterly deadline matches: the CAE-DOM's payment on proof (R. 831-5), or the measure's quarterly proof. */
function proofLegalRef(c: ConventionObligationsInput, deadlines: ReportingDeadline[]): string {
  if (c.measure === 'CAE_DOM') return DOM_REFS.payments;
  return deadlines.find((d) => d.event === 'PROOF_OF_ACTIVITY')?.legalRef ?? caeRef('proofOfActivity', c.endsOn ?? c.doc.contract?.hiredOn ?? '');
}

function reportDrafts(input: ObligationsInput): Draft[] {
  const year = Number(input.today.slice(0, 4));
  return input.reportYears
    .filter((y) => y >= year - 1 && y <= year)
    .map((y) => ({
      key: `report:${y}`,
      kind: 'STAFF_REPRESENTATIVES_REPORT' as const,
      conventionId: null,
      conventionNumber: null,
      measure: null,
      person: null,
      legalDue: null,
      action: { kind: 'report' as const, year: y },
      label: `Rapport annuel ${y} aux institutions représentatives du personnel`,
      detail: 'Présenter aux représentants du personnel, lorsqu’ils existent, le rapport sur l’exécution des conventions de l’année.',
      due: `${y + 1}-01-31`,
      legalRef: input.reportRef(y),
    }));
}

/** Every obligation, due dates first. */
export function buildObligations(input: ObligationsInput): ObligationItem[] {
  const drafts = [...input.conventions.flatMap((c) => conventionDrafts(c, input)), ...reportDrafts(input)];
  return drafts
    .map(({ doneByFact, ...d }) => {
      const mark = input.marks.get(d.key);
      const done = doneByFact
        ? { on: doneByFact.on, by: doneByFact.by, how: 'saisi' as const }
        : mark
          ? { on: mark.doneOn, by: mark.doneBy, how: 'marque' as const }
          : null;
      return { ...d, done, markable: !doneByFact, state: stateOf(d.due, input.today, done !== null) };
    })
    .sort((a, b) => a.due.localeCompare(b.due) || a.label.localeCompare(b.label, 'fr'));
}

export function obligationsSummary(items: readonly ObligationItem[]) {
  return {
    overdue: items.filter((i) => i.state === 'en_retard').length,
    dueWithin30Days: items.filter((i) => i.state === 'a_faire').length,
    done: items.filter((i) => i.state === 'fait').length,
  };
}
