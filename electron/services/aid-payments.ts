/**
 * Expected aid payments: the rules' schedule (`computed.aidPayments`) of a
 * convention's current version, stored in `aid_payments` when the convention
 * is signed and again whenever an avenant, an event or an early end changes
 * it. Drafts have none. A convention ended early (résiliée, dénoncée) has no
 * payment falling due after its last day.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { isSigned, type ConventionStatus } from '../../shared/domain/enums';
import { aidPaymentsOf, formatDay, parseDay, type AidPayment, type ConventionDocument } from '../../shared/rules/index';
import { addMonths } from '../../shared/rules/dates/day';
import { inTransaction } from '../db/connection';
import { insertExpectedPayments, replaceExpectedPayments, type ExpectedPayment } from '../db/repositories/aid-payments';
import { findConvention } from '../db/repositories/conventions/read';
import { versionDocument } from '../db/repositories/versions/documents';
import { listVersions } from '../db/repositories/versions/read';

const ENDED_EARLY: readonly ConventionStatus[] = ['resiliee', 'denoncee'];
const MONTH = /^\d{4}-\d{2}$/;

/**
 * The rows of a schedule. A monthly payment (CAE, CAV) covers its month from
 * the day it falls due (the hiring day for the first) to the month's last
 * day, or the convention's; a CAE-DOM payment covers the days since the
 * previous one (since hiring for the first).
 */
function expectedRows(payments: readonly AidPayment[], hiredOn: string, lastDay: string | null): ExpectedPayment[] {
  const rows: ExpectedPayment[] = [];
  let previousEnd: string | null = null;
  for (const p of payments) {
    let periodStart: string;
    let periodEnd: string;
    if (MONTH.test(p.period)) {
      periodStart = p.due;
      const monthEnd = lastDayOfMonth(p.period);
      periodEnd = lastDay !== null && lastDay < monthEnd && lastDay >= periodStart ? lastDay : monthEnd;
    } else {
      // The day after the previous period (the hiring day for the first).
      const next = previousEnd === null ? hiredOn : formatDay(parseDay(previousEnd) + 1);
      periodStart = next <= p.due ? next : p.due;
      periodEnd = p.due;
    }
    rows.push({ periodStart, periodEnd, dueOn: p.due, expectedCents: p.amountCents });
    previousEnd = periodEnd;
  }
  return rows;
}

/**
 * The last day (`YYYY-MM-DD`) of a month (`YYYY-MM`), computed once per month: 2.3 million payments of a 200,000
 * demo fall in a hundred months (computed each time, with the rules' cached days, 2 % of its drafting; js-joda's
 * parser, a tenth).
 */
const monthEnds = new Map<string, string>();
function lastDayOfMonth(month: string): string {
  let end = monthEnds.get(month);
  if (end === undefined) {
    end = formatDay(addMonths(parseDay(`${month}-01`), 1) - 1);
    monthEnds.set(month, end);
  }
  return end;
}

/** What a convention's schedule is written from: its row's status and days, and its current version's document. */
export interface ScheduleSource {
  id: number;
  status: ConventionStatus;
  startsOn: string;
  endsOn: string | null;
  document: ConventionDocument;
  /** Written in this transaction just before (the demo): it has no payment yet, none to replace. */
  isNew?: boolean;
}

/** Writes a convention's expected payments from its current version (none before signature). */
export function refreshAidPayments(db: Database, conventionId: number): void {
  inTransaction(db, () => {
    const row = findConvention(db, conventionId);
    const current = listVersions(db, conventionId).at(-1);
    if (!row || !current) return;
    writeAidPayments(db, { ...row, document: versionDocument(db, current.document, null) as ConventionDocument });
  });
}

/**
 * The same, from a convention its caller has just written (the demo): no
 * re-reading. Call inside the transaction that wrote it.
 */
export function writeAidPayments(db: Database, c: ScheduleSource): void {
  const write = c.isNew ? insertExpectedPayments : replaceExpectedPayments;
  if (!isSigned(c.status)) {
    write(db, c.id, []);
    return;
  }
  const payments = aidPaymentsOf(c.document);
  const hiredOn = c.document.contract?.hiredOn ?? c.startsOn;
  const earlyEnd = ENDED_EARLY.includes(c.status) ? c.endsOn : null;
  const kept = earlyEnd === null ? payments : payments.filter((p) => p.due <= earlyEnd);
  write(db, c.id, expectedRows(kept, hiredOn, c.endsOn));
}
