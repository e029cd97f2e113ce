import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { listAidPayments } from '../../db/repositories/aid-payments';
import { refreshAidPayments } from '../../services/aid-payments';
import { addAvenant, recordEvent } from '../../services/conventions/index';
import { exportLots } from '../export';
import { importExchangeFile, type ImportOutcome } from '../import';
import { exportConventionPackage } from './export';
import { conventionFile, conventionId, freshEmployer, richEmployer } from '../../../test/helpers/package';
import { describeImport } from '../report';
import { outboundLot } from '../schemas';
import { demoAgency, withDb } from '../../../test/helpers/agency-workspace';

const tempDir = useTempDir('cae-package-update-');
const sc = (db: Database) => ({ db, now: () => '2009-06-15T10:00:00.000Z', today: () => '2009-06-15' });
/** A sick leave the employer reports (form CAE-0515: suspension of the contract, reported within 7 jours francs). */
const SICK_LEAVE = { kind: 'SUSPENSION', from: '2009-04-06', to: '2009-04-17', reason: 'ILLNESS', paid: false, reportedOn: '2009-04-08' } as const;

function exportPackage(agencyFile: string, siret: string, outDir: string, at: string) {
  return withDb(agencyFile, (db) => exportConventionPackage(db, { employerSiret: siret, outDir, now: new Date(at) }));
}

function importPackage(dbFile: string, file: string, dataDir: string): ImportOutcome {
  return withDb(dbFile, (db) =>
    importExchangeFile(db, fs.readFileSync(file), { file, dataDir, dryRun: false, now: '2009-06-16T08:00:00Z', onConventionChanged: refreshAidPayments }),
  );
}

describe('convention package: a newer package brings the employer workspace up to date (the agency is the authority on the convention)', () => {
  it('after an avenant at the agency: the version is added, the event the employer declared itself is kept once, the others are « inchangée »', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const employerFile = freshEmployer(path.join(dir, 'employeur.sqlite'));
    expect(importPackage(employerFile, exportPackage(agencyFile, rich.siret, path.join(dir, 'out'), '2009-06-15T08:00:00Z').file, dir).kind).toBe(
      'package-applied',
    );

    // The employer declares a sick leave and a trial period elsewhere; the agency records the sick leave it was told of, then an avenant.
    withDb(employerFile, (db) => {
      const id = conventionId(db, rich.running);
      recordEvent(sc(db), { id, event: SICK_LEAVE });
      recordEvent(sc(db), { id, event: { kind: 'TRIAL_PERIOD_ELSEWHERE', from: '2009-05-11', to: '2009-05-13', paid: false, reportedOn: '2009-05-12' } });
    });
    withDb(agencyFile, (db) => {
      const id = conventionId(db, rich.running);
      recordEvent(sc(db), { id, event: SICK_LEAVE });
      expect(
        addAvenant(sc(db), { id, kind: 'HOURS_CHANGE', signedOn: '2009-06-10', on: '2009-06-15', weeklyHours: 26, agencyAcceptedNewAidBasis: true })
          .avenantIndex,
      ).toBe(1);
    });

    const second = exportPackage(agencyFile, rich.siret, path.join(dir, 'out'), '2009-06-16T08:00:00Z');
    const outcome = importPackage(employerFile, second.file, dir);
    expect(outcome.kind).toBe('package-applied');
    if (outcome.kind !== 'package-applied') return;
    const updated = outcome.plan.conventions.find((c) => c.conventionNumber === rich.running)!;
    expect(updated).toMatchObject({ change: 'updated', versionsAdded: [1] });
    expect(updated.events.map((e) => [e.kind, e.occurredOn, e.action])).toEqual([
      ['SUSPENSION', '2009-04-06', 'kept'],
      ['HOURS_CHANGE', '2009-06-15', 'added'],
    ]);
    expect(outcome.plan.conventions.filter((c) => c.conventionNumber !== rich.running).every((c) => c.change === 'unchanged')).toBe(true);
    expect(describeImport(outcome).lines).toContain(`${rich.signed.find((n) => n !== rich.running)!} : inchangée.`);
    expect(describeImport(outcome).lines.find((l) => l.startsWith(rich.running))).toMatch(
      /mise à jour — version\(s\) ajoutée\(s\) : avenant 01 ; .*1 événement ajouté/,
    );
    // What only the employer has is kept, and the report says so (docs/exchange-format.md, « Dossier de conventions »).
    expect(updated.eventsOnlyHere).toEqual([{ kind: 'TRIAL_PERIOD_ELSEWHERE', occurredOn: '2009-05-11' }]);
    expect(describeImport(outcome).lines).toContain(
      `  ${rich.running} : 1 événement présent ici mais pas dans le dossier, gardé : période d'essai chez un autre employeur du 11/05/2009.`,
    );

    withDb(agencyFile, (agency) =>
      withDb(employerFile, (employer) => {
        const here = conventionFile(employer, rich.running);
        const there = conventionFile(agency, rich.running);
        expect(here.versions).toEqual(there.versions);
        expect(here.statusHistory).toEqual(there.statusHistory);
        const events = employer
          .prepare('SELECT kind, occurred_on AS on_ FROM contract_events WHERE convention_id = ? ORDER BY occurred_on, id')
          .all(conventionId(employer, rich.running));
        expect(events).toEqual([
          { kind: 'SUSPENSION', on_: '2009-04-06' },
          { kind: 'TRIAL_PERIOD_ELSEWHERE', on_: '2009-05-11' },
          { kind: 'HOURS_CHANGE', on_: '2009-06-15' },
        ]);
        // The expected aid follows the agency's current version (the avenant).
        const rows = (db: Database) =>
          listAidPayments(db, conventionId(db, rich.running)).map(({ periodStart, dueOn, expectedCents }) => ({ periodStart, dueOn, expectedCents }));
        expect(rows(employer)).toEqual(rows(agency));
      }),
    );
    expect(importPackage(employerFile, second.file, dir)).toEqual({ kind: 'already', fileName: second.fileName });

    // The employer declares only what the agency does not know: the trial period, not the sick leave both recorded.
    withDb(employerFile, (db) => {
      const out = path.join(dir, 'lots-employeur');
      const lots = exportLots(db, { outDir: out, now: new Date('2009-06-16T09:00:00Z'), maxLines: 700 }).lots;
      expect(lots.map((l) => l.lines)).toEqual([1]);
      const lot = outboundLot.parse(JSON.parse(fs.readFileSync(path.join(out, lots[0]!.fileName), 'utf8')));
      expect(lot.lines).toMatchObject([{ record: 'EVENT', conventionNumber: rich.running, eventKind: 'TRIAL_PERIOD_ELSEWHERE', occurredOn: '2009-05-11' }]);
    });
  });
});
