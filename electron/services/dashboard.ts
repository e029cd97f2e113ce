import { LocalDate } from '@js-joda/core';
import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../shared/api/contract';
import { CAE, CAV, computeDeadline, valueAt } from '../../shared/rules/index';
import { expectedCentsByMonth } from '../db/repositories/aid-payments';
import { countActiveOn, countByStatus, countEndingBetween } from '../db/repositories/conventions';
import { countEmployees } from '../db/repositories/employees';
import { countEmployers } from '../db/repositories/employers';
import { countLotsAwaitingReturn } from '../db/repositories/exchange-lots';
import { getSetting } from '../db/repositories/workspace';
import { prepared } from '../db/statements';

/** A demo workspace is set in the past (the measures ran 2005–2010): its dashboard is seen from this date. */
export const REFERENCE_DATE_SETTING = 'referenceDate';

/** The day the workspace is seen from: a demo's reference date, else `today`. */
export function workspaceToday(db: Database, today: string): string {
  return getSetting<string>(db, REFERENCE_DATE_SETTING) ?? today;
}

export function dashboardSummary(db: Database, today: string): ChannelOutput<'dashboard.summary'> {
  const day = LocalDate.parse(workspaceToday(db, today));
  const byStatus = countByStatus(db);
  const months: LocalDate[] = [];
  for (let back = 11; back >= 0; back--) months.push(day.withDayOfMonth(1).minusMonths(back));
  const activeByMonth = months.map((first) => ({ month: first.toString().slice(0, 7), active: countActiveOn(db, first.toString()) }));
  const lastDay = day.withDayOfMonth(1).plusMonths(1).minusDays(1).toString();
  const aid = new Map(expectedCentsByMonth(db, months[0]!.toString(), lastDay).map((m) => [m.month, m.cents]));
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
  };
}

/**
 * Running CAE (signed or in progress) ending within 60 days that can still be
 * renewed under the rules' limits (form CAE-0515: « renouvelée deux fois dans
 * la limite de vingt-quatre mois »): fewer renewals than the maximum, and a
 * total duration, renewals included, shorter than the maximum. The CAV and
 * CAE-DOM have other renewal rules and are not counted.
 */
export function countRenewalsToDecide(db: Database, day: LocalDate): number {
  const at = day.toString();
  const params = {
    from: at,
    to: day.plusDays(60).toString(),
    maxRenewals: valueAt(CAE.maxRenewals, at)?.value ?? 2,
    maxMonths: `+${valueAt(CAE.maxTotalMonths, at)?.value ?? 24} months`,
  };
  return prepared<[typeof params], { n: number }>(
    db,
    `SELECT count(*) AS n FROM conventions c
     WHERE c.measure = 'CAE' AND c.status IN ('signee', 'en_cours') AND c.ends_on BETWEEN @from AND @to
       AND date(c.ends_on, '+1 day') < date(c.starts_on, @maxMonths)
       AND (SELECT count(*) FROM convention_versions v WHERE v.convention_id = c.id AND v.kind = 'RENEWAL') < @maxRenewals`,
  ).get(params)!.n;
}

interface EventToReport {
  measure: 'CAE' | 'CAV';
  department: string;
  occurredOn: string;
  reportedOn: string | null;
}

/**
 * Suspensions, trial periods elsewhere and ruptures of a CAE or CAV reported
 * after their 7-jours-francs deadline, or still unreported once it is past
 * (the rules' EVENT_REPORTED_LATE). SQL keeps the candidates — reported or
 * unreported more than 8 days after the fact, the shortest such deadline —
 * and the rules' deadline function (holidays of the department) decides.
 */
export function countEventsReportedLate(db: Database, today: string): number {
  const candidates = prepared<[{ today: string }], EventToReport>(
    db,
    `SELECT c.measure, c.department, e.occurred_on AS occurredOn, e.reported_on AS reportedOn
     FROM contract_events e JOIN conventions c ON c.id = e.convention_id
     WHERE e.kind IN ('SUSPENSION', 'TRIAL_PERIOD_ELSEWHERE', 'RUPTURE') AND c.measure IN ('CAE', 'CAV')
       AND e.occurred_on <= @today
       AND coalesce(e.reported_on, @today) > date(e.occurred_on, '+8 days')`,
  ).all({ today });
  return candidates.filter((e) => {
    const days = valueAt(e.measure === 'CAV' ? CAV.reportingJoursFrancs : CAE.reportingJoursFrancs, e.occurredOn)?.value ?? 7;
    const due = computeDeadline('jours-francs', days, e.occurredOn, e.department).deadline;
    return (e.reportedOn ?? today) > due;
  }).length;
}
