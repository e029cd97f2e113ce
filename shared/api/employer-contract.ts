/**
 * The employer workspace's own channels, spread into the contract's
 * `channels`: its profile (organisation, collector, bank account, the person
 * who signs) and its establishments (one SIRET each), then its staff roster
 * and each person's timeline. The identifiers are checked with the rules
 * package's own checks (SIRET and SIREN keys, SEPA IBAN).
 */
import { z } from 'zod';
import { CONVENTION_STATUSES } from '../domain/enums';
import { STAFF_STATES } from '../domain/staff';
import { TIMELINE_KINDS } from '../domain/staff-timeline';
import { isValidSepaIban, isValidSiret } from '../rules/index';
import { COLLECTORS, EMPLOYER_STATUSES, MEASURES } from '../rules/vocabulary';

const isoDate = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const id = (what: string) =>
  z
    .number({ error: `identifiant ${what} attendu` })
    .int({ error: `identifiant ${what} attendu` })
    .positive({ error: `identifiant ${what} attendu` });
const noInput = z.object({}).strict();
const required = (what: string, max = 120) =>
  z
    .string({ error: `${what} attendu` })
    .trim()
    .min(1, { error: `${what} obligatoire` })
    .max(max, { error: `${what} : ${max} caractères au plus` });
const optionalText = (what: string, max = 200) =>
  z
    .string({ error: `${what} attendu` })
    .trim()
    .max(max, { error: `${what} : ${max} caractères au plus` })
    .optional();
const compact = (s: string) => s.replace(/\s/g, '').toUpperCase();

/** An IBAN as typed (spaces allowed), checked by the rules' SEPA check (mod 97; RIB key for a French account). */
const iban = z
  .string({ error: 'IBAN attendu' })
  .transform(compact)
  .pipe(
    z
      .string()
      .regex(/^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$/, { error: 'IBAN attendu : deux lettres du pays, deux chiffres de clé, puis le compte (FR76 …)' })
      .refine(isValidSepaIban, { error: 'IBAN invalide : sa clé ne correspond pas (ou le pays n’est pas de la zone SEPA) ; recopiez-le depuis le RIB' }),
  );

/** The organisation: its name, status, collector (its name when AUTRE), bank account, and the person who signs its documents. */
export const employerProfileInput = z
  .object({
    name: required('nom de l’organisme'),
    status: z.enum(EMPLOYER_STATUSES, { error: 'statut de l’employeur attendu (tableau 1 du formulaire)' }),
    collector: z.enum(COLLECTORS, { error: 'organisme de recouvrement attendu : URSSAF, MSA ou autre' }),
    collectorName: optionalText('nom de l’organisme de recouvrement', 120),
    /** Absent: the IBAN stored is kept (it is shown masked, never sent back to be retyped). */
    iban: iban.optional(),
    signatoryName: required('nom du signataire'),
    signatoryQuality: required('qualité du signataire'),
  })
  .strict()
  // Said even while other fields are still wrong (`when`): the form shows every message at once.
  .refine((value) => value.collector !== 'AUTRE' || !!value.collectorName, {
    path: ['collectorName'],
    error: 'nom de l’organisme de recouvrement obligatoire quand ce n’est ni l’URSSAF ni la MSA',
    when: ({ value }) => typeof value === 'object' && value !== null,
  });

/** An establishment: its SIRET (SIREN and SIRET keys checked), its name and address. */
export const establishmentInput = z
  .object({
    id: id('d’établissement').optional(),
    siret: z
      .string({ error: 'SIRET attendu' })
      .transform(compact)
      .pipe(
        z
          .string()
          .regex(/^\d{14}$/, { error: 'SIRET attendu : 14 chiffres' })
          .refine(isValidSiret, { error: 'SIRET invalide : la clé du SIREN (9 premiers chiffres) ou celle du SIRET ne correspond pas ; vérifiez le numéro' }),
      ),
    name: required('nom de l’établissement'),
    address: optionalText('adresse'),
    postalCode: z
      .string({ error: 'code postal attendu' })
      .trim()
      .regex(/^(\d{5})?$/, { error: 'code postal attendu : 5 chiffres' })
      .optional(),
    city: optionalText('commune', 80),
  })
  .strict();

const profileView = z.object({
  profile: z
    .object({
      name: z.string(),
      status: z.enum(EMPLOYER_STATUSES),
      collector: z.enum(COLLECTORS),
      collectorName: z.string().nullable(),
      /** Masked (shared/format/iban.ts): the account is personal data of the organisation. */
      ibanMasked: z.string().nullable(),
      signatoryName: z.string(),
      signatoryQuality: z.string(),
      updatedAt: z.string(),
    })
    .nullable(),
  establishments: z.array(
    z.object({
      id: z.number().int(),
      siret: z.string(),
      name: z.string(),
      address: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
      conventions: z.number().int(),
    }),
  ),
});
export type ProfileView = z.infer<typeof profileView>;

const staffConvention = z.object({
  id: z.number().int(),
  number: z.string(),
  measure: z.enum(MEASURES),
  status: z.enum(CONVENTION_STATUSES),
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  /** Decimal hours a week in force on the day (or on the convention's last day once ended), null if the document sets none. */
  weeklyHours: z.number().nullable(),
  establishment: z.string(),
});

const staffPerson = z.object({
  id: z.number().int(),
  fullName: z.string(),
  nirMasked: z.string().nullable(),
  birthDate: isoDate,
  state: z.enum(STAFF_STATES),
  conventions: z.array(staffConvention),
});
export type StaffPerson = z.infer<typeof staffPerson>;

const timelineEntry = z.object({
  on: isoDate,
  kind: z.enum(TIMELINE_KINDS),
  title: z.string(),
  details: z.array(z.string()),
  conventionNumber: z.string(),
  done: z.boolean(),
  /** A reported fact's declaration: `documents.eventDeclarationPdf` with `{ kind: 'EVENT', index }`. */
  declaration: z.object({ conventionId: z.number().int(), index: z.number().int() }).optional(),
});

export const employerChannels = {
  'profile.get': { input: noInput, output: profileView },
  'profile.save': { input: employerProfileInput, output: profileView },
  'establishments.save': { input: establishmentInput, output: profileView },
  /** An establishment with the organisation's profile, in full (IBAN unmasked), for the form of a convention entered by hand. */
  'establishments.get': {
    input: z.object({ id: id('d’établissement') }).strict(),
    output: z.object({
      siret: z.string(),
      name: z.string(),
      address: z.string().nullable(),
      status: z.enum(EMPLOYER_STATUSES),
      collector: z.enum(COLLECTORS),
      collectorName: z.string().nullable(),
      iban: z.string().nullable(),
      signatory: z.object({ name: z.string(), quality: z.string() }).nullable(),
    }),
  },
  'staff.list': { input: noInput, output: z.object({ today: isoDate, items: z.array(staffPerson) }) },
  'staff.get': {
    input: z.object({ employeeId: id('de salarié') }).strict(),
    output: z.object({ today: isoDate, person: staffPerson, timeline: z.array(timelineEntry) }),
  },
} as const;
