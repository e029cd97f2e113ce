/**
 * The Échanges screen's channels, spread into the contract's `channels`: the
 * lots exchanged with the payment organisation and their lines (statuses,
 * rejections explained in French, where to fix them), the export of the
 * pending lots to the outbox, an outbound file to download, the import of a
 * return file (preview, then apply), and the correction in place of a
 * rejected convention or avenant (docs/exchange-format.md).
 */
import { z } from 'zod';
import { LOT_STATUSES } from '../domain/enums';
import { CORRECTABLE_FIELDS } from '../domain/rejections';
import { LINE_STATUSES } from '../domain/exchange-lines';
import { weeklyHoursSchema } from '../rules/document/schema';
import { isValidNir } from '../rules/identifiers/nir';
import { decimalToUnits, percentFr } from '../rules/money/exact';
import { MAX_AID_RATE_BP } from '../rules/parameters/measures';

const isoDate = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const noInput = z.object({}).strict();
const lotId = z.number({ error: 'identifiant de lot attendu' }).int().positive({ error: 'identifiant de lot attendu' });
const count = z.number().int().min(0);

/** The largest file the import takes: a return file of 200 000 lines (~55 MB, issue #16) fits. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;
/** The same file in base64 in a request: what the browser-mode server must accept. */
export const IMPORT_MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;

/** A NIR as typed (spaces allowed, 2a/2b for Corsica), checked with the rules package: 13 characters and the key. */
const nirInput = z
  .string({ error: 'NIR attendu' })
  .transform((s) => s.replace(/\s/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^\d{5}(?:\d{2}|2A|2B)\d{8}$/, { error: 'NIR attendu : 15 caractères, 13 et la clé (ex. 2 75 03 69 123 456 61)' })
      .refine(isValidNir, { error: 'NIR invalide : la clé ou le premier chiffre ne correspondent pas ; vérifiez-le sur la carte Vitale' }),
  );

const correctionValues = z
  .object({
    weeklyHours: weeklyHoursSchema.optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    aidRatePercent: z
      .string()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, { error: 'pourcentage attendu avec au plus 2 décimales (ex. 90 ou 87,5)' })
      .refine((p) => (decimalToUnits(p, 2) ?? 0) <= MAX_AID_RATE_BP, { error: `taux de ${percentFr(MAX_AID_RATE_BP)} au plus` })
      .optional(),
    nir: nirInput.optional(),
  })
  .strict()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { error: 'indiquez au moins une valeur à corriger' })
  .refine((v) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn, { path: ['endsOn'], error: 'la date de fin ne peut pas précéder la date de début' });
export type CorrectionValues = z.output<typeof correctionValues>;

const lotRef = z.object({ lotId: z.number().int(), fileName: z.string(), sequence: z.number().int() });

const lotRow = z.object({
  id: z.number().int(),
  direction: z.enum(['OUT', 'IN']),
  kind: z.string(),
  sequence: z.number().int(),
  fileName: z.string(),
  /** As stored. */
  status: z.enum(LOT_STATUSES),
  /** As shown: « corrigé et renvoyé » once every rejected line of the lot has left again, corrected. */
  displayStatus: z.enum(LOT_STATUSES),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  lines: count,
  counts: z.object({ prepared: count, sent: count, accepted: count, rejected: count, resent: count }),
  /** Sent, and no return file for more than the alert setting's days. */
  overdue: z.boolean(),
  daysWithoutReturn: z.number().int().nullable(),
  /** A return file: the lot it answers. */
  answers: lotRef.nullable(),
});
export type LotRow = z.infer<typeof lotRow>;

const explanation = z.object({
  code: z.string(),
  known: z.boolean(),
  meaning: z.string(),
  fix: z.array(z.string()),
  fields: z.array(z.enum(CORRECTABLE_FIELDS)),
  legalRefs: z.array(z.string()),
});

const lineRow = z.object({
  lineNo: z.number().int(),
  conventionId: z.number().int().nullable(),
  conventionNumber: z.string().nullable(),
  recordKind: z.string(),
  status: z.enum(LINE_STATUSES),
  code: z.string().nullable(),
  label: z.string().nullable(),
  explanation: explanation.nullable(),
  /** The later lot that carried the record again (a resent line). */
  resentIn: lotRef.extend({ lineNo: z.number().int() }).nullable(),
  /** The record the line carries, to open it. */
  target: z
    .object({
      conventionId: z.number().int(),
      section: z.enum(['versions', 'evenements', 'denonciation', 'activite']),
      avenantIndex: z.number().int().nullable(),
      eventId: z.number().int().nullable(),
      denunciationId: z.number().int().nullable(),
      description: z.string(),
    })
    .nullable(),
  /** A rejected convention or avenant that can be corrected in place: which fields, their values now (the NIR masked). */
  correction: z
    .object({
      versionId: z.number().int(),
      avenantIndex: z.number().int(),
      fields: z.array(z.enum(CORRECTABLE_FIELDS)),
      values: z.object({
        weeklyHours: z.number().nullable(),
        startsOn: isoDate.nullable(),
        endsOn: isoDate.nullable(),
        aidRatePercent: z.string().nullable(),
        nirMasked: z.string().nullable(),
      }),
    })
    .nullable(),
  /** Why a rejected line cannot be corrected here, if it cannot. */
  correctionBlocked: z.string().nullable(),
  /** A rejected line whose record has changed since: the corrected line leaves with the next lot. */
  correctedPending: z.boolean(),
});
export type LineRow = z.infer<typeof lineRow>;

export const exchangesChannels = {
  'exchanges.lots': {
    input: noInput,
    output: z.object({ today: isoDate, returnAlertDays: z.number().int(), overdueCount: count, lots: z.array(lotRow) }),
  },
  'exchanges.lot': {
    input: z.object({ lotId }).strict(),
    output: z.object({
      lot: lotRow,
      lines: z.array(lineRow),
      /** Payment notices a return file recorded. */
      payments: z.array(
        z.object({
          conventionId: z.number().int(),
          conventionNumber: z.string(),
          periodStart: isoDate,
          periodEnd: isoDate,
          amountCents: z.number().int(),
          paidOn: isoDate,
        }),
      ),
    }),
  },
  'exchanges.export': {
    input: noInput,
    output: z.object({
      folder: z.string(),
      maxLines: z.number().int(),
      lots: z.array(z.object({ lotId: z.number().int(), fileName: z.string(), sequence: z.number().int(), lines: count })),
      /**
       * Lots an earlier export left prepared (a crash), settled first: ready or sent (file complete), dropped (file
       * absent or incomplete where it was written), kept (could not be checked: `explanation` says why, in French).
       */
      recovered: z.array(
        z.object({
          fileName: z.string(),
          outcome: z.enum(['ready', 'sent', 'dropped', 'kept']),
          folder: z.string().nullable(),
          explanation: z.string().nullable(),
        }),
      ),
      awaitingCorrection: z.array(z.string()),
    }),
  },
  'exchanges.lotFile': {
    input: z.object({ lotId }).strict(),
    /** `handedOver`: the lot was ready and, downloaded to be handed to the payment organisation, is now sent. */
    output: z.object({ fileName: z.string().regex(/^[\w.-]+\.json$/), base64: z.string().min(1), handedOver: z.boolean() }),
  },
  'exchanges.import': {
    input: z
      .object({
        fileName: z
          .string({ error: 'nom de fichier attendu' })
          .trim()
          .min(1, { error: 'nom de fichier attendu' })
          .max(255, { error: 'nom de fichier limité à 255 caractères' })
          .refine((n) => !/[\\/\0]/.test(n), { error: 'nom de fichier sans dossier attendu' }),
        base64: z
          .string({ error: 'contenu du fichier attendu' })
          .min(1, { error: 'le fichier est vide' })
          .max(IMPORT_MAX_BASE64, { error: `fichier trop volumineux : ${IMPORT_MAX_BYTES / 1024 / 1024} Mo au plus` })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'contenu du fichier illisible (base64 attendu)' }),
        dryRun: z.boolean({ error: 'aperçu (dryRun) : vrai ou faux' }),
      })
      .strict(),
    output: z.object({
      kind: z.enum(['applied', 'preview', 'already', 'refused']),
      title: z.string(),
      lines: z.array(z.string()),
      refused: z.boolean(),
      /** Where a refused file was kept (null for a preview: nothing is written). */
      quarantined: z.string().nullable(),
      /** The outbound lot the file answers, when it answers one. */
      answersLotId: z.number().int().nullable(),
    }),
  },
  'exchanges.correct': {
    input: z
      .object({
        versionId: z.number({ error: 'identifiant de version attendu' }).int().positive({ error: 'identifiant de version attendu' }),
        values: correctionValues,
      })
      .strict(),
    output: z.object({
      conventionId: z.number().int(),
      conventionNumber: z.string(),
      avenantIndex: z.number().int(),
      changes: z.array(z.object({ field: z.enum(CORRECTABLE_FIELDS), label: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
    }),
  },
} as const;
