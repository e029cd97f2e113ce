import type { ReportingDeadline } from '../compute/obligations';
import type { RepaymentDue } from '../compute/repayment';
import { dayFr, tryParseDay } from '../dates/day';
import { euroFr } from '../money/exact';
import { employmentAgencyPhrase, payingAgencyPhrase, toOrganisation } from '../parameters/organisations';
import type { Context } from '../compute/context';
import { caeRef, cavRef } from '../parameters/articles';
import type { Emit } from './finding';

const WHAT: Partial<Record<ReportingDeadline['event'], string>> = {
  SUSPENSION: 'la suspension',
  RUPTURE: 'la rupture',
  RENEWAL: 'le renouvellement',
  HOURS_PROGRAMME_NOTICE: 'le programme de répartition des heures',
  HOURS_PROGRAMME_CHANGE_NOTICE: 'la modification du programme de répartition des heures',
};

/** A reported fact is late when reported after its deadline; an unreported one is late once `today` is past it. */
export function checkReporting(deadlines: ReportingDeadline[], today: string | undefined, emit: Emit): void {
  for (const d of deadlines) {
    const what = WHAT[d.event];
    if (!what) continue;
    const field =
      d.event === 'RENEWAL'
        ? `renewals[${d.index ?? 0}].reportedOn`
        : d.event === 'HOURS_PROGRAMME_NOTICE'
          ? 'contract.hoursProgramme.notifiedOn'
          : d.event === 'HOURS_PROGRAMME_CHANGE_NOTICE'
            ? `contract.hoursProgramme.changes[${d.index ?? 0}].notifiedOn`
            : `events[${d.index ?? 0}].reportedOn`;
    const to = d.recipients ?? `${toOrganisation(employmentAgencyPhrase(d.eventDate))} et ${toOrganisation(payingAgencyPhrase(d.eventDate))}`;
    if (d.event === 'HOURS_PROGRAMME_NOTICE' || d.event === 'HOURS_PROGRAMME_CHANGE_NOTICE') {
      // R. 5134-60: a notice to the employee, not a report to the organisations; no aid is taken back for it.
      if (d.reportedOn !== undefined && d.reportedOn > d.due) {
        const message =
          d.event === 'HOURS_PROGRAMME_NOTICE'
            ? `Le programme de répartition des heures de la période commençant le ${dayFr(d.eventDate)} a été communiqué ${to} le ${dayFr(d.reportedOn)}, après la date limite du ${dayFr(d.due)} : remettez désormais le programme par écrit ${to} avant cette date limite (délai de prévenance en jours ouvrés).`
            : `La modification du programme de répartition des heures applicable à partir du ${dayFr(d.eventDate)} a été communiquée ${to} le ${dayFr(d.reportedOn)}, après la date limite du ${dayFr(d.due)} : une modification respecte le même délai de prévenance ; reportez son application ou prévenez le salarié à temps.`;
        emit('EVENT_REPORTED_LATE', 'warning', field, message, d.legalRef);
      }
      continue;
    }
    if (d.reportedOn !== undefined && d.reportedOn > d.due) {
      emit(
        'EVENT_REPORTED_LATE',
        'warning',
        field,
        `${capital(what)} du ${dayFr(d.eventDate)} a été signalé(e) le ${dayFr(d.reportedOn)}, après la date limite du ${dayFr(d.due)} : signalez désormais ces faits ${to} dans le délai, les aides versées à tort seront reprises.`,
        d.legalRef,
      );
    } else if (d.reportedOn === undefined && today !== undefined && today > d.due) {
      emit(
        'EVENT_REPORTED_LATE',
        'warning',
        field,
        `${capital(what)} du ${dayFr(d.eventDate)} devait être signalé(e) ${to} au plus tard le ${dayFr(d.due)} : signalez-le(la) sans attendre et indiquez la date de la déclaration.`,
        d.legalRef,
      );
    }
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function checkRepayment(rep: RepaymentDue | undefined, at: string, emit: Emit): void {
  if (!rep) return;
  if (rep.kind === 'FULL') {
    emit(
      'REPAYMENT_DUE',
      'warning',
      'events',
      `La convention est résiliée : l’employeur doit reverser ${euroFr(rep.amountCents)} d’aides ${toOrganisation(payingAgencyPhrase(at))} et les cotisations exonérées (assiette ${euroFr(rep.exemptedBaseCents)}) au plus tard le ${rep.due ? dayFr(rep.due) : '—'}.`,
      rep.legalRef,
    );
  } else {
    emit(
      'REPAYMENT_DUE',
      'info',
      'events',
      `Aide versée d’avance pour des jours après la rupture : ${euroFr(rep.amountCents)} à reverser ${toOrganisation(payingAgencyPhrase(at))}.`,
      rep.legalRef,
    );
  }
}

/**
 * Reasons for which the employee may end the contract before its term. CAE
 * (L322-4-7 II, last paragraph, derogating from the CDD's early-rupture rule):
 * hiring on a CDD of at least six months or a CDI, or a qualifying training.
 * Contrat d'avenir (R. 5134-61 1° to 3°): the same three cases (CDD of more
 * than six months), and the ruptures the article names for either party —
 * during the trial period, for gross misconduct or force majeure — which the
 * CAE's text leaves under the CDD's ordinary rule too.
 */
const EMPLOYEE_RUPTURE_REASONS = new Set(['NEW_CDI', 'NEW_CDD_6M', 'QUALIFYING_TRAINING', 'TRIAL_PERIOD', 'GROSS_MISCONDUCT', 'FORCE_MAJEURE']);

/**
 * An employee's rupture before the convention's end for another reason: a
 * warning (the fact has happened; the texts attach no consequence to the
 * convention, the aid stopping at the rupture in every case). The CAE-DOM's
 * décret says nothing of the employee's rupture: no finding for it.
 */
export function checkEmployeeRupture(ctx: Context, emit: Emit): void {
  if (ctx.measure !== 'CAE' && ctx.measure !== 'CAV') return;
  (ctx.doc.events ?? []).forEach((e, i) => {
    if (e.kind !== 'RUPTURE' || e.initiative !== 'EMPLOYEE') return;
    const on = tryParseDay(e.on);
    // A rupture on or after the day following the last day is the contract's term, not an early rupture.
    if (on === undefined || (ctx.plannedEnd !== undefined && on > ctx.plannedEnd)) return;
    const reason = e.reason ?? undefined;
    if (reason !== undefined && EMPLOYEE_RUPTURE_REASONS.has(reason)) return;
    const legalRef = ctx.measure === 'CAV' ? cavRef('employeeRupture', e.on) : caeRef('employeeRupture', e.on);
    const cdd = ctx.measure === 'CAV' ? 'de plus de six mois' : 'd’au moins six mois';
    const cases = `une embauche en CDI ou en CDD ${cdd} chez un autre employeur, une formation qualifiante, la période d’essai, une faute grave de l’employeur ou la force majeure`;
    const said =
      reason === undefined
        ? 'sans motif indiqué'
        : reason === 'INAPTITUDE'
          ? 'pour inaptitude (un licenciement, à l’initiative de l’employeur)'
          : 'pour un autre motif';
    emit(
      'RUPTURE_REASON_NOT_ALLOWED',
      'warning',
      `events[${i}].reason`,
      `La rupture du ${dayFr(e.on)} à l’initiative du salarié est enregistrée ${said} : avant le terme, le salarié ne peut rompre le contrat que pour ${cases}. Indiquez le motif réel et joignez son justificatif ; sinon la rupture relève des règles ordinaires du contrat à durée déterminée.`,
      legalRef,
    );
  });
}
