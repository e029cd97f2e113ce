/**
 * The employer demo's profile (Établissements): its organisation, collector
 * and bank account as its establishment carries them, and the person who
 * signs its documents, drawn from a seeded stream of its own so the rest of
 * the demo is unchanged by it.
 */
import { Faker, base, fr } from '@faker-js/faker';
import type { EmployerStatus } from '../../../shared/rules/vocabulary';
import type { Db } from '../../db/connection';
import { putEmployerProfile } from '../../db/repositories/employer-profile';
import type { DemoEmployer } from './conventions';

/** The signatory's quality by the employer's status, in the feminine and the masculine. */
const QUALITIES: Partial<Record<EmployerStatus, readonly (readonly [female: string, male: string])[]>> = {
  ASSOCIATION: [
    ['Présidente', 'Président'],
    ['Directrice', 'Directeur'],
  ],
  '10': [
    ['Maire', 'Maire'],
    ['Adjointe au maire', 'Adjoint au maire'],
  ],
  '11': [['Présidente', 'Président']],
  '70': [
    ['Proviseure', 'Proviseur'],
    ['Principale', 'Principal'],
  ],
  '80': [['Directrice', 'Directeur']],
};

export function insertDemoProfile(db: Db, own: DemoEmployer, at: string, seed: number): void {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed([seed, 3]);
  const sex = faker.person.sexType();
  const [female, male] = faker.helpers.arrayElement(QUALITIES[own.status] ?? [['Directrice', 'Directeur']]);
  putEmployerProfile(db, {
    name: own.name,
    status: own.status,
    collector: own.collector,
    collectorName: null,
    iban: own.iban,
    signatoryName: `${faker.person.firstName(sex)} ${faker.person.lastName().toUpperCase()}`,
    signatoryQuality: sex === 'female' ? female : male,
    updatedAt: at,
  });
}
