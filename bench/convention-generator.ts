// Deterministic convention documents for the rules benches (bench/check.ts,
// bench/check-conventions.ts): the same seed always gives the same documents.
import { completeSiret, formatDay, isValidSiren, nirKey, parseDay } from '../shared/rules/index';
import type { ConventionDocument } from '../shared/rules/index';

/** Small deterministic PRNG (mulberry32), so every run checks the same documents. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A SIRET whose SIREN (first 9 digits) and whole 14 digits both pass Luhn. */
function siretFor(i: number): string {
  const first13 = String(100000000000 + i * 7919)
    .padStart(13, '1')
    .slice(0, 13);
  const first8 = first13.slice(0, 8);
  const siren = first8 + [...'0123456789'].find((d) => isValidSiren(first8 + d))!;
  return completeSiret(siren + first13.slice(9));
}

export function generate(i: number, rnd: () => number): ConventionDocument {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const measure = pick(['CAE', 'CAE', 'CAV', 'CAE_DOM'] as const);
  const hired = parseDay('2004-05-01') + int(0, 5 * 365);
  const department = measure === 'CAE_DOM' ? pick(['971', '972', '973', '974', '976']) : pick(['01', '13', '2A', '57', '59', '69', '75', '93']);
  const weeklyHours = pick([20, 20, 26, 30, 35, 17.5]);
  const months = measure === 'CAV' ? 24 : int(6, 18);
  const body = `${int(1, 2)}${String(int(50, 85))}${String(int(1, 12)).padStart(2, '0')}69${String(int(100000, 999999))}`;
  const doc: ConventionDocument = {
    schema: 'cae.convention/1',
    measure,
    department,
    jobOfferFiledOn: formatDay(hired - 20),
    filedOn: formatDay(hired - 10),
    signedOn: formatDay(hired - int(-1, 5)),
    employer: {
      name: `Employeur ${i}`,
      address: '1 place de la Mairie',
      siret: siretFor(i),
      status: measure === 'CAE_DOM' ? 'COMPANY' : pick(['10', 'ASSOCIATION', '80', 'STATE_SERVICE'] as const),
      collector: 'URSSAF',
      iban: 'FR7630006000011234567890189',
      otherStateEmploymentAid: rnd() < 0.02,
    },
    employee: {
      civility: pick(['M', 'MME'] as const),
      lastName: `NOM${i}`,
      firstNames: 'Prénom',
      address: '2 rue Haute',
      birthDate: `19${body.slice(1, 3)}-${body.slice(3, 5)}-15`,
      birthDepartment: '69',
      nir: body + nirKey(body),
      educationLevel: '50',
      jobseekerMonthsInLast18: int(6, 18),
      allowances: pick([['RMI'], [], ['ASS'], ['RMI', 'API']] as const).slice(),
    },
    contract: {
      type: measure === 'CAE_DOM' ? pick(['CDD', 'CDI'] as const) : 'CDD',
      hiredOn: formatDay(hired),
      plannedEnd: formatDay(hired + Math.round(months * 30.44)),
      romeCode: '43311',
      jobTitle: 'Agent',
      monthlyGross: (((weeklyHours * 52) / 12) * 9).toFixed(2),
      weeklyHours,
    },
    support: { trainingPlanned: true, trainingNature: ['ADAPTATION'], tutor: true, actionsDuration: '100 h', referent: 'PLIE' },
    funding: { aidRatePercent: String(int(60, 100)), totalAid: '6000.00', allowanceDebtorAid: '440.00', allowancePayer: 'CAF' },
    clauses: { monitoring: 'bilan', repayment: 'reversement' },
    renewals: rnd() < 0.3 ? [{ from: formatDay(hired + Math.round(months * 30.44) + 1), to: formatDay(hired + Math.round(months * 30.44) + 183) }] : [],
    events:
      rnd() < 0.2
        ? [
            {
              kind: 'RUPTURE',
              on: formatDay(hired + int(30, 150)),
              initiative: pick(['EMPLOYEE', 'EMPLOYER'] as const),
              reason: 'OTHER',
              reportedOn: formatDay(hired + 160),
            },
          ]
        : [],
  };
  return doc;
}

/** The `count` documents of the check bench (seed 20080609). */
export function generateConventions(count: number): ConventionDocument[] {
  const rnd = prng(20080609);
  return Array.from({ length: count }, (_, i) => generate(i, rnd));
}
