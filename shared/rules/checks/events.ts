import type { ReportingDeadline } from '../compute/obligations';
import type { RepaymentDue } from '../compute/repayment';
import { dayFr } from '../dates/day';
import { euroFr } from '../money/exact';
import { employmentAgencyPhrase, payingAgencyPhrase, toOrganisation } from '../parameters/organisations';
import type { Emit } from './finding';

const WHAT: Partial<Record<ReportingDeadline['event'], string>> = {
  SUSPENSION: 'la suspension',
  RUPTURE: 'la rupture',
  RENEWAL: 'le renouvellement',
  HOURS_PROGRAMME_NOTICE: 'le programme de répartition des heures',
};

/** A reported fact is late when reported after its deadline; an unreported one is late once `today` is past it. */
export function checkReporting(deadlines: ReportingDeadline[], today: string | undefined, emit: Emit): void {
  for (const d of deadlines) {
    const what = WHAT[d.event];
    if (!what) continue;
    const field =
      d.event === 'RENEWAL' ? `renewals[${d.index ?? 0}].reportedOn` : d.event === 'HOURS_PROGRAMME_NOTICE' ? 'contract.hoursProgramme.notifiedOn' : `events[${d.index ?? 0}].reportedOn`;
    const to = `${toOrganisation(employmentAgencyPhrase(d.eventDate))} et ${toOrganisation(payingAgencyPhrase(d.eventDate))}`;
    if (d.reportedOn !== undefined && d.reportedOn > d.due) {
      emit('EVENT_REPORTED_LATE', 'warning', field, `${capital(what)} du ${dayFr(d.eventDate)} a été signalé(e) le ${dayFr(d.reportedOn)}, après la date limite du ${dayFr(d.due)} : signalez désormais ces faits ${to} dans le délai, les aides versées à tort seront reprises.`, d.legalRef);
    } else if (d.reportedOn === undefined && today !== undefined && today > d.due && d.event !== 'HOURS_PROGRAMME_NOTICE') {
      emit('EVENT_REPORTED_LATE', 'warning', field, `${capital(what)} du ${dayFr(d.eventDate)} devait être signalé(e) ${to} au plus tard le ${dayFr(d.due)} : signalez-le(la) sans attendre et indiquez la date (reportedOn).`, d.legalRef);
    }
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function checkRepayment(rep: RepaymentDue | undefined, at: string, emit: Emit): void {
  if (!rep) return;
  if (rep.kind === 'FULL') {
    emit('REPAYMENT_DUE', 'warning', 'events', `La convention est résiliée : l’employeur doit reverser ${euroFr(rep.amountCents)} d’aides ${toOrganisation(payingAgencyPhrase(at))} et les cotisations exonérées (assiette ${euroFr(rep.exemptedBaseCents)}) au plus tard le ${rep.due ? dayFr(rep.due) : '—'}.`, rep.legalRef);
  } else {
    emit('REPAYMENT_DUE', 'info', 'events', `Aide versée d’avance pour des jours après la rupture : ${euroFr(rep.amountCents)} à reverser ${toOrganisation(payingAgencyPhrase(at))}.`, rep.legalRef);
  }
}
