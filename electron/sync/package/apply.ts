/**
 * Applies a planned convention package (plan.ts) in one transaction:
 * employers, employees, conventions, versions, events, status history and
 * dénonciation as the plan says, the expected aid of every convention touched
 * recomputed (by the caller's `onConventionChanged`, in the same transaction),
 * an IN row in exchange_lots with one line per package line
 * (accepted, or rejected with why it was not applied) and one audit entry.
 * Every event of an applied line is marked known to the agency: the agency
 * declares it, the employer's lots do not carry it (migration 0005).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { PACKAGE_LINE_NOT_APPLIED } from '../../../shared/domain/rejections';
import { inOpenTransaction } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit';
import { insertConvention, insertEvent, insertStatusChange } from '../../db/repositories/conventions/writes';
import { insertEmployee, updateEmployee } from '../../db/repositories/employees';
import { upsertEmployer } from '../../db/repositories/employers';
import { insertLot, insertLotLine } from '../../db/repositories/exchanges/lots';
import { conventionByNumber, employerBySiret, versionsOf } from '../../db/repositories/exchanges/package-read';
import { markEventKnownToAgency, putDenunciation, setLotLineError, updateConventionRow, updateEventRow } from '../../db/repositories/exchanges/package-write';
import { insertVersion, replaceVersionRow } from '../../db/repositories/versions/writes';
import { workspaceActor } from '../../db/repositories/accounts';
import type { PackageConventionPlan, PackagePlan } from './types';
import type { ConventionPackage, PackageLine, PackageVersion } from '../schemas';
import { inboundLotRow } from '../inbound-order';

interface Applying {
  db: Database;
  at: string;
  employees: Map<string, number>;
}

function employerId(db: Database, siret: string): number {
  const row = employerBySiret(db, siret);
  if (!row) throw new Error(`employeur ${siret} absent après son enregistrement`);
  return row.id;
}

/** A package's version as the row to write: its weekly hours, hiring date, ROME code and job title are its document's (migrations 0006, 0030). */
function versionColumns(db: Database, v: PackageVersion) {
  const { avenantIndex: _index, versionKind, employerSiret, document, weeklyMinutes: _hours, hiredOn: _hired, romeCode: _rome, jobTitle: _job, ...columns } = v;
  return { ...columns, kind: versionKind, employerId: employerId(db, employerSiret), details: document as Record<string, unknown> };
}

function applyEmployee(a: Applying, plan: PackageConventionPlan, line: PackageLine): number {
  const { key, id, change } = plan.employee;
  const row = { ...line.employee, at: a.at };
  if (id !== null) {
    if (change === 'updated') updateEmployee(a.db, id, row);
    a.employees.set(key, id);
    return id;
  }
  const known = a.employees.get(key);
  if (known !== undefined) return known;
  const created = insertEmployee(a.db, row);
  a.employees.set(key, created);
  return created;
}

function applyConvention(a: Applying, plan: PackageConventionPlan, line: PackageLine): number {
  const { db, at } = a;
  const employeeId = applyEmployee(a, plan, line);
  const columns = {
    measure: line.measure,
    employerId: employerId(db, line.employer.siret),
    employeeId,
    status: line.status,
    startsOn: line.startsOn,
    endsOn: line.endsOn,
    at,
  };
  let id = plan.conventionId;
  if (id === null) {
    id = insertConvention(db, {
      ...columns,
      number: line.conventionNumber,
      department: line.department,
      prescriberCode: line.prescriberCode,
      orderNumber: line.orderNumber,
    });
  } else if (plan.fields.length) {
    updateConventionRow(db, { ...columns, id });
  }
  const conventionId = id;
  const local = new Map(versionsOf(db, conventionId).map((v) => [v.avenantIndex, v.id]));
  for (const v of line.versions) {
    if (plan.versionsAdded.includes(v.avenantIndex)) insertVersion(db, { ...versionColumns(db, v), conventionId, avenantIndex: v.avenantIndex, at });
    else if (plan.versionsReplaced.includes(v.avenantIndex)) replaceVersionRow(db, local.get(v.avenantIndex)!, versionColumns(db, v));
  }
  line.events.forEach((e, i) => {
    const decided = plan.events[i]!;
    const fields = {
      endsOn: e.endsOn,
      reason: e.reason,
      initiative: e.initiative,
      paid: e.paid,
      newEmployerId: e.newEmployerSiret === null ? null : employerId(db, e.newEmployerSiret),
      reportedOn: e.reportedOn,
    };
    // Added, brought up to date or already the same here: the agency knows the event and declares it.
    if (decided.action === 'added') markEventKnownToAgency(db, insertEvent(db, { ...fields, conventionId, kind: e.eventKind, occurredOn: e.occurredOn, at }));
    else if (decided.action === 'updated') updateEventRow(db, decided.localId!, fields);
    else markEventKnownToAgency(db, decided.localId!);
  });
  for (const i of plan.statusChangesAdded) insertStatusChange(db, { ...line.statusHistory[i]!, conventionId, at });
  const d = line.denunciation;
  if (d && plan.denunciation && plan.denunciation.action !== 'kept') putDenunciation(db, plan.denunciation.localId, { ...d, conventionId, at });
  return conventionId;
}

/**
 * Writes the plan in one transaction. `onConventionChanged` runs inside it for
 * each convention created or changed, so that what the services derive from a
 * convention (its expected aid payments) is written with it.
 */
export function applyPackage(
  db: Database,
  file: ConventionPackage,
  source: { fileName: string; sha256: string },
  plan: PackagePlan,
  now: string,
  onConventionChanged: (db: Database, conventionId: number) => void,
): void {
  // Inside the import's own transaction (underWriteLock): no savepoint.
  inOpenTransaction(db, () => {
    const a: Applying = { db, at: now, employees: new Map() };
    const bySiret = new Map([...file.lines.flatMap((l) => [l.employer, ...l.otherEmployers])].map((e) => [e.siret, e]));
    // In plan order: a fresh employer workspace takes the first employer written (the recipient) as its own.
    for (const e of plan.employers) upsertEmployer(db, { ...bySiret.get(e.siret)!, at: now });
    const lotId = insertLot(db, inboundLotRow(file.header, source.fileName, plan.ignored.length === 0 ? 'accepted' : 'partly_rejected', now));
    for (const c of plan.conventions) {
      const line = file.lines[c.lineNo - 1]!;
      const conventionId = applyConvention(a, c, line);
      insertLotLine(db, { lotId, lineNo: c.lineNo, conventionId, recordKind: line.record, status: 'accepted' });
      if (c.change !== 'unchanged') onConventionChanged(db, conventionId);
    }
    for (const i of plan.ignored) {
      insertLotLine(db, {
        lotId,
        lineNo: i.lineNo,
        conventionId: conventionByNumber(db, i.conventionNumber)?.id ?? null,
        recordKind: 'CONVENTION_FILE',
        status: 'rejected',
      });
      // The convention may be unknown here (no convention_id): its number stays in the label, for the screen.
      setLotLineError(db, lotId, i.lineNo, PACKAGE_LINE_NOT_APPLIED, `Convention ${i.conventionNumber} : ${i.reason}`);
    }
    const count = (change: string) => plan.conventions.filter((c) => c.change === change).length;
    appendAudit(db, {
      at: now,
      actor: workspaceActor(db),
      action: 'exchange.importPackage',
      entity: 'exchange_lot',
      entityId: lotId,
      details: {
        fileName: source.fileName,
        fileSha256: source.sha256,
        emitter: plan.emitter,
        sequence: plan.sequence,
        new: count('new'),
        updated: count('updated'),
        unchanged: count('unchanged'),
        ignored: plan.ignored.length,
      },
    });
  });
}
