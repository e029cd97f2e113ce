/**
 * The channels the instruction form needs beyond the lists: the aid rate of
 * the arrêté préfectoral in force, and an employer or employee of the
 * registry in full (to fill the form), spread into the contract's `channels`.
 */
import { z } from 'zod';
import { CONVENTION_STATUSES } from '../domain/enums';
import { COLLECTORS, EMPLOYER_STATUSES, MEASURES } from '../rules/vocabulary';
import { EDUCATION_LEVELS } from '../rules/document/schema';

const isoDate = z.iso.date({ error: 'date attendue au format AAAA-MM-JJ' });
const registryId = z.number({ error: 'identifiant attendu' }).int().positive();

const aidRateProposal = z.object({ ratePercent: z.string(), reference: z.string(), validFrom: isoDate, validTo: isoDate.nullable() }).nullable();
export type AidRateProposal = z.infer<typeof aidRateProposal>;

export const instructChannels = {
  'settings.proposeAidRate': {
    input: z
      .object({
        measure: z.enum(MEASURES, { error: 'mesure attendue : CAE, CAV ou CAE_DOM' }),
        department: z.string().trim().min(2).max(3),
        date: isoDate,
        employerStatus: z.enum(EMPLOYER_STATUSES).optional(),
      })
      .strict(),
    output: aidRateProposal,
  },
  'employers.get': {
    input: z.object({ id: registryId }).strict(),
    output: z.object({
      id: z.number().int(),
      siret: z.string(),
      name: z.string(),
      address: z.string().nullable(),
      status: z.enum(EMPLOYER_STATUSES),
      collector: z.enum(COLLECTORS),
      /** The collector's name when `collector` is AUTRE. */
      collectorOther: z.string().nullable(),
      iban: z.string().nullable(),
    }),
  },
  /** The agency instructing a convention needs the beneficiary's NIR: each reading is logged. */
  'employees.get': {
    input: z.object({ id: registryId }).strict(),
    output: z.object({
      id: z.number().int(),
      civility: z.enum(['M', 'MME', 'MLLE']),
      lastName: z.string(),
      birthName: z.string().nullable(),
      firstNames: z.string(),
      birthDate: isoDate,
      birthPlace: z.string().nullable(),
      birthDepartment: z.string().nullable(),
      nationality: z.string().nullable(),
      nir: z.string().nullable(),
      educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
      conventions: z.array(
        z.object({
          id: z.number().int(),
          number: z.string(),
          measure: z.enum(MEASURES),
          status: z.enum(CONVENTION_STATUSES),
          startsOn: isoDate,
          endsOn: isoDate.nullable(),
        }),
      ),
    }),
  },
} as const;
