/**
 * The demo workspace: realistic fictitious data (made-up people, employers
 * and conventions of 2005–2009), the same for the same seed, so a demo can be
 * shown, tested and benchmarked reproducibly. Written in one transaction.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { Faker, base, fr } from '@faker-js/faker';
import { LocalDate } from '@js-joda/core';
import { isSigned, type WorkspaceRole } from '../../../shared/domain/enums';
import { findConvention } from '../../db/repositories/conventions/read';
import type { EmployerStatus, Measure } from '../../../shared/rules/vocabulary';
import { checkpoint, inTransaction, openDatabase, type Db, type OpenOptions } from '../../db/connection';
import { insertLot, insertLotLine } from '../../db/repositories/exchanges/lots';
import { insertAidRate } from '../../db/repositories/aid-rates';
import { insertEmployer } from '../../db/repositories/employers';
import { insertWorkspace, writeReferenceDate } from '../../db/repositories/workspace';
import { makeFrenchIban, makeSiret } from './identifiers';
import { insertDemoConvention, type DemoEmployer } from './conventions';
import { insertDemoProfile } from './profile';
import { insertDemoReceivedPayments } from './payments';
import { insertDemoActivity } from './activity';
import { exchangeFileName } from '../../sync/files';
import { useSeededNirKey } from '../../db/nir-digest';
import { stampClosed } from '../../db/clean-close';
import { withIndexesBuiltAfter } from '../../db/indexes-built-after';
import { withSearchBuiltAfter } from '../../db/search-built-after';

const DEMO_DEFAULTS = { conventions: 300, seed: 1 } as const;

/** An agency instructs hundreds of conventions; an employer follows a few dozen staff. */
export function demoDefaults(role: WorkspaceRole): { conventions: number; seed: number } {
  return { conventions: role === 'employeur' ? 40 : DEMO_DEFAULTS.conventions, seed: DEMO_DEFAULTS.seed };
}

/** The demo is seen from this day: conventions around it are running, ending, or to be signed. */
export const DEMO_REFERENCE_DATE = '2009-06-15';

export interface DemoOptions {
  file: string;
  role: WorkspaceRole;
  conventions: number;
  seed: number;
  openOptions?: OpenOptions;
  /** Called every PROGRESS_STEP conventions written, and once when the workspace is in place (done = total). */
  onProgress?: (done: number, total: number) => void;
  /** Conventions between two progress calls (PROGRESS_STEP by default). */
  progressEvery?: number;
}

/** How often generation reports its progress, in conventions. */
const PROGRESS_STEP = 10_000;

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

export function generateDemoWorkspace(options: DemoOptions): void {
  // Written beside the target, then renamed: a crash mid-generation leaves no half demo.
  const partial = `${options.file}.partial`;
  fs.rmSync(partial, { force: true });
  fs.rmSync(`${partial}-wal`, { force: true });
  fs.rmSync(`${partial}-shm`, { force: true });
  const db = openDatabase(partial, options.openOptions);
  try {
    inTransaction(db, () => {
      useSeededNirKey(db, options.seed);
      // The indexes of the conventions (for the list's sorts and filters), of the people (names, NIR hashes) and of the versions
      // (by employer, renewals), and the search entries, made once at the end (docs/performance.md).
      withIndexesBuiltAfter(db, ['conventions', 'employees', 'convention_versions'], () => withSearchBuiltAfter(db, () => fill(db, options)));
    });
    checkpoint(db);
  } finally {
    db.close();
  }
  fs.rmSync(`${options.file}-wal`, { force: true });
  fs.rmSync(`${options.file}-shm`, { force: true });
  fs.renameSync(partial, options.file);
  // Generated whole and checkpointed: its first opening need not read it all again (clean-close.ts).
  stampClosed(options.file);
  options.onProgress?.(options.conventions, options.conventions);
}

function fill(db: Db, options: DemoOptions): void {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(options.seed);
  // The documents' extra details draw from their own stream: the rest of the demo is unchanged by them.
  const extra = new Faker({ locale: [fr, base] });
  extra.seed([options.seed, 2]);
  const stamp = `${DEMO_REFERENCE_DATE}T08:00:00.000Z`;

  const employers = createEmployers(db, faker, options, stamp);
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
  const usedNirs = new Set<string>();
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
    conventionIds.push(insertDemoConvention(db, faker, { measure, employer, orderNumber: i + 1, ...place, reference: DEMO_REFERENCE_DATE, extra }, usedNirs));
    if ((i + 1) % (options.progressEvery ?? PROGRESS_STEP) === 0 && i + 1 < options.conventions) options.onProgress?.(i + 1, options.conventions);
  }
  // The agency sends its conventions to the payment organisation; an employer's lots carry only its own declarations.
  if (options.role === 'agence') insertDemoLots(db, conventionIds);
  // The employer typed the payment notices received, one of them short (the « Aides » screen explains it).
  else {
    insertDemoReceivedPayments(db, DEMO_REFERENCE_DATE, stamp, `${own.name} (démonstration)`);
    // The quarters declared so far, one forgotten here and there, the latest still to declare.
    insertDemoActivity(db, DEMO_REFERENCE_DATE, `${own.name} (démonstration)`);
  }
}

function createEmployers(db: Db, faker: Faker, options: DemoOptions, at: string): DemoEmployer[] {
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

/** Monthly lots to the payment organisation: the older ones answered, the last one still waiting. */
function insertDemoLots(db: Db, allIds: number[]): void {
  // Only signed conventions go to the payment organisation (as `cae export` does): never a draft or one still to sign.
  // The first signed ones are enough: reading every convention again to pick them cost seconds at 200,000.
  const perLot = 40;
  const mostLots = 6;
  const conventionIds: number[] = [];
  for (const id of allIds) {
    if (conventionIds.length === mostLots * perLot) break;
    if (isSigned(findConvention(db, id)!.status)) conventionIds.push(id);
  }
  const lots = Math.min(mostLots, Math.ceil(conventionIds.length / perLot));
  const first = LocalDate.parse(DEMO_REFERENCE_DATE).withDayOfMonth(1).minusMonths(lots);
  for (let i = 0; i < lots; i++) {
    const day = first.plusMonths(i + 1).toString();
    const ids = conventionIds.slice(i * perLot, (i + 1) * perLot);
    const fileName = exchangeFileName('outbound-lot', '69012', i + 1, `${day}T08:00:00Z`);
    const lotId = insertLot(db, {
      direction: 'OUT',
      kind: 'outbound-lot',
      emitter: '69012',
      recipient: 'CNASEA',
      sequence: i + 1,
      fileName,
      sha256: createHash('sha256').update(fileName).digest('hex'),
      status: i === lots - 1 ? 'sent' : i === 1 ? 'partly_rejected' : 'accepted',
      createdAt: `${day}T08:00:00.000Z`,
      sentAt: `${day}T08:05:00.000Z`,
      acknowledgedAt:
        i === lots - 1
          ? null
          : `${first
              .plusMonths(i + 1)
              .plusDays(9)
              .toString()}T10:00:00.000Z`,
    });
    ids.forEach((conventionId, n) =>
      // The last lot still waits for its return file: its lines are sent, not yet answered.
      insertLotLine(db, {
        lotId,
        lineNo: n + 1,
        conventionId,
        recordKind: 'CONVENTION',
        status: i === lots - 1 ? 'sent' : i === 1 && n === 3 ? 'rejected' : 'accepted',
      }),
    );
  }
}
