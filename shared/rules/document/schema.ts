import { z } from 'zod';
import {
  CAV_AUTHORITIES,
  COLLECTORS,
  CONTRACT_TYPES,
  DOM_CATEGORIES,
  EMPLOYER_STATUSES,
  EMPLOYMENT_OBLIGATIONS,
  MEASURES,
  EDUCATION_LEVELS,
  type EducationLevel,
} from '../vocabulary';
import { isIsoDate } from '../dates/day';
import { WEEKLY_HOURS, WEEKLY_HOURS_MESSAGES } from '../hours/weekly';
import { supportSchema } from './support';

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
/** Control characters (tab and line breaks allowed) and marks of text direction (bidi): invisible, they change what a printed convention says. */
const C1_SEPARATORS_AND_BIDI = /[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const invisible = (value: string) =>
  C1_SEPARATORS_AND_BIDI.test(value) || [...value].some((c) => c.charCodeAt(0) < 0x20 && c !== '\t' && c !== '\n' && c !== '\r');
const text = z
  .string({ error: 'texte attendu' })
  .refine((value) => !invisible(value), { error: 'caractère invisible refusé (caractère de contrôle ou de direction du texte) : retapez ce champ' });
const bool = z.boolean({ error: 'oui/non attendu (true ou false)' });
const opt = <T extends z.ZodType>(t: T) => t.nullish();

const ALLOWANCES = ['RMI', 'ASS', 'AAH', 'API'] as const;
export { EDUCATION_LEVELS, type EducationLevel };
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
  status: opt(z.enum(EMPLOYER_STATUSES, { error: 'statut non reconnu : choisissez un statut du tableau 1 du formulaire' })),
  collector: opt(z.enum(COLLECTORS, { error: 'organisme attendu : URSSAF, MSA ou autre' })),
  /** The collector's name when `collector` is AUTRE (form CAE-0515 « AUTRE : … »); the registry's employers.collector_other. */
  collectorName: opt(text),
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
      error: 'motif attendu : formation, contrat aidé, maladie, maternité ou accident du travail',
    }),
  ),
});

const employee = z.looseObject({
  civility: opt(z.enum(['M', 'MME', 'MLLE'], { error: 'civilité attendue : M., Mme ou Mlle' })),
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
  /** « Numéro IDE » (identifiant demandeur d'emploi, form CAE-0515 administration block): 7 to 11 letters and digits (docs/rules.md). Not personal data masked like the NIR. */
  jobseekerId: opt(text),
  jobseekerMonthsInLast18: opt(z.number({ error: 'nombre de mois attendu' }).int({ error: 'nombre entier de mois attendu' }).min(0).max(18)),
  jobseekerPeriods: opt(z.array(jobseekerPeriod)),
  registrationExtensions: opt(z.array(extension)),
  joblessMonths: opt(z.number({ error: 'nombre de mois attendu' }).int({ error: 'nombre entier de mois attendu' }).min(0)),
  disabledWorker: opt(bool),
  sentenceAdjustment: opt(bool),
  formerPrisoner: opt(bool),
  /** CAE-DOM: the category of art. R. 831-1 the person is hired under (décret 2004, art. 4). */
  domCategory: opt(z.enum(DOM_CATEGORIES, { error: 'catégorie non reconnue : choisissez une catégorie de l’article R. 831-1' })),
  /** Obligation d'emploi under art. L. 323-3 2°, 3°, 4° or another item (the recognised disabled worker, 1°, is `disabledWorker`). */
  employmentObligation: opt(z.enum(EMPLOYMENT_OBLIGATIONS, { error: 'titre non reconnu : choisissez un titre de l’obligation d’emploi (art. L. 323-3)' })),
  /** CAE-DOM, R. 831-1 6°: term of the contract under a convention of art. L. 322-4-18 (emploi-jeune). */
  youthJobEndsOn: opt(date),
  allowances: opt(z.array(z.enum(ALLOWANCES, { error: 'allocation attendue : RMI, ASS, AAH ou API' }))),
});

/**
 * The indicative programme of a contrat d'avenir's variable hours (R. 5134-60):
 * the start of the annual reference period, the day it was given in writing
 * to the employee, the weekly hours of each period that differs from the
 * contract's duration (the other days are at that duration), and each later
 * modification with the day it applies from and the day the employee was told.
 */
const hoursProgramme = z.looseObject({
  periodStart: opt(date),
  notifiedOn: opt(date),
  // Each part is optional so a row being typed still parses; the rule asks for what is missing. The hours keep the bounds of
  // every stored weekly duration (1 to 35 h): a third above the contract's duration stays within them up to 26.25 h (the contrat d'avenir's 26 h).
  periods: opt(z.array(z.looseObject({ from: opt(date), to: opt(date), weeklyHours: opt(hours) }))),
  changes: opt(z.array(z.looseObject({ from: opt(date), notifiedOn: opt(date) }))),
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
  /** Contrat d'avenir with variable hours (R. 5134-60; R. 5134-49 7°): see `hoursProgramme` below. */
  hoursProgramme: opt(hoursProgramme),
});

/** One party's signature of the convention (form CAE-0515 « Fait le : … », « Nom et qualité »). */
const signatory = z.looseObject({ name: opt(text), quality: opt(text), place: opt(text), signedOn: opt(date) });

/** The documents a CAE-DOM convention may list (R. 831-4 j and k, décret 2004 art. 7 II; labels in shared/domain/enums.ts). */
export const DOM_AID_DOCUMENTS = ['EMPLOYMENT_PROOF', 'PAYSLIPS', 'CONTRACT_COPY'] as const;
export const DOM_RUPTURE_DOCUMENTS = ['RUPTURE_LETTER', 'MISCONDUCT_OR_FORCE_MAJEURE_PROOF', 'INAPTITUDE_NOTICE', 'LAST_PAYSLIP'] as const;

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
      reason: opt(z.enum(SUSPENSION_REASONS, { error: 'motif de suspension non reconnu : choisissez un motif de la liste' })),
      paid: opt(bool),
      ...reported,
    }),
    z.looseObject({ kind: z.literal('TRIAL_PERIOD_ELSEWHERE'), from: date, to: opt(date), paid: opt(bool), ...reported }),
    z.looseObject({
      kind: z.literal('RUPTURE'),
      on: date,
      initiative: opt(z.enum(['EMPLOYEE', 'EMPLOYER'], { error: 'initiative attendue : du salarié ou de l’employeur' })),
      reason: opt(z.enum(RUPTURE_REASONS, { error: 'motif de rupture non reconnu : choisissez un motif de la liste' })),
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
  {
    error:
      'type d’événement non reconnu : suspension, période d’essai chez un autre employeur, rupture, modification de la durée hebdomadaire ou substitution d’employeur',
  },
);

export const conventionSchema = z.looseObject({
  schema: z.literal(CONVENTION_SCHEMA_ID, { error: `ce fichier n’est pas une convention de cette application (format attendu : ${CONVENTION_SCHEMA_ID})` }),
  measure: opt(z.enum(MEASURES, { error: 'mesure attendue : CAE, CAV ou CAE-DOM' })),
  department: opt(text),
  prescriberCode: opt(text),
  jobOfferFiledOn: opt(date),
  filedOn: opt(date),
  /** The convention's signature date: the later of the two signatories' « Fait le » (docs/rules.md). */
  signedOn: opt(date),
  /** The employer (or its representative) and the person who signs for the State or, for a contrat d'avenir, for the body that concludes it. */
  signatures: opt(z.looseObject({ employer: opt(signatory), authority: opt(signatory) })),
  /** « Transmis au CNASEA le » (form CAE-0515; R. 5134-46 for the contrat d'avenir); ASP from 1 April 2009. */
  transmittedToCnaseaOn: opt(date),
  /**
   * Contrat d'avenir: who concludes the convention — the State through the
   * ANPE / Pôle emploi (R. 5134-42), or the département, the commune or the
   * EPCI (R. 5134-41) — named, the date of the département's délégation a
   * commune or an EPCI needs for a RMI beneficiary (R. 5134-41 al. 2,
   * R. 5134-43), and the organisme délégataire that signs for a collectivité
   * (R. 5134-44 5°, R. 5134-45, R. 5134-51). Absent: the State (docs/rules.md).
   */
  concludedBy: opt(
    z.looseObject({
      authority: opt(z.enum(CAV_AUTHORITIES, { error: 'signataire attendu : l’État, le département, la commune ou l’EPCI' })),
      name: opt(text),
      departmentDelegationOn: opt(date),
      delegate: opt(text),
    }),
  ),
  employer: opt(employer),
  employee: opt(employee),
  contract: opt(contract),
  /** Form CAE-0515 « Les actions d'accompagnement et de formation » (closed choices; older free text readable: ./support.ts). */
  support: opt(supportSchema),
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
  /** Contrat d'avenir: the annex to the convention individuelle (R. 5134-50 1° and 2°). */
  annex: opt(
    z.looseObject({
      objectives: opt(text),
      programme: opt(text),
      organisationAndEvaluation: opt(text),
      referentIntervention: opt(text),
    }),
  ),
  /** CAE-DOM: the supporting documents the convention lists for the aid (R. 831-4 j) and after an early rupture (k). */
  supportingDocuments: opt(
    z.looseObject({
      aid: opt(z.array(z.enum(DOM_AID_DOCUMENTS, { error: 'pièce non reconnue : choisissez une pièce de la liste' }))),
      aidOther: opt(text),
      rupture: opt(z.array(z.enum(DOM_RUPTURE_DOCUMENTS, { error: 'pièce non reconnue : choisissez une pièce de la liste' }))),
      ruptureOther: opt(text),
    }),
  ),
  renewals: opt(z.array(renewal)),
  events: opt(z.array(event)),
  denunciation: opt(z.looseObject({ intentNotifiedOn: opt(date), decisionNotifiedOn: opt(date) })),
});

export type ConventionDocument = z.infer<typeof conventionSchema>;
export type ConventionEvent = z.infer<typeof event>;
