/**
 * The exchange files (docs/exchange-format.md), as zod schemas: the product
 * validates with them and docs/schemas/*.json is generated from them
 * (`npx tsx electron/sync/write-schemas.ts`), so the two never drift.
 */
import { z } from 'zod';
import { CONVENTION_STATUSES, SIGNED_STATUSES } from '../../shared/domain/enums';
import { COLLECTORS, EMPLOYER_STATUSES } from '../../shared/rules/vocabulary';
import { conventionSchema, EDUCATION_LEVELS } from '../../shared/rules/document/schema';
import { WEEKLY_MINUTES } from '../../shared/rules/hours/weekly';
import { MAX_AID_RATE_BP } from '../../shared/rules/parameters/measures';

export const EXCHANGE_FORMAT = 'cae.exchange';
export const SCHEMA_VERSION = 1;
export const FILE_KINDS = ['outbound-lot', 'return-file', 'convention-package'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const date = z.iso.date();
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** An agency code (5 characters), an employer's SIRET (14 digits) or the payment organisation's code. */
const party = z.string().regex(/^[A-Z0-9]{5,14}$/);
const cents = z.number().int().min(0);
const lineNo = z.number().int().min(1);
/** A file's number: six digits in its name (files.ts), so at most 999 999. */
const sequenceNo = z.number().int().min(1).max(999_999, { error: 'numéro de fichier sur 6 chiffres, 999 999 au plus' });
const conventionNumber = z.string().min(1).max(40);
const text = z.string().max(2000);
/** Weekly hours in whole minutes, within the bounds a stored duration keeps (shared/rules/hours/weekly.ts). */
const weeklyMinutes = z.number().int().min(WEEKLY_MINUTES.min).max(WEEKLY_MINUTES.max);
/** Basis points, up to the highest cap of the texts (shared/rules/parameters/measures.ts). */
const aidRateBp = z.number().int().min(0).max(MAX_AID_RATE_BP);

function header<K extends FileKind>(kind: K) {
  return {
    format: z.literal(EXCHANGE_FORMAT),
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: z.literal(kind),
    emitter: party,
    recipient: party,
    sequence: sequenceNo,
    createdAt: timestamp,
    recordCount: z.number().int().min(0),
    sha256,
  };
}

const versionFields = {
  lineNo,
  conventionNumber,
  measure: z.enum(['CAE', 'CAV', 'CAE_DOM']),
  avenantIndex: z.number().int().min(0),
  versionKind: z.enum(['INITIAL', 'RENEWAL', 'HOURS_CHANGE', 'EMPLOYER_SUBSTITUTION', 'MODIFICATION']),
  employer: z.strictObject({ siret: z.string().regex(/^\d{14}$/), name: text }),
  employee: z.strictObject({ nir: z.string().length(15).nullable(), lastName: text, firstNames: text, birthDate: date }),
  signedOn: date,
  startsOn: date,
  endsOn: date.nullable(),
  contractType: z.enum(['CDD', 'CDI']),
  weeklyMinutes,
  monthlyGrossCents: cents.nullable(),
  aidRateBp: aidRateBp.nullable(),
  totalAidCents: cents.nullable(),
};

export const conventionLine = z.strictObject({ record: z.literal('CONVENTION'), ...versionFields });
const avenantLine = z.strictObject({ record: z.literal('AVENANT'), ...versionFields });
export const eventLine = z.strictObject({
  lineNo,
  record: z.literal('EVENT'),
  conventionNumber,
  eventKind: z.enum(['SUSPENSION', 'RUPTURE', 'HOURS_CHANGE', 'EMPLOYER_SUBSTITUTION', 'TRIAL_PERIOD_ELSEWHERE']),
  occurredOn: date,
  endsOn: date.nullable(),
  reason: text.nullable(),
  initiative: z.enum(['EMPLOYEE', 'EMPLOYER']).nullable(),
  paid: z.boolean().nullable(),
  weeklyMinutes: weeklyMinutes.nullable(),
  newEmployerSiret: z
    .string()
    .regex(/^\d{14}$/)
    .nullable(),
  reportedOn: date.nullable(),
});
const denunciationLine = z.strictObject({
  lineNo,
  record: z.literal('DENUNCIATION'),
  conventionNumber,
  grounds: text,
  decisionNotifiedOn: date,
  repaymentCents: cents.nullable(),
  exemptedBaseCents: cents.nullable(),
  contributionsDueOn: date.nullable(),
});
/** Minutes of one month (31 days of 24 hours at most). */
const monthMinutes = z.number().int().min(0).max(44640);
/** One civil month of a proof of activity: hours worked, absences by kind, days of unpaid suspension. */
const proofMonth = z.strictObject({
  month: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/),
  workedMinutes: monthMinutes,
  paidLeaveMinutes: monthMinutes,
  sickLeaveMinutes: monthMinutes,
  otherAbsenceMinutes: monthMinutes,
  unpaidSuspensionDays: z.number().int().min(0).max(31),
});
/**
 * Employer → payment organisation: the proof of activity of one period (a
 * quarter; for a CAE-DOM, the months before a payment), month by month, with
 * its totals. Produced by an employer workspace from its recorded months.
 */
const proofOfActivityLine = z.strictObject({
  lineNo,
  record: z.literal('PROOF_OF_ACTIVITY'),
  conventionNumber,
  quarterStart: date,
  quarterEnd: date,
  workedMinutes: z.number().int().min(0),
  absenceMinutes: z.number().int().min(0),
  unpaidSuspensionDays: z.number().int().min(0),
  months: z.array(proofMonth).min(1).max(60),
});

const outboundLine = z.discriminatedUnion('record', [conventionLine, avenantLine, eventLine, denunciationLine, proofOfActivityLine]);
export const outboundLot = z.strictObject({ header: z.strictObject(header('outbound-lot')), lines: z.array(outboundLine) });

const acceptedLine = z.strictObject({ lineNo, record: z.literal('ACCEPTED'), lotLineNo: lineNo });
const rejectedLine = z.strictObject({
  lineNo,
  record: z.literal('REJECTED'),
  lotLineNo: lineNo,
  code: z.string().regex(/^[A-Z0-9_]{2,40}$/),
  label: z.string().min(1).max(500),
});
const paymentLine = z.strictObject({
  lineNo,
  record: z.literal('PAYMENT'),
  conventionNumber,
  periodStart: date,
  periodEnd: date,
  amountCents: cents,
  paidOn: date,
});
const returnFile = z.strictObject({
  header: z.strictObject({
    ...header('return-file'),
    /** The lot this file answers (null for a file of payment notices only). */
    answers: z.strictObject({ sequence: sequenceNo, sha256 }).nullable(),
  }),
  lines: z.array(z.discriminatedUnion('record', [acceptedLine, rejectedLine, paymentLine])),
});

/**
 * Agency → employer: one line per convention, with everything the employer
 * needs so it need not retype it (identity of both parties, NIR included,
 * every version with its full `cae.convention/1` document, the contract
 * events, the status history and the decided dénonciation).
 */
const siret = z.string().regex(/^\d{14}$/);
const name = z.string().min(1).max(2000);

const packageEmployer = z.strictObject({
  siret,
  name,
  status: z.enum(EMPLOYER_STATUSES),
  collector: z.enum(COLLECTORS),
  /** The collector's name when `collector` is AUTRE (form CAE-0515 « AUTRE : … »), else null. */
  collectorOther: text.nullable(),
  address: text.nullable(),
  postalCode: z.string().max(10).nullable(),
  city: text.nullable(),
  department: z.string().max(3).nullable(),
  iban: z.string().max(34).nullable(),
});
const packageEmployee = z.strictObject({
  /** Personal data: the package is a file of personal data because of it. */
  nir: z
    .string()
    .regex(/^\d{5}(?:\d{2}|2A|2B)\d{8}$/)
    .nullable(),
  civility: z.enum(['M', 'MME', 'MLLE']),
  lastName: name,
  birthName: text.nullable(),
  firstNames: name,
  birthDate: date,
  birthPlace: text.nullable(),
  birthDepartment: z.string().max(3).nullable(),
  nationality: text.nullable(),
  educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
});
export const packageVersion = z.strictObject({
  avenantIndex: z.number().int().min(0).max(99),
  versionKind: versionFields.versionKind,
  employerSiret: siret,
  filedOn: date.nullable(),
  signedOn: date.nullable(),
  startsOn: date,
  endsOn: date.nullable(),
  contractType: versionFields.contractType,
  hiredOn: date.nullable(),
  romeCode: z.string().max(10).nullable(),
  jobTitle: text.nullable(),
  weeklyMinutes,
  monthlyGrossCents: cents.nullable(),
  aidRateBp: aidRateBp.nullable(),
  totalAidCents: cents.nullable(),
  /** The version's full `cae.convention/1` document, NIR included. */
  document: conventionSchema,
});
const packageEvent = z.strictObject({
  eventKind: eventLine.shape.eventKind,
  occurredOn: date,
  endsOn: date.nullable(),
  reason: text.nullable(),
  initiative: z.enum(['EMPLOYEE', 'EMPLOYER']).nullable(),
  paid: z.boolean().nullable(),
  weeklyMinutes: weeklyMinutes.nullable(),
  newEmployerSiret: siret.nullable(),
  reportedOn: date.nullable(),
});
const packageStatusChange = z.strictObject({
  fromStatus: z.enum(CONVENTION_STATUSES).nullable(),
  toStatus: z.enum(CONVENTION_STATUSES),
  onDate: date,
  actor: name,
  reason: text.nullable(),
});
const procedure = {
  grounds: name,
  intentNotifiedOn: date,
  observationsDeadline: date,
  observationsReceivedOn: date.nullable(),
  observations: text.nullable(),
  decisionNotifiedOn: date,
  decisionReason: text.nullable(),
  appealDeadline: date.nullable(),
  repaymentCents: cents.nullable(),
  exemptedBaseCents: cents.nullable(),
  contributionsDueOn: date.nullable(),
};
/** The latest dénonciation procedure with a decision: dénoncée, or maintenue (then nobody was informed). */
const packageDenunciation = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('DENOUNCED'), ...procedure, paymentOrganisationInformedOn: date.nullable(), collectorInformedOn: date.nullable() }),
  z.strictObject({ decision: z.literal('MAINTAINED'), ...procedure, paymentOrganisationInformedOn: z.null(), collectorInformedOn: z.null() }),
]);
/** Conventions past signature only (SIGNED_STATUSES): a draft may still change number or disappear. */
const PACKAGE_STATUSES = SIGNED_STATUSES;

export const packageLine = z.strictObject({
  lineNo,
  record: z.literal('CONVENTION_FILE'),
  conventionNumber,
  measure: versionFields.measure,
  department: z.string().regex(/^(?:\d{2}|2A|2B|97\d)$/),
  prescriberCode: z.string().regex(/^[0-9A-Z]{5}$/),
  orderNumber: z.number().int().min(1).max(99999),
  status: z.enum(PACKAGE_STATUSES),
  startsOn: date,
  endsOn: date.nullable(),
  /** The convention's employer now: the package's recipient. */
  employer: packageEmployer,
  /** Earlier employers named by a version or an event (after an employer substitution); usually empty. */
  otherEmployers: z.array(packageEmployer),
  employee: packageEmployee,
  versions: z.array(packageVersion).min(1),
  events: z.array(packageEvent),
  statusHistory: z.array(packageStatusChange),
  denunciation: packageDenunciation.nullable(),
});
export const conventionPackage = z.strictObject({
  header: z.strictObject({
    ...header('convention-package'),
    /** The agency's code. */
    emitter: z.string().regex(/^[0-9A-Z]{5}$/),
    /** The employer's SIRET. */
    recipient: siret,
  }),
  /** At least one convention: an empty package would be recorded as applied and make the agency's real packages look older. */
  lines: z
    .array(packageLine)
    .min(1, { error: 'le dossier ne contient aucune convention (au moins une ligne CONVENTION_FILE attendue) ; demandez à l’agence un dossier complet' }),
});

export type OutboundLot = z.infer<typeof outboundLot>;
export type OutboundLine = z.infer<typeof outboundLine>;
export type ReturnFile = z.infer<typeof returnFile>;
export type ConventionPackage = z.infer<typeof conventionPackage>;
export type PackageLine = z.infer<typeof packageLine>;
export type PackageEmployer = z.infer<typeof packageEmployer>;
export type PackageEmployee = z.infer<typeof packageEmployee>;
export type PackageVersion = z.infer<typeof packageVersion>;
export type PackageEvent = z.infer<typeof packageEvent>;
export type PackageStatusChange = z.infer<typeof packageStatusChange>;
export type PackageDenunciation = z.infer<typeof packageDenunciation>;
export type ExchangeFile = OutboundLot | ReturnFile | ConventionPackage;

export const SCHEMAS = { 'outbound-lot': outboundLot, 'return-file': returnFile, 'convention-package': conventionPackage } as const;

/** The JSON Schema of a file kind, as published in docs/schemas/. */
export function jsonSchema(kind: FileKind): Record<string, unknown> {
  return {
    $id: `https://conventions-cae.example/schemas/${kind}.v${SCHEMA_VERSION}.json`,
    title: `${EXCHANGE_FORMAT} ${kind}, schemaVersion ${SCHEMA_VERSION}`,
    ...z.toJSONSchema(SCHEMAS[kind], { target: 'draft-2020-12' }),
  };
}
