/**
 * The convention package (agency → employer, docs/exchange-format.md), spread
 * into the contract's `channels`: the agency prepares the package of one
 * employer from the Employeurs page; the file is written to the workspace's
 * outbox (`envois/`) and returned to be saved.
 */
import { z } from 'zod';

export const packageChannels = {
  'exchanges.exportPackage': {
    input: z
      .object({
        employerId: z
          .number({ error: 'identifiant d’employeur attendu' })
          .int({ error: 'identifiant d’employeur attendu' })
          .positive({ error: 'identifiant d’employeur attendu' }),
      })
      .strict(),
    output: z.object({
      fileName: z.string().regex(/^PKG_[0-9A-Z]{5}_\d{6}_\d{8}T\d{6}Z\.json$/),
      base64: z.string().min(1),
      /** Conventions sent (past signature). */
      conventions: z.number().int().min(1),
      /** The employer's drafts and conventions to sign: not sent. */
      draftsLeftOut: z.number().int().min(0),
    }),
  },
} as const;
