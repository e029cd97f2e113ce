/**
 * The employer's obligations (« Obligations »), spread into the contract's
 * `channels`: one list across all the workspace's conventions, sorted by due
 * date, each item with what to do, its legal reference and the action that
 * does it; items done keep their date and who did it (a fact recorded in the
 * convention, a proof sent, or an item marked done by hand). The same list
 * is printed by `cae obligations --json`.
 */
import { z } from 'zod';
import { MEASURES } from '../rules/vocabulary';

const isoDate = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const conventionId = z.number().int().positive();

/** What an item asks. */
export const OBLIGATION_KINDS = [
  'RENEWAL_REQUEST',
  'EVENT_REPORT',
  'PROOF_OF_ACTIVITY',
  'PAY_BELOW_SMIC',
  'HOURS_PROGRAMME',
  'DENUNCIATION',
  'STAFF_REPRESENTATIVES_REPORT',
] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** Where an item stands on the workspace's day: overdue, due within 30 days, later, done. */
const OBLIGATION_STATES = ['en_retard', 'a_faire', 'a_venir', 'fait'] as const;
export type ObligationState = (typeof OBLIGATION_STATES)[number];

/** The button of an item: what it opens. */
const action = z.discriminatedUnion('kind', [
  /** The declaration document of a reported fact (event index in the convention, or the version of an hours change). */
  z.object({ kind: z.literal('declaration'), conventionId, event: z.string(), index: z.number().int().nonnegative().nullable() }),
  /** The Activité tab, on the period's proof. */
  z.object({ kind: z.literal('proof'), conventionId, periodStart: isoDate }),
  /** The convention's page (renewal request, pay, hours programme, dénonciation). */
  z.object({ kind: z.literal('convention'), conventionId, tab: z.enum(['convention', 'activite', 'aides']) }),
  /** The yearly report to the staff representatives of `year`. */
  z.object({ kind: z.literal('report'), year: z.number().int() }),
]);
export type ObligationAction = z.infer<typeof action>;

const item = z.object({
  /** Stable identifier: `<convention id>:<what>:<which>` or `report:<year>`. */
  key: z.string(),
  kind: z.enum(OBLIGATION_KINDS),
  /** What to do, in the user's words (« Déclarer la suspension du 02/03/2009 »). */
  label: z.string(),
  /** Why and to whom, in one sentence. */
  detail: z.string(),
  conventionId: conventionId.nullable(),
  conventionNumber: z.string().nullable(),
  measure: z.enum(MEASURES).nullable(),
  person: z.string().nullable(),
  /** The day the item is shown due (for a renewal request: the convention's end less the lead time). */
  due: isoDate,
  /** The legal limit when it differs from `due` (the renewal request's last day). */
  legalDue: isoDate.nullable(),
  state: z.enum(OBLIGATION_STATES),
  legalRef: z.string(),
  done: z.object({ on: isoDate, by: z.string(), how: z.enum(['saisi', 'marque']) }).nullable(),
  /** Whether « Marquer comme fait » applies (an item done by a recorded fact is undone by changing the fact). */
  markable: z.boolean(),
  action,
});
export type ObligationItem = z.infer<typeof item>;

const list = z.object({
  /** The day the workspace is seen from. */
  today: isoDate,
  /** Months before a convention's end the renewal request is shown due (one by default). */
  renewalLeadMonths: z.number().int(),
  summary: z.object({ overdue: z.number().int(), dueWithin30Days: z.number().int(), done: z.number().int() }),
  items: z.array(item),
});
export type ObligationList = z.infer<typeof list>;

const key = z
  .string({ error: 'obligation attendue' })
  .min(1, { error: 'obligation attendue' })
  .max(120, { error: 'obligation inconnue' })
  .regex(/^[\w:.-]+$/, { error: 'obligation inconnue' });

export const obligationChannels = {
  'obligations.list': { input: z.object({}).strict(), output: list },
  /** Marks an item done on a day, with who did it; one transaction. */
  'obligations.markDone': {
    input: z
      .object({
        key,
        doneOn: isoDate,
        /** Who did it (the app has no user accounts): the workspace's name when left empty. */
        by: z.string().trim().max(80, { error: 'nom : 80 caractères au plus' }).optional(),
        note: z.string().trim().max(200, { error: 'note : 200 caractères au plus' }).optional(),
      })
      .strict(),
    output: list,
  },
  /** Takes back a mark made by hand. */
  'obligations.unmark': { input: z.object({ key }).strict(), output: list },
  'obligations.saveSettings': {
    input: z
      .object({
        renewalLeadMonths: z
          .number({ error: 'nombre de mois attendu' })
          .int({ error: 'nombre entier de mois attendu' })
          .min(0, { error: 'délai négatif : indiquez 0 mois ou plus' })
          .max(6, { error: '6 mois au plus avant la fin de la convention' }),
      })
      .strict(),
    output: list,
  },
} as const;
