/**
 * The channels of the agency's convention workflow (drafts, signature,
 * avenants, events, dénonciation), spread into the contract's `channels`.
 * Documents are validated with the rules package's `cae.convention/1` schema.
 */
import { z } from 'zod';
import { CONVENTION_STATUSES, EVENT_KINDS, VERSION_KINDS } from '../domain/enums';
import { MEASURES } from '../rules/vocabulary';
import { FINDING_CODES } from '../rules/checks/finding';
import { conventionSchema, RUPTURE_REASONS, SUSPENSION_REASONS, weeklyHoursSchema as hours } from '../rules/document/schema';

const isoDate = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const id = z.number({ error: 'identifiant de convention attendu' }).int().positive();
const text = (what: string, min = 1) =>
  z
    .string()
    .trim()
    .min(min, { error: `${what} : ${min} caractère(s) au moins` })
    .max(2000, { error: `${what} : 2000 caractères au plus` });
const percent = z.string().regex(/^\d+(\.\d{1,2})?$/, { error: 'pourcentage attendu avec au plus 2 décimales (ex. "90")' });

const justifications = z
  .array(z.object({ code: z.enum(FINDING_CODES, { error: 'code d’avertissement inconnu' }), text: text('justification', 5) }).strict())
  .max(30)
  .refine((list) => new Set(list.map((j) => j.code)).size === list.length, { error: 'une seule justification par avertissement' });

const finding = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['error', 'warning', 'info']),
  field: z.string(),
  message: z.string(),
  legalRef: z.string(),
});

const deadline = z.object({
  event: z.string(),
  eventDate: isoDate,
  due: isoDate,
  reportedOn: isoDate.nullable(),
  legalRef: z.string(),
  /** The fact's rank in the document's `events` (or `renewals` for a renewal), when the deadline comes from one. */
  index: z.number().int().nullable(),
});
const repayment = z.object({
  kind: z.enum(['FULL', 'UNDUE']),
  amountCents: z.number().int(),
  exemptedBaseCents: z.number().int(),
  due: isoDate.nullable(),
  legalRef: z.string(),
});

/** The figures of the current version, without their traces (amounts in cents). */
const computedSummary = z.object({
  monthlyAidCents: z.number().int().nullable(),
  minimumMonthlyGrossCents: z.number().int().nullable(),
  conventionEnd: isoDate.nullable(),
  aidTotalCents: z.number().int(),
  aidPayments: z.array(z.object({ due: isoDate, period: z.string(), amountCents: z.number().int() })),
  reportingDeadlines: z.array(deadline),
  repaymentDue: repayment.nullable(),
});
export type ComputedSummary = z.infer<typeof computedSummary>;

const denunciationState = z.object({
  grounds: z.string(),
  intentNotifiedOn: isoDate,
  observationsDeadline: isoDate,
  observationsReceivedOn: isoDate.nullable(),
  observations: z.string().nullable(),
  decision: z.enum(['DENOUNCED', 'MAINTAINED']).nullable(),
  decisionNotifiedOn: isoDate.nullable(),
  decisionReason: z.string().nullable(),
  appealDeadline: isoDate.nullable(),
  repaymentCents: z.number().int().nullable(),
  exemptedBaseCents: z.number().int().nullable(),
  contributionsDueOn: isoDate.nullable(),
  paymentOrganisationInformedOn: isoDate.nullable(),
  collectorInformedOn: isoDate.nullable(),
});

const conventionView = z.object({
  id: z.number().int(),
  number: z.string(),
  measure: z.enum(MEASURES),
  status: z.enum(CONVENTION_STATUSES),
  department: z.string(),
  prescriberCode: z.string(),
  orderNumber: z.number().int(),
  employer: z.object({ id: z.number().int(), siret: z.string(), name: z.string() }),
  employee: z.object({ id: z.number().int(), fullName: z.string(), nirMasked: z.string().nullable() }),
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  /** The instant of the convention's last write, by the app's clock (ISO 8601): « Enregistré à HH:MM » shows it. */
  updatedAt: z.string(),
  versions: z.array(
    z.object({
      avenantIndex: z.number().int(),
      number: z.string(),
      kind: z.enum(VERSION_KINDS),
      filedOn: isoDate.nullable(),
      signedOn: isoDate.nullable(),
      startsOn: isoDate,
      endsOn: isoDate.nullable(),
      document: conventionSchema,
      justifications: z.array(z.object({ code: z.string(), text: z.string(), by: z.string(), at: z.string() })),
    }),
  ),
  events: z.array(
    z.object({ kind: z.enum(EVENT_KINDS), occurredOn: isoDate, endsOn: isoDate.nullable(), reason: z.string().nullable(), reportedOn: isoDate.nullable() }),
  ),
  timeline: z.array(
    z.object({ from: z.enum(CONVENTION_STATUSES).nullable(), to: z.enum(CONVENTION_STATUSES), on: isoDate, actor: z.string(), reason: z.string().nullable() }),
  ),
  denunciation: denunciationState.nullable(),
  findings: z.array(finding),
  computed: computedSummary,
});
export type ConventionView = z.infer<typeof conventionView>;

const avenantBase = { id, signedOn: isoDate, justifications: justifications.optional() };

const checklistItem = z.object({ document: z.string(), legalRef: z.string() });

export const conventionChannels = {
  'conventions.get': { input: z.object({ id }).strict(), output: conventionView },
  'conventions.saveDraft': {
    input: z.object({ document: conventionSchema, conventionId: id.optional() }).strict(),
    output: conventionView,
  },
  'conventions.deleteDraft': { input: z.object({ id }).strict(), output: z.object({ deleted: z.literal(true), number: z.string() }) },
  'conventions.transition': {
    input: z
      .object({
        id,
        to: z.enum(CONVENTION_STATUSES, { error: `statut attendu : ${CONVENTION_STATUSES.join(', ')}` }),
        date: isoDate,
        reason: text('motif').optional(),
        actor: text('agent').max(120).optional(),
        justifications: justifications.optional(),
      })
      .strict(),
    output: conventionView,
  },
  'conventions.addAvenant': {
    input: z.discriminatedUnion(
      'kind',
      [
        z
          .object({
            ...avenantBase,
            kind: z.literal('RENEWAL'),
            from: isoDate,
            to: isoDate,
            weeklyHours: hours.optional(),
            aidRatePercent: percent.optional(),
            requestedOn: isoDate.optional(),
          })
          .strict(),
        z
          .object({ ...avenantBase, kind: z.literal('HOURS_CHANGE'), on: isoDate, weeklyHours: hours, agencyAcceptedNewAidBasis: z.boolean().optional() })
          .strict(),
        z
          .object({ ...avenantBase, kind: z.literal('EMPLOYER_SUBSTITUTION'), on: isoDate, employer: conventionSchema.shape.employer.unwrap().unwrap() })
          .strict(),
      ],
      { error: 'avenant attendu : kind = RENEWAL, HOURS_CHANGE ou EMPLOYER_SUBSTITUTION' },
    ),
    output: z.object({
      convention: conventionView,
      avenantIndex: z.number().int(),
      /** Monthly aid on the new hours (the avenant states it for a decrease), cents. */
      newMonthlyAidCents: z.number().int().nullable(),
      checklist: z.array(checklistItem),
    }),
  },
  'conventions.recordEvent': {
    input: z
      .object({
        id,
        event: z.discriminatedUnion(
          'kind',
          [
            z
              .object({
                kind: z.literal('SUSPENSION'),
                from: isoDate,
                to: isoDate.optional(),
                reason: z.enum(SUSPENSION_REASONS),
                paid: z.boolean(),
                reportedOn: isoDate.optional(),
              })
              .strict(),
            z
              .object({ kind: z.literal('TRIAL_PERIOD_ELSEWHERE'), from: isoDate, to: isoDate.optional(), paid: z.boolean(), reportedOn: isoDate.optional() })
              .strict(),
            z
              .object({
                kind: z.literal('RUPTURE'),
                on: isoDate,
                initiative: z.enum(['EMPLOYEE', 'EMPLOYER']),
                reason: z.enum(RUPTURE_REASONS),
                reportedOn: isoDate.optional(),
              })
              .strict(),
          ],
          { error: 'événement attendu : kind = SUSPENSION, TRIAL_PERIOD_ELSEWHERE ou RUPTURE' },
        ),
      })
      .strict(),
    output: z.object({
      convention: conventionView,
      reportingDeadline: z.object({ due: isoDate, legalRef: z.string() }).nullable(),
      checklist: z.array(checklistItem),
      aid: z.object({ totalBeforeCents: z.number().int(), totalAfterCents: z.number().int(), repaymentDue: repayment.nullable() }),
    }),
  },
  'conventions.denunciation': {
    input: z.discriminatedUnion(
      'step',
      [
        z.object({ id, step: z.literal('NOTICE'), date: isoDate, grounds: text('manquement constaté', 5) }).strict(),
        z.object({ id, step: z.literal('OBSERVATIONS'), date: isoDate, observations: text('observations') }).strict(),
        z.object({ id, step: z.literal('DECISION'), date: isoDate, decision: z.enum(['DENOUNCED', 'MAINTAINED']), reason: text('motif', 5) }).strict(),
        z.object({ id, step: z.enum(['PAYMENT_ORGANISATION_INFORMED', 'COLLECTOR_INFORMED']), date: isoDate }).strict(),
      ],
      { error: 'étape attendue : NOTICE, OBSERVATIONS, DECISION, PAYMENT_ORGANISATION_INFORMED ou COLLECTOR_INFORMED' },
    ),
    output: z.object({ convention: conventionView, procedure: denunciationState }),
  },
  'conventions.diff': {
    input: z.object({ id, from: z.number().int().min(0), to: z.number().int().min(0) }).strict(),
    output: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
  },
} as const;
