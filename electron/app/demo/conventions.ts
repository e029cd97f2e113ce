/**
 * One demo convention with its beneficiary, versions (initial, renewal),
 * status timeline and events, consistent with the demo's reference date.
 */
import type { Faker } from '@faker-js/faker';
import { LocalDate } from '@js-joda/core';
import type { ConventionStatus } from '../../../shared/domain/enums';
import type { Measure } from '../../../shared/rules/vocabulary';
import { formatConventionNumber } from '../../../shared/domain/numbering';
import type { ConventionDocument, ConventionEvent } from '../../../shared/rules/index';
import type { Db } from '../../db/connection';
import { insertConvention, insertEvent, insertStatusChanges, type NewEvent } from '../../db/repositories/conventions/writes';
import { insertEmployee } from '../../db/repositories/employees';
import { insertVersion } from '../../db/repositories/versions/writes';
import { writeAidPayments } from '../../services/aid-payments';
import { demoDocument, type DemoEmployeeBlock, type DemoEmployerBlock } from './documents';
import { makeNir } from './identifiers';

export interface DemoEmployer extends DemoEmployerBlock {
  id: number;
  department: string;
}

export interface DemoConventionInput {
  measure: Measure;
  employer: DemoEmployer;
  orderNumber: number;
  department: string;
  prescriberCode: string;
  reference: string;
  /** A second seeded stream for the documents' extra details (the main stream stays as it was). */
  extra: Faker;
}

const JOBS = [
  ['41121', 'Ouvrier maraîcher'],
  ['61112', "Agent d'entretien des espaces verts"],
  ['33231', 'Aide à domicile'],
  ['22131', 'Animateur socioculturel'],
  ['12111', 'Agent administratif'],
  ['43311', 'Chauffeur livreur'],
  ['21211', 'Agent de restauration'],
  ['33221', 'Auxiliaire de puériculture'],
] as const;

/** Demo pay: 9.00 € an hour, above every SMIC of 2005–2009 (8.03 € to 8.82 €). */
const DEMO_HOURLY_CENTS = 900;

/** The convention's terms drawn from the seeded stream: dates, contract, hours and job. */
interface DemoTerms {
  filed: LocalDate;
  signed: LocalDate;
  hired: LocalDate;
  cdi: boolean;
  months: number;
  /** The initial version's last day (before any renewal). */
  initialEnd: LocalDate;
  weeklyHours: number;
  romeCode: string;
  jobTitle: string;
}

/** What the versions of one demo convention are written from. */
interface DemoVersionsInput {
  conventionId: number;
  terms: DemoTerms;
  employee: DemoEmployeeBlock;
  status: DemoStatus;
  events: DemoEvent[];
  renewed: boolean;
  finalEnd: LocalDate;
  totalAidCents: number | null;
  at: string;
}

/** What one generation has used so far: the NIRs drawn (each once), the employer blocks of documents stored (versions/writes.ts), the actors named. */
export interface DemoDrawn {
  nirs: Set<string>;
  documentParts: Set<string>;
  actors: Set<string>;
}

export function insertDemoConvention(db: Db, faker: Faker, input: DemoConventionInput, drawn: DemoDrawn): number {
  const reference = LocalDate.parse(input.reference);
  const terms = drawDemoTerms(faker, input);
  const at = `${terms.filed.toString()}T09:00:00.000Z`;

  const employee = insertDemoEmployee(db, faker, input, at, drawn.nirs);
  const renewed = input.measure === 'CAE' && terms.months === 6 && terms.initialEnd.isBefore(reference) && faker.datatype.boolean(0.4);
  const finalEnd = renewed ? terms.initialEnd.plusMonths(6) : terms.initialEnd;
  const status = statusOn(faker, reference, terms.signed, terms.hired, finalEnd);
  // Ended early by a rupture or a dénonciation decision on that day: its last day is the day before (as the rules say).
  const ended = status.endedEarly?.minusDays(1).toString() ?? finalEnd.toString();
  const conventionId = insertConvention(db, {
    number: formatConventionNumber(Object.assign({}, input, { filedOn: terms.filed.toString() })),
    measure: input.measure,
    department: input.department,
    prescriberCode: input.prescriberCode,
    orderNumber: input.orderNumber,
    employerId: input.employer.id,
    employeeId: employee.id,
    status: status.final,
    startsOn: terms.hired.toString(),
    endsOn: ended,
    at,
  });
  const totalAidCents = input.measure === 'CAE_DOM' ? faker.helpers.arrayElement([600000, 900000, 1200000]) : null;
  const events = demoEvents(faker, conventionId, terms.hired, status);
  const current = insertDemoVersions(
    db,
    input,
    { conventionId, terms, employee: employee.block, status, events, renewed, finalEnd, totalAidCents, at },
    drawn.documentParts,
  );
  insertStatusChanges(
    db,
    status.timeline.map((change) => ({ conventionId, ...change, actor: 'démonstration', at: `${change.onDate}T09:00:00.000Z` })),
    drawn.actors,
  );
  for (const e of events) insertEvent(db, e.row);
  // The aid it commits, from the rules (the same schedule as a signature in the app), from the document just stored.
  writeAidPayments(db, { id: conventionId, status: status.final, startsOn: terms.hired.toString(), endsOn: ended, document: current, isNew: true });
  return conventionId;
}

/** Draws, in the seeded stream's order, the dates, contract, weekly hours and job of one convention. */
function drawDemoTerms(faker: Faker, input: DemoConventionInput): DemoTerms {
  const filed = LocalDate.of(2005, 3, 1).plusDays(faker.number.int({ min: 0, max: 1670 }));
  const signed = filed.plusDays(faker.number.int({ min: 1, max: 10 }));
  const hired = signed.plusDays(faker.number.int({ min: 0, max: 10 }));
  const cdi = input.measure === 'CAE_DOM' && faker.datatype.boolean(0.4);
  const months =
    input.measure === 'CAE' ? faker.helpers.arrayElement([6, 6, 9, 12]) : input.measure === 'CAV' ? 24 : cdi ? 24 : faker.helpers.arrayElement([12, 18, 24]);
  const weeklyHours = input.measure === 'CAV' ? 26 : input.measure === 'CAE' ? faker.helpers.arrayElement([20, 20, 24, 26, 30, 35]) : 35;
  const [romeCode, jobTitle] = faker.helpers.arrayElement(JOBS);
  return { filed, signed, hired, cdi, months, initialEnd: hired.plusMonths(months).minusDays(1), weeklyHours, romeCode, jobTitle };
}

/**
 * The initial version and, when renewed, its renewal: each stores its full
 * document with the facts reported during it. Returns the current version's
 * document as stored (without the NIR, kept in `employees` only).
 */
function insertDemoVersions(db: Db, input: DemoConventionInput, v: DemoVersionsInput, documentParts: Set<string>): ConventionDocument {
  const { terms, status, events, renewed } = v;
  const monthlyGrossCents = Math.round((DEMO_HOURLY_CENTS * terms.weeklyHours * 52) / 12);
  const isSigned = status.timeline.some((t) => t.toStatus === 'signee');
  // Each version stores its full document (the snapshot signed), with the facts reported during it.
  // Object.assign, not `{ ...input, … }`: the demo's hot path (eslint.config.js, hotPathShapes).
  const document = demoDocument(
    input.extra,
    Object.assign({}, input, {
      employee: v.employee,
      filed: terms.filed,
      signed: isSigned ? terms.signed : null,
      hired: terms.hired,
      initialEnd: terms.cdi ? null : terms.initialEnd,
      cdi: terms.cdi,
      weeklyHours: terms.weeklyHours,
      monthlyGrossCents,
      totalAidCents: v.totalAidCents,
      romeCode: terms.romeCode,
      jobTitle: terms.jobTitle,
    }),
  );
  const version = {
    conventionId: v.conventionId,
    employerId: input.employer.id,
    contractType: terms.cdi ? ('CDI' as const) : ('CDD' as const),
    monthlyGrossCents,
    aidRateBp: input.measure === 'CAE' ? 9000 : input.measure === 'CAV' ? 7500 : null,
    totalAidCents: v.totalAidCents,
  };
  const renewalStart = terms.initialEnd.plusDays(1);
  const renewalFiled = renewalStart.minusDays(20);
  const denunciation =
    status.final === 'denoncee' && status.endedEarly
      ? { intentNotifiedOn: status.endedEarly.minusDays(10).toString(), decisionNotifiedOn: status.endedEarly.toString() }
      : undefined;
  const initialEvents = events.filter((e) => !renewed || e.row.occurredOn < renewalFiled.toString()).map((e) => e.doc);
  // Stored as storedJson stores it: the NIR lives in `employees` only.
  const { nir: _nir, ...storedEmployee } = document.employee as Record<string, unknown>;
  const initial: Record<string, unknown> = Object.assign(
    {},
    document,
    { employee: storedEmployee, events: initialEvents },
    renewed || !denunciation ? {} : { denunciation },
  );
  insertVersion(
    db,
    Object.assign({}, version, {
      avenantIndex: 0,
      kind: 'INITIAL' as const,
      filedOn: terms.filed.toString(),
      signedOn: isSigned ? terms.signed.toString() : null,
      startsOn: terms.hired.toString(),
      endsOn: terms.initialEnd.toString(),
      details: initial,
      at: v.at,
    }),
    documentParts,
  );
  if (!renewed) return initial as ConventionDocument;
  const renewal = { from: renewalStart.toString(), to: v.finalEnd.toString(), weeklyHours: null, aidRatePercent: null, requestedOn: renewalFiled.toString() };
  const renewalDoc: Record<string, unknown> = Object.assign(
    {},
    document,
    { employee: storedEmployee, renewals: [renewal], events: events.map((e) => e.doc) },
    denunciation ? { denunciation } : {},
  );
  insertVersion(
    db,
    Object.assign({}, version, {
      avenantIndex: 1,
      kind: 'RENEWAL' as const,
      filedOn: renewalFiled.toString(),
      signedOn: renewalStart.minusDays(10).toString(),
      startsOn: renewalStart.toString(),
      endsOn: v.finalEnd.toString(),
      details: renewalDoc,
      at: `${renewalFiled.toString()}T09:00:00.000Z`,
    }),
    documentParts,
  );
  return renewalDoc as ConventionDocument;
}

function insertDemoEmployee(db: Db, faker: Faker, input: DemoConventionInput, at: string, usedNirs: Set<string>): { id: number; block: DemoEmployeeBlock } {
  const sex = faker.helpers.arrayElement([1, 2] as const);
  const birth = LocalDate.of(faker.number.int({ min: 1950, max: 1988 }), faker.number.int({ min: 1, max: 12 }), faker.number.int({ min: 1, max: 28 }));
  const birthDepartment = input.department === '974' ? '974' : faker.helpers.arrayElement(['69', '69', '42', '01', '38', '75', '2A', '13']);
  const lastName = faker.person.lastName().toUpperCase();
  let commune = faker.number.int({ min: 1, max: 99 });
  let nir: string;
  // A NIR is unique: on the rare collision of made-up numbers, take the next commune.
  do {
    nir = makeNir({ sex, birthDate: birth.toString(), department: birthDepartment, commune: commune++, order: input.orderNumber % 1000 });
  } while (usedNirs.has(nir));
  usedNirs.add(nir);
  const row = {
    nir,
    civility: sex === 1 ? ('M' as const) : faker.helpers.arrayElement(['MME', 'MLLE'] as const),
    lastName,
    birthName: sex === 2 && faker.datatype.boolean(0.3) ? faker.person.lastName().toUpperCase() : null,
    firstNames: faker.person.firstName(sex === 1 ? 'male' : 'female'),
    birthDate: birth.toString(),
    birthPlace: input.department === '974' ? 'Saint-Denis' : faker.location.city(),
    birthDepartment,
    nationality: 'FR',
    educationLevel: faker.helpers.arrayElement(['70', '60', '50', '51', '40'] as const),
    at,
  };
  const { at: _at, ...block } = row;
  return { id: insertEmployee(db, row), block };
}

interface DemoStatus {
  final: ConventionStatus;
  endedEarly: LocalDate | null;
  timeline: { fromStatus: ConventionStatus | null; toStatus: ConventionStatus; onDate: string; reason: string | null }[];
}

function statusOn(faker: Faker, reference: LocalDate, signed: LocalDate, hired: LocalDate, ends: LocalDate): DemoStatus {
  const timeline: DemoStatus['timeline'] = [];
  const step = (to: ConventionStatus, on: LocalDate, reason: string | null = null) =>
    timeline.push({ fromStatus: timeline.at(-1)?.toStatus ?? null, toStatus: to, onDate: on.toString(), reason });
  step('brouillon', signed.minusDays(8));
  if (signed.isAfter(reference)) {
    if (faker.datatype.boolean(0.5)) step('a_signer', signed.minusDays(3));
    return { final: timeline.at(-1)!.toStatus, endedEarly: null, timeline };
  }
  step('a_signer', signed.minusDays(3));
  step('signee', signed);
  if (hired.isAfter(reference)) return { final: 'signee', endedEarly: null, timeline };
  step('en_cours', hired);
  const early = faker.number.float({ min: 0, max: 1 });
  const lastDay = ends.isBefore(reference) ? ends : reference;
  const span = lastDay.toEpochDay() - hired.toEpochDay();
  if (early < 0.07 && span > 40) {
    const on = hired.plusDays(faker.number.int({ min: 30, max: span }));
    const denounced = early < 0.01;
    step(denounced ? 'denoncee' : 'resiliee', on, denounced ? 'Engagements de formation non respectés' : 'Rupture du contrat de travail');
    return { final: timeline.at(-1)!.toStatus, endedEarly: on, timeline };
  }
  if (ends.isBefore(reference)) step('terminee', ends.plusDays(1));
  return { final: timeline.at(-1)!.toStatus, endedEarly: null, timeline };
}

interface DemoEvent {
  row: NewEvent;
  doc: ConventionEvent;
}

function demoEvents(faker: Faker, conventionId: number, hired: LocalDate, status: DemoStatus): DemoEvent[] {
  const events: DemoEvent[] = [];
  if (status.final === 'resiliee' && status.endedEarly) {
    const on = status.endedEarly;
    const reason = faker.helpers.arrayElement(['NEW_CDI', 'NEW_CDD_6M', 'QUALIFYING_TRAINING'] as const);
    // Most ruptures are reported within 7 jours francs; a few late.
    const reportedOn = on.plusDays(faker.helpers.arrayElement([2, 4, 6, 12])).toString();
    events.push({
      row: {
        conventionId,
        endsOn: null,
        paid: null,
        newEmployerId: null,
        kind: 'RUPTURE',
        occurredOn: on.toString(),
        initiative: 'EMPLOYEE',
        reason,
        reportedOn,
        at: `${on.toString()}T09:00:00.000Z`,
      },
      doc: { kind: 'RUPTURE', on: on.toString(), initiative: 'EMPLOYEE', reason, reportedOn },
    });
  }
  if (status.timeline.some((t) => t.toStatus === 'en_cours') && faker.datatype.boolean(0.1)) {
    const from = hired.plusDays(faker.number.int({ min: 20, max: 90 }));
    const to = from.plusDays(faker.number.int({ min: 7, max: 40 })).toString();
    const reason = faker.helpers.arrayElement(['ILLNESS', 'MATERNITY', 'WORK_ACCIDENT'] as const);
    const reportedOn = from.plusDays(faker.helpers.arrayElement([1, 3, 5])).toString();
    events.push({
      row: {
        conventionId,
        initiative: null,
        newEmployerId: null,
        kind: 'SUSPENSION',
        occurredOn: from.toString(),
        endsOn: to,
        reason,
        paid: false,
        reportedOn,
        at: `${from.toString()}T09:00:00.000Z`,
      },
      doc: { kind: 'SUSPENSION', from: from.toString(), to, reason, paid: false, reportedOn },
    });
  }
  return events;
}
