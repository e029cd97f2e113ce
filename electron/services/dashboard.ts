import { LocalDate } from '@js-joda/core';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput } from '../../shared/api/contract';
import { CAE, CAV, computeDeadline, valueAt } from '../../shared/rules/index';
import type { Clock } from './clock';
import { expectedCentsByMonth } from '../db/repositories/aid-payments';
import { countRenewableCae, lateEventCandidates } from '../db/repositories/conventions/alerts';
import { countByStatus, countEndingBetween } from '../db/repositories/conventions/list';
import { countRunningOnEach } from '../db/repositories/dashboard';
import { countEmployees } from '../db/repositories/employees';
import { countEmployers } from '../db/repositories/employers';
import { countLotsAwaitingReturn } from '../db/repositories/exchanges/lots';
import { retentionSummary } from './retention';
import { workspaceToday } from './workspace-day';

/**
 * The dashboard, seen from the workspace's day (workspace-day.ts): `clock`,
 * or a day given (seen from a demo's reference date all the same).
 */
export function dashboardSummary(db: Database, clock: Pick<Clock, 'today' | 'pinned'> | string): ChannelOutput<'dashboard.summary'> {
  const day = LocalDate.parse(workspaceToday(db, typeof clock === 'string' ? { today: () => clock, pinned: false } : clock));
  const byStatus = countByStatus(db);
  const months: LocalDate[] = [];
  for (let back = 11; back >= 0; back--) months.push(day.withDayOfMonth(1).minusMonths(back));
  const running = countRunningOnEach(
    db,
    months.map((first) => first.toString()),
  );
  const activeByMonth = months.map((first, i) => ({ month: first.toString().slice(0, 7), active: running[i]! }));
  const lastDay = day.withDayOfMonth(1).plusMonths(1).minusDays(1).toString();
  const aid = new Map(expectedCentsByMonth(db, months[0]!.toString(), lastDay).map((m) => [m.month, m.cents]));
  const retention = retentionSummary(db, day.toString());
  return {
    today: day.toString(),
    byStatus,
    endingWithin30Days: countEndingBetween(db, day.toString(), day.plusDays(30).toString()),
    endingWithin60Days: countEndingBetween(db, day.toString(), day.plusDays(60).toString()),
    draftsToSign: byStatus.a_signer,
    lotsAwaitingReturn: countLotsAwaitingReturn(db),
    employers: countEmployers(db),
    employees: countEmployees(db),
    activeByMonth,
    renewalsToDecide: countRenewalsToDecide(db, day),
    eventsReportedLate: countEventsReportedLate(db, day.toString()),
    committedAidByMonth: activeByMonth.map(({ month }) => ({ month, cents: aid.get(month) ?? 0 })),
    retention: { due: retention.due, years: retention.years },
  };
}

/**
 * Running CAE (signed or in progress) ending within 60 days that can still be
 * renewed under the rules' limits (form CAE-0515: « renouvelée deux fois dans
 * la limite de vingt-quatre mois »): fewer renewals than the maximum, and a
 * total duration, renewals included, shorter than the maximum. The CAV and
 * CAE-DOM have other renewal rules and are not counted.
 */
function countRenewalsToDecide(db: Database, day: LocalDate): number {
  const at = day.toString();
  return countRenewableCae(db, {
    from: at,
    to: day.plusDays(60).toString(),
    maxRenewals: valueAt(CAE.maxRenewals, at)?.value ?? 2,
    maxMonths: valueAt(CAE.maxTotalMonths, at)?.value ?? 24,
  });
}

/**
 * Suspensions, trial periods elsewhere and ruptures of a CAE or CAV reported
 * after their 7-jours-francs deadline, or still unreported once it is past
 * (the rules' EVENT_REPORTED_LATE). SQL keeps the candidates — reported or
 * unreported more than 8 days after the fact, the shortest such deadline —
 * and the rules' deadline function (holidays of the department) decides.
 */
function countEventsReportedLate(db: Database, today: string): number {
  return lateEventCandidates(db, today).filter((e) => {
    const days = valueAt(e.measure === 'CAV' ? CAV.reportingJoursFrancs : CAE.reportingJoursFrancs, e.occurredOn)?.value ?? 7;
    const due = computeDeadline('jours-francs', days, e.occurredOn, e.department).deadline;
    return (e.reportedOn ?? today) > due;
  }).length;
}
