/**
 * `saveDraft`: creates or updates a draft from a full `cae.convention/1`
 * document, in one transaction. Employer reused by SIRET, employee by NIR;
 * a new draft gets the agency's next order number (form CAE-0515,
 * administration block). Drafts may have errors: the findings come back.
 */
import type { ConventionView } from '../../../shared/api/conventions-contract';
import { AppError } from '../../../shared/api/result';
import { CONVENTION_STATUS_LABELS } from '../../../shared/domain/enums';
import { formatConventionNumber } from '../../../shared/domain/numbering';
import { siretOf } from '../../../shared/rules/index';
import { inTransaction } from '../../db/connection';
import { appendAudit } from '../../db/repositories/audit';
import { findEmployerIdBySiret } from '../../db/repositories/conventions/read';
import {
  deleteDraftRows,
  deleteEvents,
  insertConvention,
  insertEvent,
  insertStatusChange,
  takeOrderNumber,
  updateConvention,
} from '../../db/repositories/conventions/writes';
import { upsertEmployee } from '../../db/repositories/employees';
import { upsertEmployer } from '../../db/repositories/employers';
import { insertVersion, updateVersion } from '../../db/repositories/versions/writes';
import { getWorkspace } from '../../db/repositories/workspace';
import { assertStorable, employeeRow, employerRow, eventRow, parseDocument, versionColumns, type Doc } from './document';
import { assertOwnEstablishment, receivedOrderNumber, splitOrderNumber } from './received-number';
import { actorOf, check, conventionEndOf, loadConvention, type ServiceContext } from './state';
import { getConvention } from './view';

export function saveDraft(sc: ServiceContext, input: { document: unknown; conventionId?: number | undefined }): ConventionView {
  // An employer records a convention received on paper, under the agency's number as printed (received-number.ts).
  const { doc, orderNumber: typedOrder } = splitOrderNumber(parseDocument(input.document));
  // The agency's own department and code number its conventions unless the document says otherwise.
  const ws = getWorkspace(sc.db);
  const received = ws?.role === 'employeur';
  doc.department ??= ws?.department ?? null;
  doc.prescriberCode ??= ws?.agencyCode ?? null;
  doc.filedOn ??= sc.today();
  assertStorable(doc);
  if (received) assertOwnEstablishment(sc.db, doc);
  const actor = actorOf(sc);
  const id = inTransaction(sc.db, () => {
    const at = sc.now();
    const existing = input.conventionId === undefined ? undefined : loadConvention(sc.db, input.conventionId);
    if (existing) assertStillTheSameDraft(existing.row.status, existing.row.number, existing.doc, doc);
    const employerId = upsertEmployer(sc.db, employerRow(doc.employer!, at));
    const employeeId = upsertEmployee(sc.db, employeeRow(doc.employee!, at), existing?.row.employeeId ?? null);
    const result = check(sc, doc);
    const hiredOn = doc.contract!.hiredOn!;
    const endsOn = conventionEndOf(doc, result);
    const columns = versionColumns(doc, {
      startsOn: hiredOn,
      endsOn: doc.contract?.plannedEnd ?? endsOn,
      aidRatePercent: doc.funding?.aidRatePercent,
      signedOn: null,
      filedOn: doc.filedOn ?? null,
      employerId,
    });
    let conventionId: number;
    if (existing) {
      conventionId = existing.row.id;
      updateConvention(sc.db, { id: conventionId, measure: doc.measure!, employerId, employeeId, startsOn: hiredOn, endsOn, at });
      updateVersion(sc.db, existing.current.id, columns);
      deleteEvents(sc.db, conventionId);
    } else {
      const department = doc.department!;
      const prescriberCode = doc.prescriberCode!;
      const orderNumber = received ? receivedOrderNumber(sc.db, doc, typedOrder) : takeOrderNumber(sc.db, department, prescriberCode);
      const number = formatConventionNumber({ department, prescriberCode, orderNumber, filedOn: doc.filedOn! });
      conventionId = insertConvention(sc.db, {
        number,
        measure: doc.measure!,
        department,
        prescriberCode,
        orderNumber,
        employerId,
        employeeId,
        status: 'brouillon',
        startsOn: hiredOn,
        endsOn,
        at,
      });
      insertVersion(sc.db, { ...columns, conventionId, avenantIndex: 0, kind: 'INITIAL', at });
      const today = sc.today();
      insertStatusChange(sc.db, {
        conventionId,
        fromStatus: null,
        toStatus: 'brouillon',
        onDate: doc.filedOn! < today ? doc.filedOn! : today,
        actor,
        reason: null,
        at,
      });
    }
    for (const e of doc.events ?? []) {
      const substitute = e.kind === 'EMPLOYER_SUBSTITUTION' && e.newEmployerSiret ? findEmployerIdBySiret(sc.db, siretOf(e.newEmployerSiret)) : null;
      insertEvent(sc.db, eventRow(conventionId, e, at, substitute));
    }
    appendAudit(sc.db, {
      at,
      actor,
      action: 'conventions.saveDraft',
      entity: 'convention',
      entityId: conventionId,
      details: { created: !existing, errors: result.findings.filter((f) => f.severity === 'error').length },
    });
    return conventionId;
  });
  return getConvention(sc, id);
}

/** Only a draft is edited; its number, once given, fixes its department, agency code and filing month. */
function assertStillTheSameDraft(status: string, number: string, before: Doc, after: Doc): void {
  if (status !== 'brouillon') {
    throw new AppError(
      'CONFLICT',
      `La convention ${number} n’est plus un brouillon : modifiez-la par un avenant, ou renvoyez-la en brouillon si elle n’est pas encore signée.`,
    );
  }
  const month = (d: Doc) => (d.filedOn ?? '').slice(0, 7);
  if (before.department !== after.department || before.prescriberCode !== after.prescriberCode || month(before) !== month(after)) {
    throw new AppError(
      'CONFLICT',
      `Le numéro ${number} est attribué à ce brouillon : son département, son code prescripteur et son mois de dépôt ne peuvent plus changer. Supprimez le brouillon et créez-en un autre.`,
    );
  }
}

/** Deletes a draft; its number is never given again. */
export function deleteDraft(sc: ServiceContext, id: number): { deleted: true; number: string } {
  return inTransaction(sc.db, () => {
    const { row } = loadConvention(sc.db, id);
    if (row.status !== 'brouillon')
      throw new AppError(
        'CONFLICT',
        `Seul un brouillon peut être supprimé : la convention ${row.number} est au statut « ${CONVENTION_STATUS_LABELS[row.status]} ».`,
      );
    deleteDraftRows(sc.db, id);
    appendAudit(sc.db, {
      at: sc.now(),
      actor: actorOf(sc),
      action: 'conventions.deleteDraft',
      entity: 'convention',
      entityId: id,
      details: { number: row.number },
    });
    return { deleted: true as const, number: row.number };
  });
}
