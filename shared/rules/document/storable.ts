/**
 * What a `cae.convention/1` document needs before it can be numbered and
 * stored, even as a draft (the checks report everything else as findings):
 * the agency's numbering, the employer (by SIRET), the beneficiary, and the
 * contract's type, start and hours; a rate within the highest cap. The
 * instruction form shows the labels; the service refuses with the messages.
 */
import { isValidDepartment } from '../identifiers/codes';
import { WEEKLY_HOURS, weeklyHoursProblem } from '../hours/weekly';
import { decimalToUnits, percentFr } from '../money/exact';
import { MAX_AID_RATE_BP } from '../parameters/measures';
import type { ConventionDocument } from './schema';

export interface StorageProblem {
  /** The document path it concerns (`contract.weeklyHours`). */
  field: string;
  /** Short, for the form's list (« la durée hebdomadaire (1 à 35 h) »). */
  label: string;
  /** Precise, for the service's refusal. */
  message: string;
}

const PRESCRIBER = /^[0-9A-Z]{5}$/;
const NIR_SHAPE = /^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}$/;

/** A SIRET as typed, without its spaces. */
export const siretOf = (s: string | null | undefined): string => (s ?? '').replace(/\s/g, '');

/** A NIR as typed, without spaces and in capitals (2A, 2B), or null when empty. */
export const nirOf = (s: string | null | undefined): string | null => {
  const n = (s ?? '').replace(/\s/g, '').toUpperCase();
  return n === '' ? null : n;
};

const hoursRange = (unit: string) => `${WEEKLY_HOURS.min} à ${WEEKLY_HOURS.max} ${unit}`;

export function storageProblems(doc: ConventionDocument): StorageProblem[] {
  const p: StorageProblem[] = [];
  const need = (ok: boolean, field: string, label: string, message = label) => ok || p.push({ field, label, message });
  need(!!doc.measure, 'measure', 'la mesure', 'la mesure (CAE, CAV ou CAE-DOM)');
  need(!!doc.department && isValidDepartment(doc.department), 'department', 'le département', 'le département (01 à 95, 2A, 2B, 971 à 976)');
  need(!!doc.prescriberCode && PRESCRIBER.test(doc.prescriberCode), 'prescriberCode', 'le code prescripteur', 'le code agence ou prescripteur (5 caractères)');
  need(!!doc.filedOn, 'filedOn', 'la date de dépôt', 'la date de dépôt de la demande');
  const er = doc.employer;
  need(/^\d{14}$/.test(siretOf(er?.siret)), 'employer.siret', 'le SIRET', 'le SIRET de l’employeur (14 chiffres)');
  need(!!er?.name?.trim(), 'employer.name', 'la dénomination', 'la dénomination de l’employeur');
  need(!!er?.status, 'employer.status', 'le statut de l’employeur', 'le statut de l’employeur (tableau 1)');
  need(!!er?.collector, 'employer.collector', 'l’organisme de recouvrement', 'l’organisme de recouvrement (URSSAF, MSA ou AUTRE)');
  const ee = doc.employee;
  need(!!ee?.civility, 'employee.civility', 'la civilité', 'la civilité du salarié');
  need(!!ee?.lastName?.trim() && !!ee.firstNames?.trim(), 'employee.lastName', 'le nom et le prénom', 'le nom et le prénom du salarié');
  need(!!ee?.birthDate, 'employee.birthDate', 'la date de naissance', 'la date de naissance du salarié');
  const nir = nirOf(ee?.nir);
  need(nir === null || NIR_SHAPE.test(nir), 'employee.nir', 'un NIR de 15 caractères', 'un NIR de 15 caractères (13 et la clé), ou aucun NIR');
  const c = doc.contract;
  need(!!c?.type, 'contract.type', 'le type de contrat', 'le type de contrat (CDD ou CDI)');
  need(!!c?.hiredOn, 'contract.hiredOn', 'la date d’embauche');
  need(
    typeof c?.weeklyHours === 'number' && weeklyHoursProblem(c.weeklyHours) === null,
    'contract.weeklyHours',
    `la durée hebdomadaire (${hoursRange('h')})`,
    `la durée hebdomadaire (${hoursRange('heures')})`,
  );
  need(
    !c?.plannedEnd || !c.hiredOn || c.plannedEnd >= c.hiredOn,
    'contract.plannedEnd',
    'une fin de contrat après l’embauche',
    'une fin de contrat qui ne précède pas l’embauche',
  );
  const rate = doc.funding?.aidRatePercent ? decimalToUnits(doc.funding.aidRatePercent, 2) : undefined;
  need(rate === undefined || rate <= MAX_AID_RATE_BP, 'funding.aidRatePercent', `un taux d’aide de ${percentFr(MAX_AID_RATE_BP)} au plus`);
  return p;
}
