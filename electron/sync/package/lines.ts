/**
 * One `CONVENTION_FILE` line of a convention package, read from the agency's
 * database: the convention, both parties (NIR included), every version with
 * its full document (the NIR put back), the events, the status history and
 * the decided dénonciation. Pure reads; the caller checks the result against
 * the schema.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { listStatusChanges } from '../../db/repositories/conventions/read';
import {
  decidedDenunciationOf,
  employeeById,
  employerBySiret,
  eventsOf,
  versionsOf,
  type PackageConventionRow,
  type PackageEmployerRow,
} from '../../db/repositories/exchanges/package-read';
import { versionDocument } from '../../db/repositories/versions/documents';
import type { PackageDenunciation, PackageEmployer } from '../schemas';

/** What a line holds before validation (`lineNo` given by the caller). */
export type PackageLineDraft = Record<string, unknown> & { conventionNumber: string };

function employerOf(row: PackageEmployerRow): PackageEmployer {
  const { id: _id, ...rest } = row;
  return rest;
}

function denunciationOf(db: Database, conventionId: number): PackageDenunciation | null {
  const d = decidedDenunciationOf(db, conventionId);
  if (!d?.decision || !d.decisionNotifiedOn) return null;
  const { id: _id, conventionId: _conventionId, decision, decisionNotifiedOn, ...rest } = d;
  return decision === 'DENOUNCED'
    ? { ...rest, decision, decisionNotifiedOn }
    : { ...rest, decision, decisionNotifiedOn, paymentOrganisationInformedOn: null, collectorInformedOn: null };
}

export function packageLineOf(db: Database, c: PackageConventionRow, lineNo: number): PackageLineDraft {
  const employee = employeeById(db, c.employeeId);
  if (!employee) throw new Error(`convention ${c.number} : salarié n° ${c.employeeId} introuvable`);
  const versions = versionsOf(db, c.id);
  const events = eventsOf(db, c.id);
  const others = new Set<string>([...versions.map((v) => v.employerSiret), ...events.flatMap((e) => (e.newEmployerSiret ? [e.newEmployerSiret] : []))]);
  others.delete(c.employerSiret);
  const employer = employerBySiret(db, c.employerSiret)!;
  const { id: _employeeId, ...person } = employee;
  return {
    lineNo,
    record: 'CONVENTION_FILE',
    conventionNumber: c.number,
    measure: c.measure,
    department: c.department,
    prescriberCode: c.prescriberCode,
    orderNumber: c.orderNumber,
    status: c.status,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    employer: employerOf(employer),
    otherEmployers: [...others].sort().map((siret) => employerOf(employerBySiret(db, siret)!)),
    employee: person,
    versions: versions.map(({ id: _id, kind, document, ...v }) => ({ ...v, versionKind: kind, document: versionDocument(db, document, employee.nir) })),
    events: events.map(({ id: _id, kind, paid, ...e }) => ({ ...e, eventKind: kind, paid: paid === null ? null : paid === 1 })),
    statusHistory: listStatusChanges(db, c.id).map(({ createdAt: _at, ...s }) => s),
    denunciation: denunciationOf(db, c.id),
  };
}
