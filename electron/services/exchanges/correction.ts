/**
 * Correcting a rejected convention or avenant in place (docs/exchange-format.md,
 * « Correction d'une ligne rejetée »): it is the same signed version, not a new
 * avenant. Only the fields the payment organisation checks may change (weekly
 * hours, start and end, aid rate, the employee's NIR), only on a version whose
 * last line was rejected, and only if the rules find no new error or
 * unjustified warning. The version row and its stored document change
 * together (the weekly hours live in the document alone, migration 0006),
 * the expected payments follow, the audit log keeps before and after; all
 * in one transaction. The next export then carries the corrected
 * line (its payload changed) and marks the rejected one « resent ».
 */
import type { ChannelOutput } from '../../../shared/api/contract';
import type { CorrectionValues } from '../../../shared/api/exchanges-contract';
import { AppError } from '../../../shared/api/result';
import type { VersionKind } from '../../../shared/domain/enums';
import { isLineStatus, LINE_STATUS_LABELS } from '../../../shared/domain/exchange-lines';
import { CORRECTABLE_BY_VERSION_KIND, CORRECTABLE_FIELD_LABELS, CORRECTABLE_FIELDS, type CorrectableField } from '../../../shared/domain/rejections';
import { formatDateFr } from '../../../shared/format/date';
import { maskNir } from '../../../shared/format/nir';
import { isValidNir, weeklyHoursOn, type CheckResult, type Finding } from '../../../shared/rules/index';
import { inTransaction } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit';
import { listJustifications } from '../../db/repositories/conventions/read';
import { updateConvention } from '../../db/repositories/conventions/writes';
import { employeeByNir, setEmployeeNir } from '../../db/repositories/employees';
import { lastLineOfVersion, type LastLine } from '../../db/repositories/exchanges/lines';
import { findVersionIdentity, type VersionIdentity, type VersionRecord } from '../../db/repositories/versions/read';
import { updateVersion } from '../../db/repositories/versions/writes';
import { refreshAidPayments } from '../aid-payments';
import { versionColumns, type Doc } from '../conventions/document';
import { actorOf, check, conventionEndOf, loadConvention, type Loaded, type ServiceContext } from '../conventions/state';

type Values = Record<CorrectableField, number | string | null>;
const ENDED_EARLY = ['resiliee', 'denoncee'];

const conflict = (message: string): never => {
  throw new AppError('CONFLICT', message);
};
const invalid = (message: string): never => {
  throw new AppError('INVALID_INPUT', message);
};

/** The values on record: the hours are those the version's document sets in force on its first day. */
function valuesOf(version: VersionRecord, doc: Doc, nir: string | null): Values {
  return {
    weeklyHours: weeklyHoursOn(doc, version.startsOn) ?? null,
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    aidRatePercent: version.aidRateBp === null ? null : String(version.aidRateBp / 100),
    nir,
  };
}

/** How a value reads on screen and in the audit log (the NIR masked). */
function shown(field: CorrectableField, value: number | string | null): string | null {
  if (value === null) return null;
  switch (field) {
    case 'weeklyHours':
      return `${String(value).replace('.', ',')} h par semaine`;
    case 'startsOn':
    case 'endsOn':
      return formatDateFr(String(value));
    case 'aidRatePercent':
      return `${String(value).replace('.', ',')} %`;
    case 'nir':
      return maskNir(String(value));
  }
}

/** The document of the version with the corrected values, where this kind of version holds them. */
function correctedDocument(loaded: Loaded, kind: VersionKind, values: CorrectionValues): Doc {
  const doc: Doc = structuredClone(loaded.doc);
  if (values.nir !== undefined) doc.employee = { ...doc.employee, nir: values.nir };
  if (kind === 'INITIAL') {
    doc.contract = {
      ...doc.contract,
      ...(values.weeklyHours !== undefined ? { weeklyHours: values.weeklyHours } : {}),
      ...(values.startsOn !== undefined ? { hiredOn: values.startsOn } : {}),
      ...(values.endsOn !== undefined ? { plannedEnd: values.endsOn } : {}),
    };
    if (values.aidRatePercent !== undefined) doc.funding = { ...doc.funding, aidRatePercent: values.aidRatePercent };
  } else if (kind === 'RENEWAL') {
    const renewals = [...(doc.renewals ?? [])];
    const last = renewals.at(-1);
    if (!last) return conflict('Le document de ce renouvellement ne contient pas le renouvellement : corrigez par un nouvel avenant.');
    renewals[renewals.length - 1] = {
      ...last,
      ...(values.startsOn !== undefined ? { from: values.startsOn } : {}),
      ...(values.endsOn !== undefined ? { to: values.endsOn } : {}),
      ...(values.weeklyHours !== undefined ? { weeklyHours: values.weeklyHours } : {}),
      ...(values.aidRatePercent !== undefined ? { aidRatePercent: values.aidRatePercent } : {}),
    };
    doc.renewals = renewals;
  } else if (kind === 'HOURS_CHANGE' && values.weeklyHours !== undefined) {
    const events = [...(doc.events ?? [])];
    const at = events.findLastIndex((e) => e.kind === 'HOURS_CHANGE' && e.on === loaded.current.startsOn);
    const event = events[at];
    if (!event || event.kind !== 'HOURS_CHANGE')
      return conflict('Le document de cet avenant ne contient pas le changement de durée : corrigez par un nouvel avenant.');
    events[at] = { ...event, weeklyHours: values.weeklyHours };
    doc.events = events;
  }
  return doc;
}

/** Findings the correction would bring: errors the version did not have, warnings nobody justified. */
function newProblems(before: Finding[], after: Finding[], justified: Set<string>): Finding[] {
  const key = (f: Finding) => `${f.severity}|${f.code}|${f.field}`;
  const known = new Set(before.map(key));
  return after.filter((f) => (f.severity === 'error' || (f.severity === 'warning' && !justified.has(f.code))) && !known.has(key(f)));
}

/** The version to correct, its convention, and the rejected line that calls for the correction. */
interface Rejected {
  identity: VersionIdentity;
  loaded: Loaded;
  last: LastLine;
}

/** The values before and after the correction, and the fields that actually change. */
interface Change {
  before: Values;
  after: Values;
  changed: CorrectableField[];
}

export function correctRejectedVersion(sc: ServiceContext, input: { versionId: number; values: CorrectionValues }): ChannelOutput<'exchanges.correct'> {
  const actor = actorOf(sc);
  return inTransaction(sc.db, () => {
    const rejected = rejectedVersionToCorrect(sc, input.versionId);
    const { identity, loaded } = rejected;
    const kind = identity.kind as VersionKind;
    const given = fieldsGivenOrRefused(kind, input.values);
    assertNirFree(sc, loaded.row.employeeId, input.values.nir);
    const change = changeOf(loaded, given, input.values);
    const doc = correctedDocument(loaded, kind, input.values);
    const checkedAfter = checkNoNewProblem(sc, loaded, doc);
    const at = sc.now();
    writeCorrection(sc, { loaded, kind, doc, checkedAfter, change, nir: input.values.nir, at });
    appendCorrectionAudit(sc, rejected, change, { actor, at });
    const { row, current } = loaded;
    return {
      conventionId: row.id,
      conventionNumber: row.number,
      avenantIndex: current.avenantIndex,
      changes: change.changed.map((f) => ({
        field: f,
        label: CORRECTABLE_FIELD_LABELS[f],
        before: shown(f, change.before[f]),
        after: shown(f, change.after[f]),
      })),
    };
  });
}

/** The version, if its last line was rejected and nothing came after it: else why it cannot be corrected in place. */
function rejectedVersionToCorrect(sc: ServiceContext, versionId: number): Rejected {
  const identity = findVersionIdentity(sc.db, versionId);
  if (!identity) throw new AppError('NOT_FOUND', `La version n° ${versionId} n’existe pas (ou plus) dans cet espace de travail.`);
  const loaded = loadConvention(sc.db, identity.conventionId);
  const { row, current } = loaded;
  // Each message agrees with its subject: la convention (elle, signée), l’avenant (il, signé).
  const avenant = identity.avenantIndex > 0;
  const what = avenant ? `L’avenant n° ${identity.avenantIndex} de la convention ${row.number}` : `La convention ${row.number}`;
  const last = lastLineOfVersion(sc.db, versionId);
  if (!last) {
    return conflict(
      avenant
        ? `${what} n’a jamais été envoyé à l’organisme payeur : rien à corriger ici ; modifiez-le par les actions de la convention.`
        : `${what} n’a jamais été envoyée à l’organisme payeur : rien à corriger ici ; modifiez-la par les actions de la convention.`,
    );
  }
  if (last.status !== 'rejected') {
    conflict(
      `${what} n’a pas de ligne rejetée en attente de correction : sa dernière ligne (${last.fileName}, ligne ${last.lineNo}) est « ${isLineStatus(last.status) ? LINE_STATUS_LABELS[last.status].toLowerCase() : last.status} ».`,
    );
  }
  if (identity.latest !== 1 || current.id !== identity.versionId) {
    conflict(
      avenant
        ? `${what} a été suivi d’un autre avenant : il ne se corrige plus sur place. Corrigez par un nouvel avenant, ou contactez l’organisme payeur.`
        : `${what} a été suivie d’un avenant : elle ne se corrige plus sur place. Corrigez par un nouvel avenant, ou contactez l’organisme payeur.`,
    );
  }
  // The status is the convention's, whichever version was rejected.
  if (row.status === 'brouillon' || row.status === 'a_signer') {
    conflict(`La convention ${row.number} n’est plus signée : terminez son instruction, elle repartira à sa signature.`);
  }
  return { identity, loaded, last };
}

/** The fields given a value, refused if this kind of version does not carry one of them. */
function fieldsGivenOrRefused(kind: VersionKind, values: CorrectionValues): CorrectableField[] {
  const allowed = CORRECTABLE_BY_VERSION_KIND[kind] ?? ['nir'];
  const given = CORRECTABLE_FIELDS.filter((f) => values[f] !== undefined);
  const refused = given.filter((f) => !allowed.includes(f));
  if (refused.length > 0) {
    invalid(
      `Cette version ne porte pas ${refused.map((f) => `« ${CORRECTABLE_FIELD_LABELS[f]} »`).join(', ')} : seuls ${allowed.map((f) => `« ${CORRECTABLE_FIELD_LABELS[f]} »`).join(', ')} se corrigent ici.`,
    );
  }
  return given;
}

/** A corrected NIR is valid and no other employee's. */
function assertNirFree(sc: ServiceContext, employeeId: number, nir: string | undefined): void {
  if (nir === undefined) return;
  if (!isValidNir(nir)) invalid('NIR invalide : la clé ou le premier chiffre ne correspondent pas ; vérifiez-le sur la carte Vitale.');
  const holder = employeeByNir(sc.db, nir);
  if (holder && holder.id !== employeeId) {
    conflict(`Ce NIR est déjà celui d’un autre salarié (${holder.lastName} ${holder.firstNames}) : vérifiez le numéro saisi.`);
  }
}

/** Before and after: refused if nothing changes or if the end would precede the start. */
function changeOf(loaded: Loaded, given: CorrectableField[], values: CorrectionValues): Change {
  const before = valuesOf(loaded.current, loaded.doc, loaded.doc.employee?.nir ?? null);
  const after: Values = { ...before };
  for (const f of given) after[f] = values[f] ?? null;
  const changed = given.filter((f) => after[f] !== before[f]);
  if (changed.length === 0) invalid('Aucune valeur ne change : saisissez la valeur corrigée.');
  if (after.startsOn !== null && after.endsOn !== null && String(after.endsOn) < String(after.startsOn)) {
    invalid(`La date de fin (${shown('endsOn', after.endsOn)}) précède la date de début (${shown('startsOn', after.startsOn)}).`);
  }
  return { before, after, changed };
}

/** The rules' result on the corrected document, refused if it brings a new error or an unjustified warning. */
function checkNoNewProblem(sc: ServiceContext, loaded: Loaded, doc: Doc): CheckResult {
  const checkedBefore = check(sc, loaded.doc);
  const checkedAfter = check(sc, doc);
  const justified = new Set(
    listJustifications(sc.db, loaded.row.id)
      .filter((j) => j.versionId === loaded.current.id)
      .map((j) => j.code),
  );
  const problems = newProblems(checkedBefore.findings, checkedAfter.findings, justified);
  if (problems.length > 0) invalid(`Correction refusée par les règles, rien n’a été modifié : ${problems.map((p) => p.message).join(' ')}`);
  return checkedAfter;
}

/** The version row and document, the employee's NIR, the convention's dates, and the expected payments. */
function writeCorrection(
  sc: ServiceContext,
  w: { loaded: Loaded; kind: VersionKind; doc: Doc; checkedAfter: CheckResult; change: Change; nir: string | undefined; at: string },
): void {
  const { row, current } = w.loaded;
  const { after, changed } = w.change;
  const columns = versionColumns(w.doc, {
    startsOn: String(after.startsOn),
    endsOn: after.endsOn === null ? null : String(after.endsOn),
    aidRatePercent: after.aidRatePercent === null ? null : String(after.aidRatePercent),
    signedOn: current.signedOn,
    filedOn: current.filedOn,
    employerId: current.employerId,
  });
  updateVersion(sc.db, current.id, columns);
  if (w.nir !== undefined && changed.includes('nir')) setEmployeeNir(sc.db, row.employeeId, w.nir, w.at);
  updateConvention(sc.db, {
    id: row.id,
    measure: row.measure,
    employerId: row.employerId,
    employeeId: row.employeeId,
    startsOn: w.kind === 'INITIAL' ? String(after.startsOn) : row.startsOn,
    endsOn: ENDED_EARLY.includes(row.status) ? row.endsOn : (conventionEndOf(w.doc, w.checkedAfter) ?? row.endsOn),
    at: w.at,
  });
  // New hours, dates or rate: the expected payments follow the corrected version.
  refreshAidPayments(sc.db, row.id);
}

/** The audit log keeps the rejected line and the changed fields before and after (the NIR masked). */
function appendCorrectionAudit(sc: ServiceContext, { loaded, last }: Rejected, { before, after, changed }: Change, by: { actor: string; at: string }): void {
  const audit = (v: Values) => Object.fromEntries(changed.map((f) => [f, f === 'nir' ? shown('nir', v[f]) : v[f]]));
  appendAudit(sc.db, {
    at: by.at,
    actor: by.actor,
    action: 'exchanges.correct',
    entity: 'convention',
    entityId: loaded.row.id,
    details: {
      versionId: loaded.current.id,
      avenantIndex: loaded.current.avenantIndex,
      lot: last.fileName,
      lineNo: last.lineNo,
      code: last.code,
      before: audit(before),
      after: audit(after),
    },
  });
}
