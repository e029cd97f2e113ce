/** The printed mentions an avenant can change, compared between two versions of the document. */
import { checkConvention, latestWeeklyHours, type ConventionDocument } from '../../../shared/rules/index';
import { employerStatus } from '../form/parties';
import { cents, date, hours, money, percent } from '../format';

type Getter = (doc: ConventionDocument) => string;

function lastRenewal(doc: ConventionDocument) {
  const r = doc.renewals ?? [];
  return r[r.length - 1];
}

const FIELDS: readonly (readonly [string, Getter])[] = [
  ['Employeur', (d) => d.employer?.name ?? ''],
  ['N° SIRET', (d) => d.employer?.siret ?? ''],
  ['Statut de l’employeur', (d) => employerStatus(d.employer?.status)],
  ['Date de fin prévue du contrat', (d) => date(lastRenewal(d)?.to ?? d.contract?.plannedEnd)],
  ['Fin de la convention', (d) => date(checkConvention(d).computed.conventionEnd?.value)],
  ['Durée hebdomadaire de travail', (d) => hours(latestWeeklyHours(d))],
  ['Salaire brut mensuel', (d) => money(d.contract?.monthlyGross)],
  ['Emploi (code ROME)', (d) => [d.contract?.romeCode, d.contract?.jobTitle].filter(Boolean).join(' — ')],
  ['Aide de l’État (% du SMIC horaire brut)', (d) => percent(lastRenewal(d)?.aidRatePercent ?? d.funding?.aidRatePercent)],
  ['Montant total de l’aide (CAE-DOM)', (d) => money(d.funding?.totalAid)],
  ['Renouvellements', (d) => (d.renewals ?? []).map((r) => `du ${date(r.from)} au ${date(r.to)}`).join(' ; ') || 'aucun'],
  ['Aide mensuelle à l’embauche', (d) => cents(checkConvention(d).computed.monthlyAid?.value)],
];

export interface ChangedMention {
  label: string;
  before: string;
  after: string;
}

export function changedMentions(before: ConventionDocument, after: ConventionDocument): ChangedMention[] {
  return FIELDS.map(([label, get]) => ({ label, before: get(before), after: get(after) })).filter((m) => m.before !== m.after);
}
