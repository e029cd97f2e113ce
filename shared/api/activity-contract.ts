/**
 * The proofs of activity of an employer workspace (a convention's Activité
 * tab), spread into the contract's `channels`: the periods of a convention
 * with their recorded months, the check of months as typed, their save (one
 * period at a time), the signed PDF of a period, and « Préparer l'envoi » of
 * the convention's proofs (`PROOF_OF_ACTIVITY` lines, docs/exchange-format.md).
 * Hours travel in hundredths of an hour (86,67 h → 8667), as the rules
 * compute them; the exchange file carries them in whole minutes.
 */
import { z } from 'zod';
import { LINE_STATUSES } from '../domain/exchange-lines';
import { ACTIVITY_FINDING_CODES } from '../rules/compute/activity';
import { MEASURES } from '../rules/vocabulary';
import { exchangesChannels } from './exchanges-contract';

const isoDate = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const conventionId = z
  .number({ error: 'identifiant de convention attendu' })
  .int({ error: 'identifiant de convention attendu' })
  .positive({ error: 'identifiant de convention attendu' });
const month = z.string({ error: 'mois attendu au format AAAA-MM' }).regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'mois attendu au format AAAA-MM' });
/** A month holds 744 hours at most (31 days of 24 hours), in hundredths. */
const MAX_MONTH_HUNDREDTHS = 31 * 24 * 100;
const hours = z
  .number({ error: 'nombre d’heures attendu' })
  .int({ error: 'heures attendues en centièmes d’heure entiers' })
  .min(0, { error: 'nombre d’heures négatif : indiquez 0 ou plus' })
  .max(MAX_MONTH_HUNDREDTHS, { error: 'plus d’heures qu’un mois n’en compte (744 h au plus)' });
const days = z
  .number({ error: 'nombre de jours attendu' })
  .int({ error: 'nombre entier de jours attendu' })
  .min(0, { error: 'nombre de jours négatif : indiquez 0 ou plus' })
  .max(31, { error: '31 jours au plus dans un mois' });
const count = z.number().int().min(0);

const monthInput = z
  .object({
    month,
    workedHundredths: hours,
    paidLeaveHundredths: hours,
    sickLeaveHundredths: hours,
    otherAbsenceHundredths: hours,
    unpaidSuspensionDays: days,
  })
  .strict();
export type ActivityMonthInput = z.output<typeof monthInput>;

const periodInput = z
  .object({
    conventionId,
    /** The first day of the period (it names the period). */
    periodStart: isoDate,
    months: z
      .array(monthInput)
      .min(1, { error: 'au moins un mois à enregistrer' })
      .max(60, { error: '60 mois au plus' })
      .refine((ms) => new Set(ms.map((m) => m.month)).size === ms.length, { error: 'un même mois est saisi deux fois' }),
  })
  .strict();

const finding = z.object({
  code: z.enum(ACTIVITY_FINDING_CODES),
  severity: z.enum(['error', 'warning']),
  month: month.nullable(),
  message: z.string(),
  legalRef: z.string(),
});
const totals = z.object({
  workedHundredths: count,
  absenceHundredths: count,
  unpaidSuspensionDays: count,
  contractHundredths: count,
  lowHundredths: count,
  highHundredths: count,
});
const checked = z.object({ findings: z.array(finding), totals, sendable: z.boolean() });

/** Where a period's proof stands. */
const PROOF_STATUSES = ['a_saisir', 'incomplet', 'a_corriger', 'pret', 'prepare', 'envoye', 'accepte', 'rejete'] as const;
export type ProofStatus = (typeof PROOF_STATUSES)[number];

const periodView = z.object({
  index: z.number().int().min(1),
  label: z.string(),
  start: isoDate,
  end: isoDate,
  /** When the proof is due (the day after the contract's quarter or CAE-DOM payment month ends). */
  due: isoDate,
  months: z.array(
    z.object({
      month,
      from: isoDate,
      to: isoDate,
      days: count,
      /** The contract's hours of these days (weekly × 52 / 12, prorated), in hundredths. */
      contractHundredths: count,
      /** Days of unpaid suspension the convention's events record in the month. */
      suspensionDays: count,
      /** Over on the day the workspace is seen from: it can be recorded. */
      over: z.boolean(),
      recorded: monthInput.omit({ month: true }).extend({ recordedAt: z.string(), recordedBy: z.string() }).nullable(),
    }),
  ),
  /** The check of the recorded months (nothing recorded: no finding). */
  check: checked,
  status: z.enum(PROOF_STATUSES),
  /** The last lot line that carried this proof. */
  line: z
    .object({
      lotId: z.number().int(),
      fileName: z.string(),
      status: z.enum(LINE_STATUSES),
      code: z.string().nullable(),
      label: z.string().nullable(),
      sentAt: z.string().nullable(),
    })
    .nullable(),
  /** Why the months can no longer change (the proof has left in a lot), or null. */
  locked: z.string().nullable(),
});
export type ProofPeriodView = z.infer<typeof periodView>;

const activityView = z.object({
  conventionId: z.number().int(),
  number: z.string(),
  measure: z.enum(MEASURES),
  employeeName: z.string(),
  /** The day the workspace is seen from. */
  today: isoDate,
  /** Why nothing can be recorded for this convention (not signed yet, agency workspace), or null. */
  blocked: z.string().nullable(),
  periods: z.array(periodView),
});
export type ActivityView = z.infer<typeof activityView>;

export const activityChannels = {
  'activity.get': { input: z.object({ conventionId }).strict(), output: activityView },
  /** The months as typed, checked against the contract; nothing is written. */
  'activity.check': { input: periodInput, output: checked },
  /** One transaction: the period's months as typed replace those recorded. */
  'activity.save': {
    input: periodInput,
    output: activityView.extend({ saved: z.object({ periodStart: isoDate, months: count, recordedAt: z.string() }) }),
  },
  /** « Justificatif trimestriel d'activité » of one period, to sign. */
  'activity.proofPdf': {
    input: z.object({ conventionId, periodStart: isoDate }).strict(),
    output: z.object({ fileName: z.string().regex(/^[\w.-]+\.pdf$/), base64: z.string().min(1) }),
  },
  /** The convention's proofs ready to leave, written as lots to the outbox (as « Préparer l'envoi » on the Échanges screen). */
  'activity.prepareProofs': { input: z.object({ conventionId }).strict(), output: exchangesChannels['exchanges.export'].output },
} as const;
