/**
 * Retention of the conventions (docs/protection-des-donnees.md), spread into
 * the contract's `channels`: how many conventions are due and the years kept,
 * the years setting, and « Archiver puis supprimer » with the passphrase of
 * the encrypted archive (the file goes to `archives/` beside the database:
 * the renderer never gives a path).
 */
import { z } from 'zod';
import { PASSPHRASE_MIN_LENGTH as PASSPHRASE_MIN, RETENTION_YEARS_RANGE } from '../domain/retention';

const retentionSummary = z.object({
  today: z.string(),
  years: z.number().int(),
  /** Conventions whose effective end is before this day are due. */
  cutoff: z.string(),
  due: z.number().int(),
  /** The folder the archives are written to. */
  folder: z.string(),
});

export const retentionChannels = {
  'retention.summary': { input: z.object({}).strict(), output: retentionSummary },
  'retention.saveSettings': {
    input: z
      .object({
        years: z
          .number({ error: "nombre d'années attendu" })
          .int({ error: "nombre entier d'années attendu" })
          .min(RETENTION_YEARS_RANGE.min, { error: `au moins ${RETENTION_YEARS_RANGE.min} an` })
          .max(RETENTION_YEARS_RANGE.max, { error: `au plus ${RETENTION_YEARS_RANGE.max} ans` }),
      })
      .strict(),
    output: retentionSummary,
  },
  'retention.archiveAndPurge': {
    input: z
      .object({
        passphrase: z
          .string({ error: 'phrase de passe attendue' })
          .min(PASSPHRASE_MIN, { error: `la phrase de passe doit compter au moins ${PASSPHRASE_MIN} caractères` })
          .max(1000, { error: 'phrase de passe trop longue (1 000 caractères au plus)' }),
      })
      .strict(),
    output: z.object({ count: z.number().int(), name: z.string(), archive: z.string(), sha256: z.string(), summary: retentionSummary }),
  },
} as const;
