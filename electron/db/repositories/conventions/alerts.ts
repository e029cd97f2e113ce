/** The dashboard's alerts that SQL narrows down: renewals to decide, events that may have been reported late. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { prepared } from '../../statements';

export interface RenewalWindow {
  from: string;
  to: string;
  /** Renewals allowed, and the longest total duration in months, renewals included (the rules' limits on `from`). */
  maxRenewals: number;
  maxMonths: number;
}

/**
 * Running CAE (signed or in progress) ending within [from, to] that can still
 * be renewed: fewer renewals than allowed, and a total duration shorter than
 * the maximum. Their partial index and that of the renewals (migration 0015)
 * keep it to the few CAE ending soon (75 ms → 3 ms at 200,000 conventions).
 */
export function countRenewableCae(db: Database, w: RenewalWindow): number {
  const params = { from: w.from, to: w.to, maxRenewals: w.maxRenewals, maxMonths: `+${w.maxMonths} months` };
  return prepared<[typeof params], { n: number }>(
    db,
    `SELECT count(*) AS n FROM conventions c INDEXED BY conventions_cae_running_end
     WHERE c.measure = 'CAE' AND c.status IN ('signee', 'en_cours') AND c.ends_on BETWEEN @from AND @to
       AND date(c.ends_on, '+1 day') < date(c.starts_on, @maxMonths)
       AND (SELECT count(*) FROM convention_versions v WHERE v.convention_id = c.id AND v.kind = 'RENEWAL') < @maxRenewals`,
  ).get(params)!.n;
}

export interface ReportableEvent {
  measure: 'CAE' | 'CAV';
  department: string;
  occurredOn: string;
  reportedOn: string | null;
}

/**
 * Suspensions, trial periods elsewhere and ruptures of a CAE or CAV, up to
 * `today`, reported (or still unreported) more than 8 days after the fact —
 * the shortest deadline they could have had: the candidates for « signalé en
 * retard », which the rules' deadline decides. The events come first, by
 * their partial index (CROSS JOIN fixes the order): left free, the planner
 * walked every CAE and CAV convention (94 ms → 12 ms at 200,000).
 */
export function lateEventCandidates(db: Database, today: string): ReportableEvent[] {
  return prepared<[{ today: string }], ReportableEvent>(
    db,
    `SELECT c.measure, c.department, e.occurred_on AS occurredOn, e.reported_on AS reportedOn
     FROM contract_events e INDEXED BY contract_events_reportable CROSS JOIN conventions c ON c.id = e.convention_id
     WHERE e.kind IN ('SUSPENSION', 'TRIAL_PERIOD_ELSEWHERE', 'RUPTURE') AND c.measure IN ('CAE', 'CAV')
       AND e.occurred_on <= @today
       AND coalesce(e.reported_on, @today) > date(e.occurred_on, '+8 days')`,
  ).all({ today });
}
