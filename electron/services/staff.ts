/**
 * The employer's staff roster (« Personnel »): each person on an aided
 * contract with their conventions and where they stand on the workspace's
 * day (shared/domain/staff.ts), and one person's timeline built from the
 * stored versions and facts of their conventions (shared/domain/staff-timeline.ts).
 * The NIR is shown masked.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput } from '../../shared/api/contract';
import type { StaffPerson } from '../../shared/api/employer-contract';
import { AppError } from '../../shared/api/result';
import { staffState } from '../../shared/domain/staff';
import { buildStaffTimeline } from '../../shared/domain/staff-timeline';
import { maskNir } from '../../shared/format/nir';
import { weeklyHoursOn, type ConventionDocument } from '../../shared/rules/index';
import { staffConventions, type StaffConventionRow } from '../db/repositories/staff';
import { versionDocument } from '../db/repositories/versions/documents';
import { getConvention, type ServiceContext } from './conventions/index';

/** Hours in force on the day, or on the convention's first or last day outside it. */
function hoursOf(db: Database, row: StaffConventionRow, today: string): number | null {
  const day = today < row.startsOn ? row.startsOn : row.endsOn !== null && today > row.endsOn ? row.endsOn : today;
  return weeklyHoursOn(versionDocument(db, row.latestDocument, null) as ConventionDocument, day) ?? null;
}

function people(db: Database, rows: StaffConventionRow[], today: string): StaffPerson[] {
  const byPerson = new Map<number, StaffConventionRow[]>();
  for (const r of rows) byPerson.set(r.employeeId, [...(byPerson.get(r.employeeId) ?? []), r]);
  return [...byPerson.values()].map((list) => {
    const first = list[0]!;
    return {
      id: first.employeeId,
      fullName: `${first.lastName} ${first.firstNames}`,
      nirMasked: maskNir(first.nir),
      birthDate: first.birthDate,
      state: staffState(
        list.map((r) => ({ status: r.status, startsOn: r.startsOn, endsOn: r.endsOn, suspended: r.suspended === 1 })),
        today,
      ),
      conventions: list.map((r) => ({
        id: r.conventionId,
        number: r.number,
        measure: r.measure,
        status: r.status,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        weeklyHours: hoursOf(db, r, today),
        establishment: r.establishment,
      })),
    };
  });
}

export function staffList(sc: ServiceContext, today: string): ChannelOutput<'staff.list'> {
  return { today, items: people(sc.db, staffConventions(sc.db, today), today) };
}

export function staffMember(sc: ServiceContext, employeeId: number, today: string): ChannelOutput<'staff.get'> {
  const person = people(sc.db, staffConventions(sc.db, today, employeeId), today)[0];
  if (!person) throw new AppError('NOT_FOUND', `Aucune personne n° ${employeeId} sous convention dans cet espace.`);
  const views = person.conventions.map((c) => getConvention(sc, c.id));
  return { today, person, timeline: buildStaffTimeline(views, today) };
}
