import { z } from 'zod';
import { COLLECTORS, CONTRACT_TYPES, EMPLOYER_STATUSES, MEASURES } from '../vocabulary';
import { isIsoDate } from '../dates/day';
import { WEEKLY_HOURS, WEEKLY_HOURS_MESSAGES } from '../hours/weekly';

/**
 * The `cae.convention/1` document (see test/fixtures/README.md). Every field
 * but `schema` is optional so a draft being typed still parses: the checker
 * turns what is missing into REQUIRED_FIELD_MISSING findings. A field that is
 * present must have the right shape (a date is a real `YYYY-MM-DD` day, money
 * a decimal string with at most 2 decimals); extra fields are accepted.
 */
export const CONVENTION_SCHEMA_ID = 'cae.convention/1';

const date = z.string({ error: 'date attendue au format AAAA-MM-JJ' }).refine(isIsoDate, {
  error: 'date attendue au format AAAA-MM-JJ (une date qui existe au calendrier)',
});
const money = z.string({ error: 'montant attendu en euros, sous forme de texte (ex. "760.00")' }).regex(/^\d+(\.\d{1,2})?$/, {
  error: 'montant attendu en euros avec au plus 2 décimales (ex. "760.00")',
});
const percent = z.string({ error: 'pourcentage attendu sous forme de texte (ex. "90" ou "87.5")' }).regex(/^\d+(\.\d{1,2})?$/, {
  error: 'pourcentage attendu avec au plus 2 décimales (ex. "90" ou "87.5")',
});
/** Weekly hours, decimal: the bounds a stored duration keeps (hours/weekly.ts), for the documents and the API alike. */
export const weeklyHoursSchema = z
  .number({ error: WEEKLY_HOURS_MESSAGES.type })
  .min(WEEKLY_HOURS.min, { error: WEEKLY_HOURS_MESSAGES.min })
  .max(WEEKLY_HOURS.max, { error: WEEKLY_HOURS_MESSAGES.max });
const hours = weeklyHoursSchema;
const text = z.string({ error: 'texte attendu' });
const bool = z.boolean({ error: 'oui/non attendu (true ou false)' });
const opt = <T extends z.ZodType>(t: T) => t.nullish();

const ALLOWANCES = ['RMI', 'ASS', 'AAH', 'API'] as const;
export const EDUCATION_LEVELS = ['70', '60', '50', '51', '40', '30', '20', '10'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const SUSPENSION_REASONS = ['ILLNESS', 'MATERNITY', 'PATERNITY', 'ADOPTION', 'WORK_ACCIDENT', 'TRIAL_PERIOD_ELSEWHERE', 'OTHER'] as const;
export const RUPTURE_REASONS = [
  'NEW_CDI',
  'NEW_CDD_6M',
  'QUALIFYING_TRAINING',
  'GROSS_MISCONDUCT',
  'FORCE_MAJEURE',
  'INAPTITUDE',
  'TRIAL_PERIOD',
  'OTHER',
] as const;

const employer = z.looseObject({
  name: opt(text),
  address: opt(text),
  siret: opt(text),
  status: opt(z.enum(EMPLOYER_STATUSES, { error: `statut attendu : ${EMPLOYER_STATUSES.join(', ')}` })),
  collector: opt(z.enum(COLLECTORS, { error: 'organisme attendu : URSSAF, MSA ou AUTRE' })),
  iban: opt(text),
  otherStateEmploymentAid: opt(bool),
  /** Atelier et chantier d'insertion: the CAE aid cap is 105 % instead of 95 %. */
  insertionWorkshop: opt(bool),
});

const jobseekerPeriod = z.looseObject({ from: date, to: date });
const extension = z.looseObject({
  from: date,
  to: date,
  reason: opt(
    z.enum(['TRAINING', 'AIDED_CONTRACT', 'ILLNESS', 'MATERNITY', 'WORK_ACCIDENT'], {
      error: 'motif attendu : TRAINING, AIDED_CONTRACT, ILLNESS, MATERNITY ou WORK_ACCIDENT',
    }),
  ),
});

const employee = z.looseObject({
  civility: opt(z.enum(['M', 'MME', 'MLLE'], { error: 'civilité attendue : M, MME ou MLLE' })),
  lastName: opt(text),
  birthName: opt(text),
  firstNames: opt(text),
  address: opt(text),
  birthDate: opt(date),
  birthPlace: opt(text),
  birthDepartment: opt(text),
  nationality: opt(text),
  nir: opt(text),
  educationLevel: opt(z.enum(EDUCATION_LEVELS, { error: `niveau attendu (tableau 2) : ${EDUCATION_LEVELS.join(', ')}` })),
  registeredJobseeker: opt(bool),
  jobseekerMonthsInLast18: opt(z.number({ error: 'nombre de mois attendu' }).int({ error: 'nombre entier de mois attendu' }).min(0).max(18)),
  jobseekerPeriods: opt(z.array(jobseekerPeriod)),
  registrationExtensions: opt(z.array(extension)),
  joblessMonths: opt(z.number({ error: 'nombre de mois attendu' }).int({ error: 'nombre entier de mois attendu' }).min(0)),
  disabledWorker: opt(bool),
  sentenceAdjustment: opt(bool),
  formerPrisoner: opt(bool),
  allowances: opt(z.array(z.enum(ALLOWANCES, { error: 'allocation attendue : RMI, ASS, AAH ou API' }))),
});

const contract = z.looseObject({
  type: opt(z.enum(CONTRACT_TYPES, { error: 'type de contrat attendu : CDD ou CDI' })),
  hiredOn: opt(date),
  plannedEnd: opt(date),
  romeCode: opt(text),
  jobTitle: opt(text),
  monthlyGross: opt(money),
  weeklyHours: opt(hours),
  reducedHoursJustified: opt(bool),
  reducedHoursReason: opt(text),
  /** Contrat d'avenir with variable hours (R. 5134-60). */
  hoursProgramme: opt(z.looseObject({ periodStart: opt(date), notifiedOn: opt(date) })),
});

const renewal = z.looseObject({
  from: date,
  to: date,
  weeklyHours: opt(hours),
  aidRatePercent: opt(percent),
  requestedOn: opt(date),
  reportedOn: opt(date),
});

const reported = { reportedOn: opt(date) };
const event = z.discriminatedUnion(
  'kind',
  [
    z.looseObject({
      kind: z.literal('SUSPENSION'),
      from: date,
      to: opt(date),
      reason: opt(z.enum(SUSPENSION_REASONS, { error: `motif attendu : ${SUSPENSION_REASONS.join(', ')}` })),
      paid: opt(bool),
      ...reported,
    }),
    z.looseObject({ kind: z.literal('TRIAL_PERIOD_ELSEWHERE'), from: date, to: opt(date), paid: opt(bool), ...reported }),
    z.looseObject({
      kind: z.literal('RUPTURE'),
      on: date,
      initiative: opt(z.enum(['EMPLOYEE', 'EMPLOYER'], { error: 'initiative attendue : EMPLOYEE ou EMPLOYER' })),
      reason: opt(z.enum(RUPTURE_REASONS, { error: `motif attendu : ${RUPTURE_REASONS.join(', ')}` })),
      ...reported,
    }),
    z.looseObject({ kind: z.literal('HOURS_CHANGE'), on: date, weeklyHours: hours, ...reported }),
    z.looseObject({
      kind: z.literal('EMPLOYER_SUBSTITUTION'),
      on: date,
      newEmployerName: opt(text),
      newEmployerSiret: opt(text),
      ...reported,
    }),
  ],
  { error: 'événement attendu : kind = SUSPENSION, RUPTURE, HOURS_CHANGE, EMPLOYER_SUBSTITUTION ou TRIAL_PERIOD_ELSEWHERE' },
);

export const conventionSchema = z.looseObject({
  schema: z.literal(CONVENTION_SCHEMA_ID, { error: `le champ "schema" doit valoir "${CONVENTION_SCHEMA_ID}"` }),
  measure: opt(z.enum(MEASURES, { error: 'mesure attendue : CAE, CAV ou CAE_DOM' })),
  department: opt(text),
  prescriberCode: opt(text),
  jobOfferFiledOn: opt(date),
  filedOn: opt(date),
  signedOn: opt(date),
  employer: opt(employer),
  employee: opt(employee),
  contract: opt(contract),
  support: opt(
    z.looseObject({
      trainingPlanned: opt(bool),
      trainingNature: opt(z.array(text)),
      actionsDuration: opt(text),
      referent: opt(text),
      externalEmploymentSupport: opt(text),
    }),
  ),
  funding: opt(
    z.looseObject({
      aidRatePercent: opt(percent),
      otherFunding: opt(bool),
      totalAid: opt(money),
      allowanceDebtorAid: opt(money),
      allowancePayer: opt(text),
    }),
  ),
  clauses: opt(z.looseObject({ monitoring: opt(text), repayment: opt(text) })),
  renewals: opt(z.array(renewal)),
  events: opt(z.array(event)),
  denunciation: opt(z.looseObject({ intentNotifiedOn: opt(date), decisionNotifiedOn: opt(date) })),
});

export type ConventionDocument = z.infer<typeof conventionSchema>;
export type ConventionEvent = z.infer<typeof event>;
