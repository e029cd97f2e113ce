import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { checkConvention, type ConventionDocument } from '../../shared/rules/index';
import { createAppServices } from '../api/app-services';
import { agency, exampleCae } from '../../test/helpers/conventions';
import { dashboardSummary } from './dashboard';
import { saveRetentionYears } from './retention';
import { versionDocument } from '../db/repositories/versions/documents';

const tempDir = useTempDir();

/** What the rules say of each convention's events, one convention at a time: the reference for the dashboard's SQL. */
function lateEventsByRules(db: Database, today: string): number {
  const docs = db
    .prepare(
      `SELECT v.document FROM conventions c
       JOIN convention_versions v ON v.convention_id = c.id
         AND v.avenant_index = (SELECT max(avenant_index) FROM convention_versions WHERE convention_id = c.id)`,
    )
    .pluck()
    .all() as Buffer[];
  return docs
    .map((d) => checkConvention(versionDocument(db, d, null) as ConventionDocument, { today }).findings)
    .flat()
    .filter((f) => f.code === 'EVENT_REPORTED_LATE' && f.field.startsWith('events[')).length;
}

describe('dashboard summary', () => {
  it('says how many conventions are due for archiving: ended (effective end) more than the years kept before the workspace day', async () => {
    const app = createAppServices({ dataDir: tempDir(), mode: 'browser', now: () => '2026-11-25T10:00:00.000Z', today: () => '2026-11-25' });
    await app.invoke('workspace.openDemo', { role: 'agence' });
    const db = app.workspaces.current();
    expect(dashboardSummary(db, '2026-11-25').retention).toEqual({ due: 0, years: 5 });
    saveRetentionYears(db, 1, '2026-11-25T10:00:00.000Z');
    const ended = db
      .prepare("SELECT count(*) FROM conventions WHERE status NOT IN ('brouillon', 'a_signer') AND ends_on < '2008-06-15'")
      .pluck()
      .get() as number;
    expect(ended).toBeGreaterThan(0);
    expect(dashboardSummary(db, '2026-11-25').retention).toEqual({ due: ended, years: 1 });
    app.close();
  });

  it('counts, in the agency demo, the renewals to decide, the events reported late and the aid committed by month', async () => {
    const app = createAppServices({ dataDir: tempDir(), mode: 'browser', now: () => '2026-11-25T10:00:00.000Z', today: () => '2026-11-25' });
    await app.invoke('workspace.openDemo', { role: 'agence' });
    const db = app.workspaces.current();
    const summary = dashboardSummary(db, '2026-11-25');
    expect(summary.today).toBe('2009-06-15');

    const renewable = db
      .prepare(
        `SELECT count(*) FROM conventions c WHERE measure = 'CAE' AND status IN ('signee', 'en_cours')
           AND ends_on BETWEEN '2009-06-15' AND '2009-08-14' AND date(ends_on, '+1 day') < date(starts_on, '+24 months')
           AND (SELECT count(*) FROM convention_versions v WHERE v.convention_id = c.id AND v.kind = 'RENEWAL') < 2`,
      )
      .pluck()
      .get() as number;
    expect(summary.renewalsToDecide).toBe(renewable);
    expect(summary.renewalsToDecide).toBeGreaterThan(0);
    expect(summary.renewalsToDecide).toBeLessThanOrEqual(summary.endingWithin60Days);

    expect(summary.eventsReportedLate).toBe(lateEventsByRules(db, '2009-06-15'));
    expect(summary.eventsReportedLate).toBeGreaterThan(0);

    expect(summary.committedAidByMonth.map((m) => m.month)).toEqual(summary.activeByMonth.map((m) => m.month));
    const june = db.prepare("SELECT sum(expected_cents) FROM aid_payments WHERE due_on BETWEEN '2009-06-01' AND '2009-06-30'").pluck().get() as number;
    expect(summary.committedAidByMonth.at(-1)).toEqual({ month: '2009-06', cents: june });
    expect(june).toBeGreaterThan(0);
    app.close();
  });

  it('counts a suspension reported after its 7 jours francs, and an unreported one once the deadline is past', async () => {
    const a = await agency(tempDir());
    const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
    a.setToday('2008-06-09');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
    await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    await a.ok('conventions.transition', { id: draft.id, to: 'en_cours', date: '2008-06-09' });
    a.setToday('2008-09-20');
    const db = a.app.workspaces.current();
    // Monday 1 September + 7 jours francs: Tuesday 9 September. Reported on the 9th: in time.
    await a.ok('conventions.recordEvent', {
      id: draft.id,
      event: { kind: 'SUSPENSION', from: '2008-09-01', to: '2008-09-02', reason: 'ILLNESS', paid: true, reportedOn: '2008-09-09' },
    });
    expect(dashboardSummary(db, '2008-09-20').eventsReportedLate).toBe(0);
    await a.ok('conventions.recordEvent', {
      id: draft.id,
      event: { kind: 'SUSPENSION', from: '2008-09-03', to: '2008-09-04', reason: 'ILLNESS', paid: true, reportedOn: '2008-09-12' },
    });
    expect(dashboardSummary(db, '2008-09-20').eventsReportedLate).toBe(1);
    // Unreported, on Friday 12 September: due Monday 22 September.
    await a.ok('conventions.recordEvent', { id: draft.id, event: { kind: 'SUSPENSION', from: '2008-09-12', to: '2008-09-13', reason: 'ILLNESS', paid: true } });
    expect(dashboardSummary(db, '2008-09-22').eventsReportedLate).toBe(1);
    expect(dashboardSummary(db, '2008-09-23').eventsReportedLate).toBe(2);
    expect(dashboardSummary(db, '2008-09-23').committedAidByMonth.find((m) => m.month === '2008-09')).toEqual({ month: '2008-09', cents: 67938 });
    a.app.close();
  });
});
