/**
 * The exchange settings, spread into the contract's `channels`: who this
 * workspace is in the exchange files, the maximum lines per outbound lot and
 * the number of days after which a lot without a return file is signalled
 * (docs/exchange-format.md).
 */
import { z } from 'zod';

const exchangeSettings = z.object({
  /** The agency's code or the employer's SIRET (null until the employer is known). */
  emitter: z.string().nullable(),
  recipient: z.string(),
  maxLinesPerLot: z.number().int(),
  returnAlertDays: z.number().int(),
});
export type ExchangeSettings = z.infer<typeof exchangeSettings>;

const LOT_LINES_RANGE = { min: 1, max: 100_000 } as const;
const ALERT_DAYS_RANGE = { min: 1, max: 365 } as const;

export const exchangeSettingsChannels = {
  'settings.exchange': { input: z.object({}).strict(), output: exchangeSettings },
  'settings.saveExchange': {
    input: z
      .object({
        maxLinesPerLot: z
          .number({ error: 'nombre de lignes attendu' })
          .int({ error: 'nombre entier de lignes attendu' })
          .min(LOT_LINES_RANGE.min, { error: `au moins ${LOT_LINES_RANGE.min} ligne par lot` })
          .max(LOT_LINES_RANGE.max, { error: `au plus ${LOT_LINES_RANGE.max.toLocaleString('fr-FR')} lignes par lot` }),
        returnAlertDays: z
          .number({ error: 'nombre de jours attendu' })
          .int({ error: 'nombre entier de jours attendu' })
          .min(ALERT_DAYS_RANGE.min, { error: `au moins ${ALERT_DAYS_RANGE.min} jour` })
          .max(ALERT_DAYS_RANGE.max, { error: `au plus ${ALERT_DAYS_RANGE.max} jours` }),
      })
      .strict(),
    output: exchangeSettings,
  },
} as const;
