/**
 * What a valid convention package would change in this employer workspace,
 * decided before anything is written. The file as a whole: an employer
 * workspace (a fresh one takes the recipient as its employer), addressed to
 * its SIRET, not older than the last package applied from that agency, and
 * the same (agency, sequence) twice only with the same checksum. Then each
 * line: matched by convention number, the employee by NIR (else the
 * convention's own employee, else names and birth date), versions by avenant
 * index, events by (kind, day), status changes by (from, to, day), the
 * dénonciation by its notification day. Lines that cannot be applied are
 * listed with why.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { establishmentIdBySiret } from '../../db/repositories/employer-profile';
import { employeeByNir } from '../../db/repositories/employees';
import {
  conventionByNumber,
  employeeById,
  employeesNamed,
  employerBySiret,
  firstEmployer,
  numberByOrder,
  versionsOf,
  type PackageConventionRow,
} from '../../db/repositories/exchanges/package-read';
import { getWorkspace } from '../../db/repositories/workspace';
import { checkInboundOrder } from '../inbound-order';
import { employeeDiffers, employerDiffers, sameVersion } from './compare';
import { lineProblems } from './line-checks';
import { planDenunciation, planEvents, planStatusChanges } from './match';
import type { ConventionPackage, PackageEmployee, PackageEmployer, PackageLine } from '../schemas';
import type { ConventionField, PackageConventionPlan, PackagePlan, PackagePlanOutcome } from './types';

interface PlannedEmployee {
  key: string;
  nir: string | null;
  names: string;
}

/** Planning state across lines: what earlier lines of the file already create. */
interface Planning {
  db: Database;
  plan: PackagePlan;
  employers: Set<string>;
  employees: PlannedEmployee[];
  numbers: Map<string, number>;
  orders: Map<string, number>;
}

const namesOf = (e: { lastName: string; firstNames: string; birthDate: string }) => `${e.lastName}|${e.firstNames}|${e.birthDate}`;

function planEmployer(p: Planning, e: PackageEmployer): void {
  if (p.employers.has(e.siret)) return;
  p.employers.add(e.siret);
  const local = employerBySiret(p.db, e.siret);
  if (!local) p.plan.employers.push({ siret: e.siret, name: e.name, change: 'new' });
  else if (employerDiffers(local, e)) p.plan.employers.push({ siret: e.siret, name: e.name, change: 'updated' });
}

/** The local employee a package's employee is, or a new one; a person met on an earlier line is not changed twice. */
function planEmployee(p: Planning, e: PackageEmployee, existing: PackageConventionRow | undefined): PackageConventionPlan['employee'] {
  const names = namesOf(e);
  const compatible = (nir: string | null) => nir === null || e.nir === null || nir === e.nir;
  const earlier = (e.nir !== null ? p.employees.find((x) => x.nir === e.nir) : undefined) ?? p.employees.find((x) => x.names === names && compatible(x.nir));
  if (earlier) return { key: earlier.key, id: idOfKey(earlier.key), change: 'unchanged' };
  const own = existing ? employeeById(p.db, existing.employeeId) : undefined;
  const local =
    (e.nir !== null ? employeeByNir(p.db, e.nir) : undefined) ??
    (own && compatible(own.nir) ? own : undefined) ??
    employeesNamed(p.db, e.lastName, e.firstNames, e.birthDate).find((x) => compatible(x.nir));
  const key = local ? `id:${local.id}` : `new:${e.nir ?? names}`;
  p.employees.push({ key, nir: e.nir ?? local?.nir ?? null, names });
  if (!local) return { key, id: null, change: 'new' };
  return { key, id: local.id, change: employeeDiffers(local, e) ? 'updated' : 'unchanged' };
}

function idOfKey(key: string): number | null {
  return key.startsWith('id:') ? Number(key.slice(3)) : null;
}

function planLine(p: Planning, line: PackageLine): PackageConventionPlan | string[] {
  const problems = lineProblems(line, p.plan.recipient);
  const twice = p.numbers.get(line.conventionNumber);
  if (twice !== undefined) problems.push(`la convention figure déjà à la ligne ${twice} du dossier`);
  const existing = conventionByNumber(p.db, line.conventionNumber);
  if (!existing) {
    const order = `${line.prescriberCode}/${line.orderNumber}`;
    const taken = numberByOrder(p.db, line.prescriberCode, line.orderNumber);
    if (taken) problems.push(`le numéro d’ordre ${line.orderNumber} du code ${line.prescriberCode} est déjà celui de la convention ${taken} ici`);
    else if (p.orders.has(order))
      problems.push(`le numéro d’ordre ${line.orderNumber} du code ${line.prescriberCode} est déjà pris à la ligne ${p.orders.get(order)} du dossier`);
    p.orders.set(order, line.lineNo);
  }
  p.numbers.set(line.conventionNumber, line.lineNo);
  if (problems.length) return problems;

  planEmployer(p, line.employer);
  for (const e of line.otherEmployers) planEmployer(p, e);
  const employee = planEmployee(p, line.employee, existing);
  const conventionId = existing?.id ?? null;
  const fields: ConventionField[] = [];
  if (existing) {
    if (existing.measure !== line.measure) fields.push('measure');
    if (existing.employerSiret !== line.employer.siret) fields.push('employer');
    if (existing.employeeId !== employee.id) fields.push('employee');
    if (existing.status !== line.status) fields.push('status');
    if (existing.startsOn !== line.startsOn) fields.push('startsOn');
    if (existing.endsOn !== line.endsOn) fields.push('endsOn');
  }
  const local = new Map((conventionId === null ? [] : versionsOf(p.db, conventionId)).map((v) => [v.avenantIndex, v]));
  const sent = new Set(line.versions.map((v) => v.avenantIndex));
  const versionsAdded = line.versions.filter((v) => !local.has(v.avenantIndex)).map((v) => v.avenantIndex);
  const versionsReplaced = line.versions
    .filter((v) => local.has(v.avenantIndex) && !sameVersion(p.db, local.get(v.avenantIndex)!, v))
    .map((v) => v.avenantIndex);
  const { events, onlyHere: eventsOnlyHere } = planEvents(p.db, conventionId, line);
  const statusChangesAdded = planStatusChanges(p.db, conventionId, line);
  const denunciation = planDenunciation(p.db, conventionId, line);
  const changed =
    fields.length > 0 ||
    employee.change !== 'unchanged' ||
    versionsAdded.length + versionsReplaced.length + statusChangesAdded.length > 0 ||
    events.some((e) => e.action !== 'kept') ||
    (denunciation !== null && denunciation.action !== 'kept');
  return {
    lineNo: line.lineNo,
    conventionNumber: line.conventionNumber,
    change: existing ? (changed ? 'updated' : 'unchanged') : 'new',
    conventionId,
    fields,
    status: { from: existing?.status ?? null, to: line.status },
    employee,
    versionsAdded,
    versionsReplaced,
    versionsOnlyHere: [...local.keys()].filter((i) => !sent.has(i)),
    events,
    eventsOnlyHere,
    statusChangesAdded,
    denunciation,
  };
}

function refusal(db: Database, file: ConventionPackage): { reasons: string[] } | { adopts: boolean } {
  const { header } = file;
  const workspace = getWorkspace(db);
  if (!workspace) return { reasons: ['Aucun espace de travail : créez l’espace de l’employeur avant d’importer un dossier de conventions.'] };
  if (workspace.role !== 'employeur') {
    return { reasons: ['Ce fichier est un dossier de conventions destiné à un employeur : il ne s’importe pas dans l’espace d’une agence.'] };
  }
  const own = firstEmployer(db);
  // Any of its establishments (Établissements) receives its own package; the first one names the workspace.
  if (own && own.siret !== header.recipient && establishmentIdBySiret(db, header.recipient) === null) {
    return {
      reasons: [`En-tête, champ « destinataire » : ce dossier est destiné à l’employeur ${header.recipient}, pas à cet espace de travail (${own.siret}).`],
    };
  }
  return { adopts: !own };
}

export function planPackage(db: Database, file: ConventionPackage): PackagePlanOutcome {
  const { header } = file;
  const who = refusal(db, file);
  if ('reasons' in who) return { kind: 'refused', reasons: who.reasons };
  const order = checkInboundOrder(db, header, { the: 'Le dossier', bare: 'Dossier' });
  if (order) return order;
  const plan: PackagePlan = {
    emitter: header.emitter,
    recipient: header.recipient,
    sequence: header.sequence,
    sha256: header.sha256,
    adoptsRecipient: who.adopts,
    employers: [],
    conventions: [],
    ignored: [],
  };
  const planning: Planning = { db, plan, employers: new Set(), employees: [], numbers: new Map(), orders: new Map() };
  for (const line of file.lines) {
    const planned = planLine(planning, line);
    if (Array.isArray(planned)) plan.ignored.push({ lineNo: line.lineNo, conventionNumber: line.conventionNumber, reason: planned.join(' ; ') });
    else plan.conventions.push(planned);
  }
  if (plan.conventions.length === 0 && plan.ignored.length > 0) {
    // Nothing would be applied: refused whole, so that once the conflict is settled here the same file can be imported.
    return { kind: 'refused', reasons: plan.ignored.map((i) => `ligne ${i.lineNo} (${i.conventionNumber}) : ${i.reason}.`) };
  }
  // Adopted only if the recipient is written: a package whose every line is refused changes no employer.
  plan.adoptsRecipient = who.adopts && plan.employers.some((e) => e.siret === plan.recipient);
  return { kind: 'ready', plan };
}
