/**
 * The one API contract between the renderer and the services: for each
 * channel its input and output schemas. Main (IPC) and browser mode (HTTP)
 * both validate every payload against these schemas before any handler runs.
 * Channel names are `<area>.<action>`: the area plural as the screens name it (conventions, employers, employees, exchanges, views, settings, documents, exports; singular only for the one-of-a-kind app, workspace, dashboard), the action a camelCase verb (`saveDraft`, `exportPackage`) or, for a read, what it returns (`list`, `get`, `lots`, `summary`).
 */
import { z } from 'zod';
import { fr } from 'zod/locales';
import { CONVENTION_STATUSES, WORKSPACE_ROLES } from '../domain/enums';
import { PASSPHRASE_MAX_LENGTH, passphraseProblem } from '../domain/passphrase';
import { EMPLOYER_STATUSES, MEASURES } from '../rules/vocabulary';
import { conventionChannels } from './conventions-contract';
import { instructChannels } from './instruct-contract';
import { documentChannels } from './documents-contract';
import { exportChannels } from './exports-contract';
import { packageChannels } from './package-contract';
import { exchangeSettingsChannels } from './exchange-settings-contract';
import { exchangesChannels } from './exchanges-contract';
import { activityChannels } from './activity-contract';
import { aidsChannels } from './aids-contract';
import { employerChannels } from './employer-contract';
import { obligationChannels } from './obligations-contract';
import { backupChannels } from './backups-contract';
import { retentionChannels } from './retention-contract';
import { accountsChannels } from './accounts-contract';
import type { ApiReply } from './result';

// Validation messages in French, for every schema of the app.
z.config(fr());

const isoDate = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const searchText = z.string().trim().max(100, { error: 'recherche limitée à 100 caractères' });
const page = {
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
};
const noInput = z.object({}).strict();

/** The passphrase that encrypts a new workspace (shared/domain/passphrase.ts). */
const passphrase = z.string().superRefine((value, ctx) => {
  const problem = passphraseProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const workspaceSummary = z.object({
  role: z.enum(WORKSPACE_ROLES),
  name: z.string(),
  department: z.string().nullable(),
  agencyCode: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummary>;

const workspaceState = z.object({
  /** Which database is open: the user's own, or the demo beside it. */
  active: z.enum(['main', 'demo']),
  /** The open workspace, or null while the user has not chosen a role yet (or while it is locked). */
  workspace: workspaceSummary.nullable(),
  /** Whether the user's own database is encrypted at rest (issue #15). */
  encrypted: z.boolean(),
  /** Encrypted and its passphrase not given yet: the welcome screen asks for it. */
  locked: z.boolean(),
});
export type WorkspaceState = z.infer<typeof workspaceState>;

const departmentCode = z
  .string()
  .trim()
  .regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, { error: 'département attendu : 01 à 95, 2A, 2B ou 971 à 976' });

/** Sortable columns of the conventions list (mapped to SQL by a whitelist on the server). */
const CONVENTION_SORT_KEYS = ['number', 'employee', 'employer', 'startsOn', 'endsOn', 'status'] as const;
export type ConventionSortKey = (typeof CONVENTION_SORT_KEYS)[number];

/** The search, filters and sort of the conventions list: sent with `conventions.list`, kept in saved views. */
export const conventionListFilters = z
  .object({
    search: searchText.optional(),
    measure: z.enum(MEASURES).optional(),
    status: z.enum(CONVENTION_STATUSES).optional(),
    employerId: z.number().int().positive().optional(),
    department: departmentCode.optional(),
    endsFrom: isoDate.optional(),
    endsTo: isoDate.optional(),
    sort: z
      .object({
        by: z.enum(CONVENTION_SORT_KEYS, { error: 'colonne de tri inconnue' }),
        dir: z.enum(['asc', 'desc'], { error: 'sens de tri attendu : asc ou desc' }),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ConventionListFilters = z.infer<typeof conventionListFilters>;

const savedView = z.object({ name: z.string(), filters: conventionListFilters });
const viewName = z.string().trim().min(1, { error: 'nom de la vue obligatoire' }).max(60, { error: 'nom de la vue limité à 60 caractères' });

export const channels = {
  'app.info': {
    input: noInput,
    output: z.object({
      version: z.string(),
      mode: z.enum(['desktop', 'browser']),
      dataDir: z.string(),
      /** Today as the app's clock says (SOURCE_DATE_EPOCH when set): the screens take their default dates from it. */
      today: isoDate,
    }),
  },
  'workspace.get': { input: noInput, output: workspaceState },
  'workspace.initialize': {
    input: z
      .object({
        role: z.enum(WORKSPACE_ROLES, { error: 'rôle attendu : agence ou employeur' }),
        name: z.string().trim().min(2, { error: 'nom trop court (2 caractères au moins)' }).max(120),
        department: departmentCode.optional(),
        agencyCode: z
          .string()
          .trim()
          .regex(/^[0-9A-Z]{5}$/, { error: 'code agence ou prescripteur attendu : 5 caractères' })
          .optional(),
        /** Encryption at rest, on unless the user turns it off; the passphrase is then required. */
        encrypt: z.boolean().default(true),
        passphrase: passphrase.optional(),
      })
      .strict()
      .superRefine((value, ctx) => {
        if (value.encrypt && value.passphrase === undefined)
          ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'phrase secrète obligatoire pour chiffrer la base' });
      })
      // An agency numbers its conventions with its department and ALE or prescriber code (form CAE-0515, administration block).
      .superRefine((value, ctx) => {
        if (value.role !== 'agence') return;
        if (!value.agencyCode) ctx.addIssue({ code: 'custom', path: ['agencyCode'], message: 'code agence ou prescripteur obligatoire pour une agence' });
        if (!value.department) ctx.addIssue({ code: 'custom', path: ['department'], message: 'département obligatoire pour une agence' });
      }),
    output: workspaceState,
  },
  'workspace.unlock': {
    input: z.object({ passphrase: z.string().min(1, { error: 'phrase secrète obligatoire' }).max(PASSPHRASE_MAX_LENGTH) }).strict(),
    output: workspaceState,
  },
  'workspace.openDemo': {
    input: z.object({ role: z.enum(WORKSPACE_ROLES, { error: 'rôle attendu : agence ou employeur' }) }).strict(),
    output: workspaceState,
  },
  'workspace.closeDemo': { input: noInput, output: workspaceState },
  'dashboard.summary': {
    input: z.object({ today: isoDate.optional() }).strict(),
    output: z.object({
      today: isoDate,
      byStatus: z.record(z.enum(CONVENTION_STATUSES), z.number().int()),
      endingWithin30Days: z.number().int(),
      endingWithin60Days: z.number().int(),
      draftsToSign: z.number().int(),
      lotsAwaitingReturn: z.number().int(),
      employers: z.number().int(),
      employees: z.number().int(),
      activeByMonth: z.array(z.object({ month: z.string(), active: z.number().int() })),
      renewalsToDecide: z.number().int(),
      eventsReportedLate: z.number().int(),
      committedAidByMonth: z.array(z.object({ month: z.string(), cents: z.number().int() })),
      /** Conventions ended more than `years` years before the day, due for archiving (docs/protection-des-donnees.md). */
      retention: z.object({ due: z.number().int(), years: z.number().int() }),
    }),
  },
  'conventions.list': {
    input: conventionListFilters
      .extend(page)
      .strict()
      .refine((f) => !f.endsFrom || !f.endsTo || f.endsFrom <= f.endsTo, {
        path: ['endsTo'],
        error: 'la date de fin « au » doit suivre la date « du »',
      }),
    output: z.object({
      total: z.number().int(),
      items: z.array(
        z.object({
          id: z.number().int(),
          number: z.string(),
          measure: z.enum(MEASURES),
          status: z.enum(CONVENTION_STATUSES),
          department: z.string(),
          employerName: z.string(),
          employeeName: z.string(),
          nirMasked: z.string().nullable(),
          startsOn: isoDate,
          endsOn: isoDate.nullable(),
        }),
      ),
    }),
  },
  'employers.list': {
    input: z.object({ search: searchText.optional(), ...page }).strict(),
    output: z.object({
      total: z.number().int(),
      items: z.array(
        z.object({
          id: z.number().int(),
          siret: z.string(),
          name: z.string(),
          status: z.enum(EMPLOYER_STATUSES),
          city: z.string().nullable(),
          conventions: z.number().int(),
        }),
      ),
    }),
  },
  'employees.list': {
    input: z.object({ search: searchText.optional(), ...page }).strict(),
    output: z.object({
      total: z.number().int(),
      items: z.array(
        z.object({
          id: z.number().int(),
          fullName: z.string(),
          nirMasked: z.string().nullable(),
          birthDate: isoDate,
          conventions: z.number().int(),
        }),
      ),
    }),
  },
  'settings.aidRates': {
    input: noInput,
    output: z.array(
      z.object({
        id: z.number().int(),
        measure: z.enum(MEASURES),
        department: z.string(),
        employerCategory: z.string().nullable(),
        ratePercent: z.string(),
        validFrom: isoDate,
        validTo: isoDate.nullable(),
        reference: z.string(),
      }),
    ),
  },
  // Saved views of the conventions list: named search, filters and sort.
  'views.list': { input: noInput, output: z.array(savedView) },
  'views.save': {
    input: z.object({ name: viewName, filters: conventionListFilters }).strict(),
    output: z.array(savedView),
  },
  'views.delete': { input: z.object({ name: viewName }).strict(), output: z.array(savedView) },
  // The agency's convention workflow: drafts, signature, avenants, events, dénonciation.
  ...conventionChannels,
  // The instruction form: the proposed aid rate, an employer or employee of the registry in full.
  ...instructChannels,
  // Printed documents (convention, dénonciation letter) as PDF files.
  ...documentChannels,
  // Spreadsheet exports: any list as a CSV file.
  ...exportChannels(conventionListFilters),
  // The convention package of one employer (agency → employer).
  ...packageChannels,
  // The exchange settings (lines per lot, days before a lot without return is signalled).
  ...exchangeSettingsChannels,
  // The Échanges screen: lots and lines, export, download, import, correction of a rejected line.
  ...exchangesChannels,
  // The employer's proofs of activity: a convention's periods, months recorded and checked, the signed PDF, the proof file.
  ...activityChannels,
  // The employer's « Aides » screen: expected aid beside payments received, exempted base, « Et si… ».
  ...aidsChannels,
  // The employer workspace: its profile and establishments, its staff roster and each person's timeline.
  ...employerChannels,
  // The employer's obligations across its conventions, due dates first, with the action that does each one.
  ...obligationChannels,
  // The backups of the open workspace: list, « Sauvegarder maintenant », number kept, restore of a listed backup.
  ...backupChannels,
  // Retention: conventions ended more than N years ago, the years setting, « Archiver puis supprimer » (encrypted archive).
  ...retentionChannels,
  // Local accounts (off until the first one is created in Paramètres): sign-in, sign-out, accounts, lock after inactivity.
  ...accountsChannels,
} as const;

export type Channel = keyof typeof channels;
export const CHANNEL_NAMES = Object.keys(channels) as Channel[];
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<(typeof channels)[C]['output']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

/** Events pushed from the services to the renderer (`on(event, cb)`). */
const events = {
  'workspace.changed': workspaceState,
  // Long work under way (issue #16): how far it is, shown by the layout's progress bar.
  'task.progress': z.object({
    task: z.enum(['export', 'import', 'check', 'demo']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

/** What the preload exposes as `window.cae`, and what the browser-mode client implements. */
export interface CaeApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiReplyOf<C>>;
  on<E extends EventName>(event: E, callback: (payload: EventPayload<E>) => void): () => void;
}
export type ApiReplyOf<C extends Channel> = ApiReply<ChannelOutput<C>>;
