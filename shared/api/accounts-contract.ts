/**
 * Local accounts, spread into the contract's `channels`: switched on per
 * workspace by creating the first account (an administrateur) in Paramètres;
 * from then on the workspace asks for sign-in. Passwords go in, never out:
 * no channel returns a password or its hash.
 */
import { z } from 'zod';

export const ACCOUNT_ROLES = ['administrateur', 'instructeur', 'lecture'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export const ACCOUNT_ROLE_LABELS: Record<AccountRole, string> = { administrateur: 'Administrateur', instructeur: 'Instructeur', lecture: 'Lecture seule' };

export const PASSWORD_MIN_LENGTH = 12;
export const LOCK_MINUTES_RANGE = { min: 1, max: 240 } as const;

const login = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, { error: 'identifiant attendu : 2 à 40 lettres sans accent, chiffres, points, tirets' });
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `mot de passe trop court (${PASSWORD_MIN_LENGTH} caractères au moins)` })
  .max(200, { error: 'mot de passe limité à 200 caractères' });

const signedIn = z.object({ login: z.string(), displayName: z.string(), role: z.enum(ACCOUNT_ROLES) });
const accountsStatus = z.object({
  /** True once the workspace has an account: sign-in is then required. */
  enabled: z.boolean(),
  signedIn: signedIn.nullable(),
  lockMinutes: z.number().int(),
});
export type AccountsStatus = z.infer<typeof accountsStatus>;

const accountList = z.array(z.object({ login: z.string(), displayName: z.string(), role: z.enum(ACCOUNT_ROLES), locked: z.boolean() }));

export const accountsChannels = {
  'accounts.status': { input: z.object({}).strict(), output: accountsStatus },
  'accounts.signIn': {
    input: z.object({ login, password: z.string().min(1, { error: 'mot de passe obligatoire' }).max(200) }).strict(),
    output: accountsStatus,
  },
  'accounts.signOut': { input: z.object({}).strict(), output: accountsStatus },
  'accounts.list': { input: z.object({}).strict(), output: accountList },
  'accounts.create': {
    input: z
      .object({
        login,
        displayName: z.string().trim().min(2, { error: 'nom affiché trop court (2 caractères au moins)' }).max(120),
        role: z.enum(ACCOUNT_ROLES, { error: 'rôle attendu : administrateur, instructeur ou lecture seule' }),
        password,
      })
      .strict(),
    output: accountsStatus,
  },
  'accounts.resetPassword': { input: z.object({ login, password }).strict(), output: accountList },
  'accounts.saveSettings': {
    input: z
      .object({
        lockMinutes: z
          .number({ error: 'nombre de minutes attendu' })
          .int({ error: 'nombre entier de minutes attendu' })
          .min(LOCK_MINUTES_RANGE.min, { error: `au moins ${LOCK_MINUTES_RANGE.min} minute` })
          .max(LOCK_MINUTES_RANGE.max, { error: `au plus ${LOCK_MINUTES_RANGE.max} minutes` }),
      })
      .strict(),
    output: accountsStatus,
  },
} as const;
