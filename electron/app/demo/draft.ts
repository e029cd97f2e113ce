/**
 * What a demo workspace holds, drafted from its seed: its employers, its
 * workspace row and reference day, its aid rates and its conventions (each
 * with its beneficiary, versions, statuses, events and expected payments).
 * Only writes: run on the workspace in one thread, or in a worker thread on a
 * RecordingDb whose writes the generating thread runs (draft-in-worker.ts).
 */
import { Faker, base, fr } from '@faker-js/faker';
import type { WorkspaceRole } from '../../../shared/domain/enums';
import type { EmployerStatus, Measure } from '../../../shared/rules/vocabulary';
import type { Db } from '../../db/connection';
import { insertAidRate } from '../../db/repositories/aid-rates';
import { insertEmployer } from '../../db/repositories/employers';
import { insertWorkspace, writeReferenceDate } from '../../db/repositories/workspace';
import { useSeededNirKey } from '../../db/nir-digest';
import { makeFrenchIban, makeSiret } from './identifiers';
import { insertDemoConvention, type DemoEmployer } from './conventions';
import { insertDemoProfile } from './profile';

/** The demo is seen from this day: conventions around it are running, ending, or to be signed. */
export const DEMO_REFERENCE_DATE = '2009-06-15';

/** What a draft is made from (the same for the same values). */
export interface DraftOptions {
  role: WorkspaceRole;
  conventions: number;
  seed: number;
}

/** What the rest of the generation needs from a draft: its conventions' ids, in order, and the first employer's name. */
export interface DraftedDemo {
  conventionIds: number[];
  ownName: string;
}

const METRO = { department: '69', prescriberCode: '69012' };
const OVERSEAS = { department: '974', prescriberCode: '97401' };

/** Employer categories of the public and non-profit sector (Tableau 1 of form CAE-0515), weighted. */
const PUBLIC_STATUSES: { value: EmployerStatus; weight: number }[] = [
  { value: 'ASSOCIATION', weight: 50 },
  { value: '10', weight: 20 },
  { value: '11', weight: 5 },
  { value: '70', weight: 10 },
  { value: '80', weight: 5 },
  { value: 'PUBLIC_SERVICE_BODY', weight: 5 },
  { value: 'OTHER_PUBLIC_BODY', weight: 5 },
];

/** `onConvention(done)` after each convention drafted, `onEmployer(done)` after each employer (all come before the conventions). */
export function draftDemo(db: Db, options: DraftOptions, onConvention?: (done: number) => void, onEmployer?: (done: number) => void): DraftedDemo {
  // A demo's NIR hashes use a key derived from its seed: one seed, one database.
  useSeededNirKey(db, options.seed);
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(options.seed);
  // The documents' extra details draw from their own stream: the rest of the demo is unchanged by them.
  const extra = new Faker({ locale: [fr, base] });
  extra.seed([options.seed, 2]);
  const stamp = `${DEMO_REFERENCE_DATE}T08:00:00.000Z`;

  const employers = createEmployers(db, faker, options, stamp, onEmployer);
  const own = employers[0]!;
  insertWorkspace(db, {
    role: options.role,
    name: options.role === 'agence' ? 'ALE de Lyon Part-Dieu (démonstration)' : `${own.name} (démonstration)`,
    department: METRO.department,
    agencyCode: options.role === 'agence' ? METRO.prescriberCode : null,
    isDemo: true,
    createdAt: stamp,
  });
  writeReferenceDate(db, DEMO_REFERENCE_DATE);
  // An employer's own profile: its organisation and the person who signs its documents.
  if (options.role === 'employeur') insertDemoProfile(db, own, stamp, options.seed);
  insertDemoAidRates(db);

  const metroEmployers = employers.filter((e) => e.department !== OVERSEAS.department);
  const overseasEmployers = employers.filter((e) => e.department === OVERSEAS.department);
  const conventionIds: number[] = [];
  const drawn = { nirs: new Set<string>(), documentParts: new Set<string>(), actors: new Set<string>() };
  for (let i = 0; i < options.conventions; i++) {
    const measure: Measure =
      options.role === 'employeur'
        ? faker.helpers.weightedArrayElement([
            { value: 'CAE', weight: 3 },
            { value: 'CAV', weight: 1 },
          ])
        : faker.helpers.weightedArrayElement([
            { value: 'CAE', weight: 60 },
            { value: 'CAV', weight: 25 },
            { value: 'CAE_DOM', weight: 15 },
          ]);
    const place = measure === 'CAE_DOM' ? OVERSEAS : METRO;
    const employer = options.role === 'employeur' ? own : faker.helpers.arrayElement(measure === 'CAE_DOM' ? overseasEmployers : metroEmployers);
    conventionIds.push(insertDemoConvention(db, faker, { measure, employer, orderNumber: i + 1, ...place, reference: DEMO_REFERENCE_DATE, extra }, drawn));
    onConvention?.(i + 1);
  }
  return { conventionIds, ownName: own.name };
}

function createEmployers(db: Db, faker: Faker, options: DraftOptions, at: string, onEmployer?: (done: number) => void): DemoEmployer[] {
  const count = options.role === 'employeur' ? 1 : Math.max(4, Math.round(options.conventions / 6));
  const employers: DemoEmployer[] = [];
  const sirets = new Set<string>();
  for (let i = 0; i < count; i++) {
    // One employer in seven is an overseas company (CAE-DOM is open to companies); the first is always metropolitan.
    const overseas = options.role === 'agence' && i % 7 === 3;
    const status: EmployerStatus = overseas ? 'COMPANY' : faker.helpers.weightedArrayElement(PUBLIC_STATUSES);
    let siret: string;
    do {
      siret = makeSiret(faker.string.numeric({ length: 8, allowLeadingZeros: false }), faker.string.numeric(4));
    } while (siret.startsWith('356000000') || sirets.has(siret));
    sirets.add(siret);
    const city = overseas ? faker.helpers.arrayElement(['Saint-Denis', 'Saint-Pierre', 'Le Port', 'Saint-Paul']) : 'Lyon';
    const name = employerName(faker, status, city);
    const department = overseas ? OVERSEAS.department : METRO.department;
    const row = {
      siret,
      name,
      status,
      collector: faker.helpers.weightedArrayElement([
        { value: 'URSSAF' as const, weight: 9 },
        { value: 'MSA' as const, weight: 1 },
      ]),
      collectorOther: null,
      address: faker.location.streetAddress(),
      postalCode: overseas ? `974${faker.string.numeric(2)}` : `6900${faker.number.int({ min: 1, max: 9 })}`,
      city,
      department,
      iban: makeFrenchIban(faker.string.numeric(5), faker.string.numeric(5), faker.string.numeric(11)),
      at,
    };
    const id = insertEmployer(db, row);
    // The employer block of the demo documents (form CAE-0515, « L'employeur »).
    employers.push({ id, name, status, department, siret, collector: row.collector, address: `${row.address}, ${row.postalCode} ${city}`, iban: row.iban });
    onEmployer?.(i + 1);
  }
  return employers;
}

function employerName(faker: Faker, status: EmployerStatus, city: string): string {
  const last = faker.person.lastName();
  switch (status) {
    case 'ASSOCIATION':
      return `Association ${faker.helpers.arrayElement(['Les Jardins de', 'Entraide', 'Solidarité', 'Lire et faire lire à', 'Culture et loisirs de'])} ${faker.location.city()}`;
    case '10':
      return `Commune de ${faker.location.city()}`;
    case '11':
      return `Communauté de communes du ${faker.helpers.arrayElement(['Val de Saône', 'Pays mornantais', 'Beaujolais', 'Haut-Lyonnais'])}`;
    case '70':
      return `${faker.helpers.arrayElement(['Lycée', 'Collège'])} ${faker.person.firstName()} ${last}`;
    case '80':
      return `Centre hospitalier de ${faker.location.city()}`;
    case 'PUBLIC_SERVICE_BODY':
      return `Office public de l'habitat de ${city}`;
    case 'OTHER_PUBLIC_BODY':
      return `Centre communal d'action sociale de ${faker.location.city()}`;
    default:
      return `${faker.helpers.arrayElement(['SARL', 'SAS', 'EURL'])} ${last} ${faker.helpers.arrayElement(['Services', 'Transports', 'Bâtiment', 'Distribution'])}`;
  }
}

/** Arrêtés préfectoraux of the demo: one rate a year per department and measure. */
function insertDemoAidRates(db: Db): void {
  for (let year = 2005; year <= 2009; year++) {
    // The CAE-DOM aid is a lump sum per convention, not a rate: no row for it.
    for (const [measure, department, rateBp] of [
      ['CAE', '69', 9000],
      ['CAE', '974', 9500],
    ] as const) {
      insertAidRate(db, {
        measure,
        department,
        employerCategory: null,
        rateBp,
        validFrom: `${year}-01-01`,
        validTo: `${year}-12-31`,
        reference: `Arrêté préfectoral n° ${year}-${department}-CAE (démonstration)`,
      });
    }
  }
}
