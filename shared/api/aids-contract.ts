/**
 * The employer's « Aides » screen, spread into the contract's `channels`:
 * the aid the rules expect beside the payments received (imported from the
 * payment organisation's return files, or typed), each difference
 * explained; the exempted base per month and employee; « Et si… » (what a
 * rupture or a dénonciation today would cost). Amounts in integer cents,
 * dates `YYYY-MM-DD`.
 */
import { z } from 'zod';
import { CONVENTION_STATUSES } from '../domain/enums';
import { MEASURES } from '../rules/vocabulary';

const isoDate = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const conventionId = z.number({ error: 'identifiant de convention attendu' }).int().positive();
const cents = z.number().int();

const traceBase = z.object({
  label: z.string(),
  formula: z.string(),
  inputs: z.record(z.string(), z.string()),
  parameters: z.array(z.object({ name: z.string(), value: z.string(), from: z.string(), legalRef: z.string() })),
  result: z.string(),
});
/** « Pourquoi ce montant ? » : a figure's inputs, dated parameters with their article, formula; one level of steps. */
const trace = traceBase.extend({ steps: z.array(traceBase).optional() });

const RECONCILIATION_STATUSES = ['conforme', 'ecart', 'non_recu', 'a_venir', 'non_prevu'] as const;
const CAUSE_KINDS = ['SMIC', 'HOURS', 'RATE', 'SUSPENSION', 'HIRING', 'END', 'RUPTURE', 'DENUNCIATION', 'OUTSIDE', 'UNEXPLAINED'] as const;

const cause = z.object({ kind: z.enum(CAUSE_KINDS), on: isoDate, text: z.string(), legalRef: z.string() });

const line = z.object({
  period: z.string(),
  label: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  due: isoDate.nullable(),
  expectedCents: cents,
  receivedCents: cents,
  receivedIds: z.array(z.number().int()),
  differenceCents: cents,
  status: z.enum(RECONCILIATION_STATUSES),
  causes: z.array(cause),
  explanation: z.string().nullable(),
  trace: trace.nullable(),
});

const conventionHeader = {
  conventionId: z.number().int(),
  number: z.string(),
  measure: z.enum(MEASURES),
  status: z.enum(CONVENTION_STATUSES),
  employeeName: z.string(),
};

const received = z.object({
  id: z.number().int(),
  receivedOn: isoDate,
  amountCents: cents,
  periodStart: isoDate,
  periodEnd: isoDate,
  source: z.enum(['fichier_retour', 'saisie']),
  reference: z.string(),
});

const whatIfOutcome = z.object({
  scenario: z.enum(['RUPTURE', 'DENUNCIATION']),
  on: isoDate,
  kind: z.enum(['FULL', 'UNDUE', 'NONE']),
  amountCents: cents,
  exemptedBaseCents: cents,
  due: isoDate.nullable(),
  legalRef: z.string(),
  summary: z.string(),
  trace: trace.nullable(),
});

/** One convention's aid: its periods (with traces), the payments received, its exempted base, and « Et si… » while it runs. */
const conventionAid = z.object({
  today: isoDate,
  ...conventionHeader,
  lines: z.array(line),
  expectedToDateCents: cents,
  receivedCents: cents,
  differences: z.number().int(),
  received: z.array(received),
  exemption: z.object({ months: z.array(z.object({ month: z.string(), baseCents: cents })), totalBaseCents: cents, endsOn: isoDate, trace }).nullable(),
  whatIf: z.object({ rupture: whatIfOutcome, denunciation: whatIfOutcome, receivedBeforeCents: cents }).nullable(),
});
export type ConventionAid = z.infer<typeof conventionAid>;

const reference = z.string().trim().max(200, { error: 'référence : 200 caractères au plus' });

export const aidsChannels = {
  /** Every followed convention: expected to date, received, differences; and the differences themselves, explained. */
  'aids.overview': {
    input: z.object({}).strict(),
    output: z.object({
      today: isoDate,
      conventions: z.array(
        z.object({
          ...conventionHeader,
          expectedToDateCents: cents,
          receivedCents: cents,
          differences: z.number().int(),
          /** Periods fallen due with nothing received yet. */
          awaiting: z.number().int(),
          /** The periods the employer may say a payment covers (expected periods), for the entry form. */
          periods: z.array(z.object({ label: z.string(), periodStart: isoDate, periodEnd: isoDate, expectedCents: cents })),
        }),
      ),
      differences: z.array(z.object({ ...conventionHeader, line: line.omit({ trace: true }) })),
    }),
  },
  'aids.convention': { input: z.object({ id: conventionId }).strict(), output: conventionAid },
  /** A payment typed by the employer (from a paper notice or a bank statement). */
  'aids.recordPayment': {
    input: z
      .object({
        conventionId,
        receivedOn: isoDate,
        amountCents: z
          .number({ error: 'montant reçu attendu' })
          .int({ error: 'montant reçu attendu en centimes entiers' })
          .min(1, { error: 'montant reçu : 0,01 € au moins' })
          .max(100_000_000, { error: 'montant reçu improbable : 1 000 000 € au plus' }),
        periodStart: isoDate,
        periodEnd: isoDate,
        reference: reference.optional(),
      })
      .strict()
      .refine((v) => v.periodStart <= v.periodEnd, { path: ['periodEnd'], error: 'la fin de la période couverte doit suivre son début' }),
    output: conventionAid,
  },
  /** Deletes a typed payment (an imported one stays: its return file is the proof). */
  'aids.deletePayment': { input: z.object({ id: z.number({ error: 'identifiant du versement attendu' }).int().positive() }).strict(), output: conventionAid },
  /** The exempted base month by month and employee, for the payroll. */
  'aids.exemptions': {
    input: z.object({}).strict(),
    output: z.object({
      months: z.array(z.string()),
      rows: z.array(z.object({ month: z.string(), ...conventionHeader, baseCents: cents })),
      legalRefs: z.array(z.string()),
    }),
  },
} as const;
