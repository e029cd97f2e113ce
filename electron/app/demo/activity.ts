/**
 * The employer demo's proofs of activity, as an employer a few quarters in
 * would have them on the reference date: every quarter due more than a month
 * ago recorded (the contract's hours, holidays in summer) and sent in the
 * lot of its month, answered by the payment organisation — except one in
 * eight conventions whose last quarter was forgotten (overdue on the
 * « Obligations » screen). Quarters due since then are left to declare.
 */
import { createHash } from 'node:crypto';
import { LocalDate } from '@js-joda/core';
import type { ConventionDocument } from '../../../shared/rules/index';
import { checkActivity, type ActivityMonth } from '../../../shared/rules/compute/activity';
import { activityPlan, type PeriodMonth, type ProofPeriod } from '../../../shared/rules/compute/activityPeriods';
import type { Db } from '../../db/connection';
import { saveActivityMonths } from '../../db/repositories/activity';
import { acknowledgeLot } from '../../db/repositories/exchanges/inbound';
import { insertLot } from '../../db/repositories/exchanges/lots';
import { insertTrackedLine } from '../../db/repositories/exchanges/outbound';
import { staffConventions } from '../../db/repositories/staff';
import { canonicalJson, sha256Hex } from '../../sync/canonical';
import { exchangeFileName } from '../../sync/files';
import { proofPayload, proofRef } from '../../sync/proofs';
import { exchangeIdentity } from '../../sync/workspace-id';
import { versionDocument } from '../../db/repositories/versions/documents';

interface SentProof {
  conventionId: number;
  ref: string;
  payloadSha256: string;
}

/** A month as the employer types it: the contract's hours, a week of paid leave in August, the unpaid suspension days the convention records. */
function typedMonth(p: PeriodMonth): ActivityMonth {
  const leave = p.month.endsWith('-08') ? Math.min(p.contractHundredths, p.weeklyHundredths) : 0;
  const suspended = p.days ? Math.round((p.contractHundredths * p.suspensionDays) / p.days) : 0;
  return {
    month: p.month,
    workedHundredths: Math.max(0, p.contractHundredths - leave - suspended),
    paidLeaveHundredths: leave,
    sickLeaveHundredths: 0,
    otherAbsenceHundredths: 0,
    unpaidSuspensionDays: p.suspensionDays,
  };
}

/** The quarters to record: due more than a month before the reference day, the last one skipped for one convention in eight. */
function recordedPeriods(periods: ProofPeriod[], reference: string, forgetLast: boolean): ProofPeriod[] {
  const limit = LocalDate.parse(reference).minusMonths(1).toString();
  const due = periods.filter((p) => p.due <= limit);
  return forgetLast ? due.slice(0, -1) : due;
}

export function insertDemoActivity(db: Db, reference: string, by: string): void {
  const byMonth = new Map<string, SentProof[]>();
  staffConventions(db, reference).forEach((c, n) => {
    if (c.status === 'brouillon' || c.status === 'a_signer') return;
    const plan = activityPlan(versionDocument(db, c.latestDocument, null) as ConventionDocument);
    for (const period of recordedPeriods(plan.periods, reference, n % 8 === 3)) {
      const months = period.months.map(typedMonth);
      if (!checkActivity(plan, period, months, { today: reference }).sendable) continue;
      saveActivityMonths(db, c.conventionId, months, `${period.due}T09:00:00.000Z`, by);
      const payload = proofPayload(c.number, period, months);
      const sent = { conventionId: c.conventionId, ref: proofRef(c.conventionId, period.start), payloadSha256: sha256Hex(canonicalJson(payload)) };
      const month = period.due.slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), sent]);
    }
  });
  insertProofLots(db, byMonth);
}

/** One lot a month, sent on the 10th, answered ten days later with every line accepted. */
function insertProofLots(db: Db, byMonth: Map<string, SentProof[]>): void {
  const identity = exchangeIdentity(db);
  [...byMonth.keys()].sort().forEach((month, i) => {
    const sentAt = `${month}-10T08:00:00.000Z`;
    const fileName = exchangeFileName('outbound-lot', identity.emitter, i + 1, sentAt);
    const lotId = insertLot(db, {
      direction: 'OUT',
      kind: 'outbound-lot',
      emitter: identity.emitter,
      recipient: identity.recipient,
      sequence: i + 1,
      fileName,
      sha256: createHash('sha256').update(fileName).digest('hex'),
      status: 'sent',
      createdAt: sentAt,
      sentAt,
      acknowledgedAt: null,
    });
    // Its lines, accepted by the answer below (line-status.ts).
    byMonth.get(month)!.forEach((p, n) => {
      insertTrackedLine(db, {
        lotId,
        lineNo: n + 1,
        conventionId: p.conventionId,
        recordKind: 'PROOF_OF_ACTIVITY',
        recordRef: p.ref,
        payloadSha256: p.payloadSha256,
      });
    });
    acknowledgeLot(db, lotId, 'accepted', `${month}-20T10:00:00.000Z`);
  });
}
