import { LocalDate } from '@js-joda/core';
import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../shared/api/contract';
import { countActiveOn, countByStatus, countEndingBetween } from '../db/repositories/conventions';
import { countEmployees } from '../db/repositories/employees';
import { countEmployers } from '../db/repositories/employers';
import { countLotsAwaitingReturn } from '../db/repositories/exchange-lots';
import { getSetting } from '../db/repositories/workspace';

/** A demo workspace is set in the past (the measures ran 2005–2010): its dashboard is seen from this date. */
export const REFERENCE_DATE_SETTING = 'referenceDate';

export function dashboardSummary(db: Database, today: string): ChannelOutput<'dashboard.summary'> {
  const day = LocalDate.parse(getSetting<string>(db, REFERENCE_DATE_SETTING) ?? today);
  const byStatus = countByStatus(db);
  const activeByMonth = [];
  for (let back = 11; back >= 0; back--) {
    const first = day.withDayOfMonth(1).minusMonths(back);
    activeByMonth.push({ month: first.toString().slice(0, 7), active: countActiveOn(db, first.toString()) });
  }
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
  };
}
