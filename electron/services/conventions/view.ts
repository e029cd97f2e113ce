/**
 * `getConvention`: the convention, its versions (full documents), events,
 * timeline, dénonciation procedure, and the findings and figures of its
 * current version.
 */
import type { ComputedSummary, ConventionView } from '../../../shared/api/conventions-contract';
import { formatVersionNumber } from '../../../shared/domain/numbering';
import { maskNir } from '../../../shared/format/nir';
import type { CheckResult } from '../../../shared/rules/index';
import { findEmployeeSummary, findEmployerSummary, listEvents, listJustifications, listStatusChanges } from '../../db/repositories/conventions/read';
import { latestDenunciation } from '../../db/repositories/conventions/denunciations';
import { versionDocument } from '../../db/repositories/versions/documents';
import type { Doc } from './document';
import { check, loadConvention, type ServiceContext } from './state';

function summarize(result: CheckResult): ComputedSummary {
  const c = result.computed;
  const payments = c.aidPayments ?? [];
  return {
    monthlyAidCents: c.monthlyAid?.value ?? null,
    minimumMonthlyGrossCents: c.minimumMonthlyGross?.value ?? null,
    conventionEnd: c.conventionEnd?.value ?? null,
    aidTotalCents: payments.reduce((s, p) => s + p.amountCents, 0),
    aidPayments: payments.map((p) => ({ due: p.due, period: p.period, amountCents: p.amountCents })),
    reportingDeadlines: (c.reportingDeadlines ?? []).map((d) => ({
      event: d.event,
      eventDate: d.eventDate,
      due: d.due,
      reportedOn: d.reportedOn ?? null,
      legalRef: d.legalRef,
      index: d.index ?? null,
    })),
    repaymentDue: c.repaymentDue
      ? {
          kind: c.repaymentDue.kind,
          amountCents: c.repaymentDue.amountCents,
          exemptedBaseCents: c.repaymentDue.exemptedBaseCents,
          due: c.repaymentDue.due ?? null,
          legalRef: c.repaymentDue.legalRef,
        }
      : null,
  };
}

export function getConvention(sc: ServiceContext, id: number): ConventionView {
  const { row, versions, doc } = loadConvention(sc.db, id);
  const employer = findEmployerSummary(sc.db, row.employerId)!;
  const employee = findEmployeeSummary(sc.db, row.employeeId)!;
  const justifications = listJustifications(sc.db, id);
  const result = check(sc, doc);
  const den = latestDenunciation(sc.db, id);
  return {
    id: row.id,
    number: row.number,
    measure: row.measure,
    status: row.status,
    department: row.department,
    prescriberCode: row.prescriberCode,
    orderNumber: row.orderNumber,
    employer,
    employee: { id: employee.id, fullName: `${employee.lastName} ${employee.firstNames}`, nirMasked: maskNir(employee.nir) },
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    updatedAt: row.updatedAt,
    versions: versions.map((v) => ({
      avenantIndex: v.avenantIndex,
      number: formatVersionNumber(row.number, v.avenantIndex),
      kind: v.kind,
      filedOn: v.filedOn,
      signedOn: v.signedOn,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      // Sent to the screen without the NIR: it is shown masked (employee.nirMasked) until a logged reveal exists.
      document: versionDocument(sc.db, v.document, null) as Doc,
      justifications: justifications.filter((j) => j.versionId === v.id).map(({ code, text, by, at }) => ({ code, text, by, at })),
    })),
    events: listEvents(sc.db, id).map((e) => ({ kind: e.kind, occurredOn: e.occurredOn, endsOn: e.endsOn, reason: e.reason, reportedOn: e.reportedOn })),
    timeline: listStatusChanges(sc.db, id).map((s) => ({ from: s.fromStatus, to: s.toStatus, on: s.onDate, actor: s.actor, reason: s.reason })),
    denunciation: den
      ? {
          grounds: den.grounds,
          intentNotifiedOn: den.intentNotifiedOn,
          observationsDeadline: den.observationsDeadline,
          observationsReceivedOn: den.observationsReceivedOn,
          observations: den.observations,
          decision: den.decision,
          decisionNotifiedOn: den.decisionNotifiedOn,
          decisionReason: den.decisionReason,
          appealDeadline: den.appealDeadline,
          repaymentCents: den.repaymentCents,
          exemptedBaseCents: den.exemptedBaseCents,
          contributionsDueOn: den.contributionsDueOn,
          paymentOrganisationInformedOn: den.paymentOrganisationInformedOn,
          collectorInformedOn: den.collectorInformedOn,
        }
      : null,
    findings: result.findings,
    computed: summarize(result),
  };
}
