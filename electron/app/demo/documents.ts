/**
 * The full `cae.convention/1` document of a demo convention: what each
 * version stores in `convention_versions.details` (employer, employee with
 * NIR, contract, support, funding, renewals, events), complete for its
 * measure (R. 5134-49 for the contrat d'avenir) and valid for the schema.
 * Extra details come from their own seeded stream so the rest of the demo
 * stays as it was.
 */
import type { Faker } from '@faker-js/faker';
import type { LocalDate } from '@js-joda/core';
import type { Collector, EmployerStatus, Measure } from '../../../shared/rules/vocabulary';
import { centsToEuros, CONVENTION_SCHEMA_ID, type ConventionDocument } from '../../../shared/rules/index';

export interface DemoEmployerBlock {
  name: string;
  status: EmployerStatus;
  siret: string;
  collector: Collector;
  address: string;
  iban: string;
}

export type DemoEmployeeBlock = NonNullable<ConventionDocument['employee']>;

export interface DemoDocumentInput {
  measure: Measure;
  department: string;
  prescriberCode: string;
  employer: DemoEmployerBlock;
  employee: DemoEmployeeBlock;
  filed: LocalDate;
  /** Null while the convention is not signed yet. */
  signed: LocalDate | null;
  hired: LocalDate;
  /** Term of the initial contract; null for a CDI. */
  initialEnd: LocalDate | null;
  cdi: boolean;
  weeklyHours: number;
  monthlyGrossCents: number;
  totalAidCents: number | null;
  romeCode: string;
  jobTitle: string;
}

/** Allowances, and who pays each (R. 5134-49 10° and 11°: the contrat d'avenir is for their beneficiaries). */
const PAYERS = { RMI: 'Conseil général', ASS: 'ASSEDIC', AAH: 'Caisse d’allocations familiales', API: 'Caisse d’allocations familiales' } as const;
/** Demo amounts: the RMI lump sum a single person's allowance debtor pays, and the State aid rate of a CAV's first year. */
const CAV_DEBTOR_AID = '425.40';
const CAV_STATE_RATE = '75';

/**
 * A made-up « Numéro IDE » (identifiant demandeur d'emploi, 7 to 11 letters and digits): the
 * department and digits of the NIR, and a letter, so it takes nothing from the seeded streams.
 */
function demoJobseekerId(department: string, nir: string | null | undefined): string | null {
  const digits = (nir ?? '').slice(7, 13);
  if (!/^\d{6}$/.test(digits)) return null;
  return `${department.slice(-2)}${digits.slice(0, 5)}${String.fromCharCode(65 + (Number(digits) % 26))}`;
}

/** The contrat d'avenir's annex (R. 5134-50), the same for every demo convention. */
const CAV_ANNEX = {
  objectives: 'Acquérir les gestes professionnels du poste et préparer une qualification reconnue.',
  programme: 'Adaptation au poste les trois premiers mois, puis formation qualifiante en alternance.',
  organisationAndEvaluation: 'Pendant le temps de travail, avec un tuteur ; bilan écrit tous les six mois avec le référent.',
  referentIntervention: 'Entretien mensuel avec le salarié, visite chez l’employeur chaque trimestre.',
};

/** The CAE-DOM's supporting documents (R. 831-4 j and k), the same for every demo convention. */
const DOM_DOCUMENTS = {
  aid: ['EMPLOYMENT_PROOF', 'PAYSLIPS'] as const,
  rupture: ['RUPTURE_LETTER', 'MISCONDUCT_OR_FORCE_MAJEURE_PROOF', 'INAPTITUDE_NOTICE'] as const,
};

/**
 * An employer's block, the same frozen object in each of its documents: its stored part is then written and hashed once
 * (versions/document-parts.ts). Frozen, a document's block cannot be changed in place: a change makes a new block.
 */
const employerBlocks = new WeakMap<DemoEmployerBlock, ConventionDocument['employer']>();
function employerBlock(employer: DemoEmployerBlock): ConventionDocument['employer'] {
  let block = employerBlocks.get(employer);
  if (!block) {
    block = Object.freeze(Object.assign({}, employer, { otherStateEmploymentAid: false, insertionWorkshop: false }));
    employerBlocks.set(employer, block);
  }
  return block;
}

export function demoDocument(extra: Faker, input: DemoDocumentInput): ConventionDocument {
  const { measure } = input;
  const allowance =
    measure === 'CAE_DOM'
      ? 'RMI'
      : measure === 'CAV'
        ? extra.helpers.arrayElement(['RMI', 'RMI', 'ASS', 'AAH', 'API'] as const)
        : extra.helpers.arrayElement(['RMI', 'ASS', null, null] as const);
  const city =
    input.department === '974'
      ? extra.helpers.arrayElement(['97400 Saint-Denis', '97410 Saint-Pierre', '97420 Le Port'])
      : `6900${extra.number.int({ min: 1, max: 9 })} Lyon`;
  const doc: ConventionDocument = {
    schema: CONVENTION_SCHEMA_ID,
    measure,
    department: input.department,
    prescriberCode: input.prescriberCode,
    ...(measure === 'CAE_DOM' ? { jobOfferFiledOn: input.filed.minusDays(6).toString() } : {}),
    filedOn: input.filed.toString(),
    signedOn: input.signed?.toString() ?? null,
    employer: employerBlock(input.employer),
    // Object.assign, not `{ ...employee, … }`: the demo's hot path (eslint.config.js, hotPathShapes).
    employee: Object.assign({}, input.employee, {
      address: `${extra.location.streetAddress()}, ${city}`,
      registeredJobseeker: true,
      jobseekerId: demoJobseekerId(input.department, input.employee.nir),
      jobseekerMonthsInLast18: extra.number.int({ min: 6, max: 18 }),
      disabledWorker: false,
      sentenceAdjustment: false,
      allowances: allowance ? [allowance] : [],
    }),
    contract: {
      type: input.cdi ? 'CDI' : 'CDD',
      hiredOn: input.hired.toString(),
      ...(input.initialEnd ? { plannedEnd: input.initialEnd.toString() } : {}),
      romeCode: input.romeCode,
      jobTitle: input.jobTitle,
      monthlyGross: centsToEuros(input.monthlyGrossCents),
      weeklyHours: input.weeklyHours,
      reducedHoursJustified: false,
    },
    // The form's choices (L322-4-7 I al. 2 / L5134-22, R. 5134-49 8°: accompaniment and training); no extra draw from the stream.
    support: {
      trainingPlanned: true,
      trainingNature: extra.helpers.arrayElements(['ADAPTATION', 'NEW_SKILLS', 'REFRESHER'] as const, { min: 1, max: 2 }),
      trainingType: 'INTERNAL',
      tutor: true,
      externalEmploymentSupportPlanned: false,
      externalSocialSupportPlanned: false,
      timing: 'DURING_WORK',
      vae: false,
      actionsDuration: `${extra.helpers.arrayElement([70, 120, 150, 200])} heures`,
      referent: extra.helpers.arrayElement(['Référent ALE', 'Mission locale', 'Référent RMI du conseil général']),
    },
    funding:
      measure === 'CAE'
        ? { aidRatePercent: '90', otherFunding: false }
        : measure === 'CAV'
          ? { aidRatePercent: CAV_STATE_RATE, otherFunding: false, allowanceDebtorAid: CAV_DEBTOR_AID, allowancePayer: allowance ? PAYERS[allowance] : null }
          : { totalAid: centsToEuros(input.totalAidCents ?? 0), otherFunding: false },
    ...(measure === 'CAV'
      ? {
          clauses: {
            monitoring: 'Bilan trimestriel avec le référent ; évaluation à six mois.',
            repayment: 'Reversement des aides en cas de non-respect des engagements (R. 5134-52).',
          },
          annex: CAV_ANNEX,
        }
      : {}),
    ...(measure === 'CAE_DOM' ? { supportingDocuments: { aid: [...DOM_DOCUMENTS.aid], rupture: [...DOM_DOCUMENTS.rupture] } } : {}),
    renewals: [],
    events: [],
  };
  return doc;
}
