import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { listAidPayments } from '../../db/repositories/aid-payments';
import { countLotsAwaitingReturn } from '../../db/repositories/exchanges/lots';
import { listEvents } from '../../db/repositories/conventions/read';
import { conventionNir, documentJson, versionDocument } from '../../db/repositories/versions/documents';
import { listVersions } from '../../db/repositories/versions/read';
import { refreshAidPayments } from '../../services/aid-payments';
import { denunciationStep, recordEvent } from '../../services/conventions/index';
import { overdueLots } from '../../services/exchanges/lots';
import { importExchangeFile, type ImportOutcome } from '../import';
import { exportLots } from '../export';
import { exportConventionPackage } from './export';
import { conventionFile, conventionId, freshEmployer, richEmployer } from '../../../test/helpers/package';
import { conventionPackage, outboundLot } from '../schemas';
import { demoAgency, dumpTables, withDb } from '../../../test/helpers/agency-workspace';
import { exchangeIdentity } from '../workspace-id';

const tempDir = useTempDir('cae-package-');
const AT = new Date('2009-06-15T08:00:00Z');
const sc = (db: Parameters<typeof denunciationStep>[0]['db']) => ({ db, now: () => '2009-06-15T10:00:00.000Z', today: () => '2009-06-15' });

function exportPackage(agencyFile: string, siret: string, outDir: string, now = AT) {
  return withDb(agencyFile, (db) => exportConventionPackage(db, { employerSiret: siret, outDir, now }));
}

function importPackage(employerFile: string, file: string, dataDir: string, dryRun = false): ImportOutcome {
  return withDb(employerFile, (db) =>
    importExchangeFile(db, fs.readFileSync(file), { file, dataDir, dryRun, now: '2009-06-16T08:00:00Z', onConventionChanged: refreshAidPayments }),
  );
}

describe('convention package, export (docs/exchange-format.md, « Dossier de conventions »)', () => {
  it('writes the employer’s signed conventions sorted by number, mode 0600, recorded as a sent OUT lot with one line each', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const result = exportPackage(agencyFile, rich.siret, path.join(dir, 'out'));
    expect(result.fileName).toBe('PKG_69012_000001_20090615T080000Z.json');
    expect(result.conventions).toEqual(rich.signed);
    expect(fs.statSync(result.file).mode & 0o777).toBe(0o600);
    const file = conventionPackage.parse(JSON.parse(fs.readFileSync(result.file, 'utf8')));
    expect(file.header).toMatchObject({ kind: 'convention-package', emitter: '69012', recipient: rich.siret, sequence: 1, recordCount: rich.signed.length });
    expect(file.lines.map((l) => l.conventionNumber)).toEqual(rich.signed);
    withDb(agencyFile, (db) => {
      expect(db.prepare('SELECT direction, kind, emitter, recipient, sequence, status, sent_at AS sentAt FROM exchange_lots').all()).toEqual([
        { direction: 'OUT', kind: 'convention-package', emitter: '69012', recipient: rich.siret, sequence: 1, status: 'sent', sentAt: '2009-06-15T08:00:00Z' },
      ]);
      const lines = db
        .prepare(
          'SELECT x.line_no AS lineNo, c.number, x.record_kind AS kind, x.status, x.record_ref AS ref FROM exchange_lot_lines x JOIN conventions c ON c.id = x.convention_id ORDER BY x.line_no',
        )
        .all();
      expect(lines).toEqual(rich.signed.map((number, i) => ({ lineNo: i + 1, number, kind: 'CONVENTION_FILE', status: 'sent', ref: null })));
      // A package gets no return file: it never counts as a lot waiting for one.
      expect(countLotsAwaitingReturn(db)).toBe(0);
      expect(overdueLots(db, '2010-06-15', 30)).toEqual([]);
    });
    // The next package of the agency, whatever the employer, takes the next number.
    expect(exportPackage(agencyFile, rich.siret, path.join(dir, 'out'), new Date('2009-06-16T08:00:00Z')).sequence).toBe(2);
  });

  it('leaves drafts out and says how many; refuses an unknown SIRET, an employer without signed convention and an employer workspace, writing nothing', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const withDraft = withDb(agencyFile, (db) =>
      db
        .prepare(
          `SELECT er.siret, sum(c.status IN ('brouillon', 'a_signer')) AS drafts FROM employers er JOIN conventions c ON c.employer_id = er.id
           GROUP BY er.id HAVING drafts > 0 AND sum(c.status NOT IN ('brouillon', 'a_signer')) > 0 ORDER BY er.id LIMIT 1`,
        )
        .get(),
    ) as { siret: string; drafts: number };
    expect(exportPackage(agencyFile, withDraft.siret, path.join(dir, 'out')).draftsLeftOut).toBe(withDraft.drafts);

    const before = dumpTables(agencyFile);
    withDb(agencyFile, (db) =>
      db
        .prepare(
          "INSERT INTO employers (siret, name, status, collector, created_ms, updated_ms) VALUES ('73282932000074', 'Commune sans convention', '10', 'URSSAF', 1, 1)",
        )
        .run(),
    );
    const out = path.join(dir, 'refused');
    expect(() => exportPackage(agencyFile, '73282932000074', out)).toThrow(/Commune sans convention \(SIRET 73282932000074\) n’a aucune convention signée/);
    expect(() => exportPackage(agencyFile, '11111111111111', out)).toThrow(/Aucun employeur de SIRET 11111111111111/);
    expect(() => exportPackage(agencyFile, '123', out)).toThrow(/SIRET attendu : 14 chiffres/);
    expect(fs.existsSync(out)).toBe(false);
    withDb(agencyFile, (db) => db.prepare("DELETE FROM employers WHERE siret = '73282932000074'").run());
    expect(dumpTables(agencyFile)).toBe(before);

    const employerFile = freshEmployer(path.join(dir, 'employeur.sqlite'));
    expect(() => exportPackage(employerFile, withDraft.siret, out)).toThrow(/ne se prépare pas dans l’espace d’un employeur/);
  });

  it('settles a package left `prepared` by a crash at the next package export, where its file was written: sent if complete, dropped if absent, kept if it cannot be checked; lot exports leave it alone', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const out = path.join(dir, 'out');
    const first = exportPackage(agencyFile, rich.siret, out);
    const crash = (sequence: number) =>
      withDb(agencyFile, (db) => {
        db.prepare("UPDATE exchange_lots SET status = 'prepared', sent_at = NULL WHERE sequence = ? AND kind = 'convention-package'").run(sequence);
        db.prepare(
          "UPDATE exchange_lot_lines SET status = 'prepared' WHERE lot_id = (SELECT id FROM exchange_lots WHERE sequence = ? AND kind = 'convention-package')",
        ).run(sequence);
      });
    const packages = () =>
      withDb(agencyFile, (db) => db.prepare("SELECT sequence, status FROM exchange_lots WHERE kind = 'convention-package' ORDER BY sequence").all());
    crash(1);
    withDb(agencyFile, (db) => exportLots(db, { outDir: path.join(dir, 'lots'), now: AT, maxLines: 700 }));
    expect(packages()).toEqual([{ sequence: 1, status: 'prepared' }]);
    // Written to another folder this time: n° 1 is checked where it was written, complete, sent.
    const second = exportPackage(agencyFile, rich.siret, path.join(dir, 'ailleurs'), new Date('2009-06-16T08:00:00Z'));
    expect(second.recovered).toEqual([{ fileName: first.fileName, outcome: 'sent', folder: out, explanation: null }]);
    expect(packages()).toEqual([
      { sequence: 1, status: 'sent' },
      { sequence: 2, status: 'sent' },
    ]);
    // The file of n° 2 never made it: the row goes, and its number with it.
    crash(2);
    fs.rmSync(second.file);
    const third = exportPackage(agencyFile, rich.siret, out, new Date('2009-06-17T08:00:00Z'));
    expect(third.recovered).toEqual([{ fileName: second.fileName, outcome: 'dropped', folder: path.join(dir, 'ailleurs'), explanation: null }]);
    expect(third.sequence).toBe(2);
    expect(packages()).toEqual([
      { sequence: 1, status: 'sent' },
      { sequence: 2, status: 'sent' },
    ]);
    expect(fs.readdirSync(out).sort()).toEqual([first.fileName, third.fileName]);
    // n° 3 written to a folder that is gone at the next export (a removed key): kept prepared, its number not given again.
    const fourth = exportPackage(agencyFile, rich.siret, path.join(dir, 'cle'), new Date('2009-06-18T08:00:00Z'));
    crash(3);
    fs.rmSync(path.join(dir, 'cle'), { recursive: true });
    const fifth = exportPackage(agencyFile, rich.siret, out, new Date('2009-06-19T08:00:00Z'));
    expect(fifth.recovered).toEqual([
      { fileName: fourth.fileName, outcome: 'kept', folder: path.join(dir, 'cle'), explanation: expect.stringContaining('dossier introuvable') },
    ]);
    expect(fifth.sequence).toBe(4);
    expect(packages()).toEqual([
      { sequence: 1, status: 'sent' },
      { sequence: 2, status: 'sent' },
      { sequence: 3, status: 'prepared' },
      { sequence: 4, status: 'sent' },
    ]);
  });

  it('is deterministic: two copies of the workspace with the same clock give byte-identical packages', () => {
    const a = path.join(tempDir(), 'a');
    const agencyFile = demoAgency(a);
    const b = path.join(tempDir(), 'b');
    fs.mkdirSync(path.join(b, 'demo-agence'), { recursive: true });
    fs.copyFileSync(agencyFile, path.join(b, 'demo-agence', 'cae.sqlite'));
    const rich = richEmployer(agencyFile);
    const first = exportPackage(agencyFile, rich.siret, path.join(a, 'out'));
    const second = exportPackage(path.join(b, 'demo-agence', 'cae.sqlite'), rich.siret, path.join(b, 'out'));
    expect(second.fileName).toBe(first.fileName);
    expect(fs.readFileSync(second.file).equals(fs.readFileSync(first.file))).toBe(true);
  });
});

describe('convention package, import into an employer workspace (docs/exchange-format.md, « Dossier de conventions »)', () => {
  it('round trip: conventions, versions (documents with the NIR), events, status history, dénonciation (R. 5134-51) and expected aid arrive in a fresh employer workspace', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    // A decided dénonciation, through the agency's own service.
    withDb(agencyFile, (db) => {
      const id = conventionId(db, rich.running);
      denunciationStep(sc(db), { id, step: 'NOTICE', date: '2009-05-04', grounds: 'Engagements de formation non respectés' });
      denunciationStep(sc(db), { id, step: 'DECISION', date: '2009-05-15', decision: 'DENOUNCED', reason: 'Aucune observation reçue dans le délai' });
    });
    const sent = exportPackage(agencyFile, rich.siret, path.join(dir, 'out'));
    const employerFile = freshEmployer(path.join(dir, 'employeur', 'cae.sqlite'));

    const outcome = importPackage(employerFile, sent.file, dir);
    expect(outcome.kind).toBe('package-applied');
    if (outcome.kind !== 'package-applied') return;
    expect(outcome.plan.adoptsRecipient).toBe(true);
    expect(outcome.plan.ignored).toEqual([]);
    expect(outcome.plan.conventions.map((c) => [c.conventionNumber, c.change])).toEqual(rich.signed.map((n) => [n, 'new']));

    withDb(agencyFile, (agency) =>
      withDb(employerFile, (employer) => {
        expect(exchangeIdentity(employer)).toMatchObject({ role: 'employeur', emitter: rich.siret });
        for (const number of rich.signed) {
          expect(conventionFile(employer, number)).toEqual(conventionFile(agency, number));
          const rows = (db: typeof agency) =>
            listAidPayments(db, conventionId(db, number)).map(({ periodStart, periodEnd, dueOn, expectedCents }) => ({
              periodStart,
              periodEnd,
              dueOn,
              expectedCents,
            }));
          expect(rows(employer)).toEqual(rows(agency));
        }
        // Each version's document comes back whole through versions/documents.ts: stored without the NIR, read with it.
        const id = conventionId(employer, rich.withAvenant);
        const nir = conventionNir(employer, id);
        expect(nir).toMatch(/^\d{5}(?:\d{2}|2A|2B)\d{8}$/);
        const versions = listVersions(employer, id);
        expect(versions.length).toBeGreaterThan(1);
        const agencyVersions = listVersions(agency, conventionId(agency, rich.withAvenant));
        versions.forEach((v, i) => {
          expect(JSON.stringify(JSON.parse(documentJson(employer, v.document)).employee)).not.toContain('"nir"');
          expect(versionDocument(employer, v.document, nir)).toEqual(
            versionDocument(agency, agencyVersions[i]!.document, conventionNir(agency, conventionId(agency, rich.withAvenant))),
          );
          expect((versionDocument(employer, v.document, nir).employee as { nir: string }).nir).toBe(nir);
        });
        expect(listEvents(employer, conventionId(employer, rich.withEvent)).length).toBeGreaterThan(0);
        expect(conventionFile(employer, rich.running).denunciation).toMatchObject({
          decision: 'DENOUNCED',
          intentNotifiedOn: '2009-05-04',
          decisionNotifiedOn: '2009-05-15',
        });

        expect(employer.prepare('SELECT direction, kind, emitter, recipient, sequence, status, file_name AS fileName FROM exchange_lots').all()).toEqual([
          { direction: 'IN', kind: 'convention-package', emitter: '69012', recipient: rich.siret, sequence: 1, status: 'accepted', fileName: sent.fileName },
        ]);
        expect(employer.prepare("SELECT count(*) FROM exchange_lot_lines WHERE record_kind = 'CONVENTION_FILE' AND status = 'accepted'").pluck().get()).toBe(
          rich.signed.length,
        );
        expect(employer.prepare('SELECT action, entity FROM audit_log').all()).toEqual([{ action: 'exchange.importPackage', entity: 'exchange_lot' }]);
      }),
    );
  });

  it('the employer does not declare again the events the package brought (the agency declares them); an event it records itself leaves in its next lot', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const sent = exportPackage(agencyFile, rich.siret, path.join(dir, 'out'));
    const employerFile = freshEmployer(path.join(dir, 'employeur', 'cae.sqlite'));
    expect(importPackage(employerFile, sent.file, dir).kind).toBe('package-applied');
    const lotsOut = path.join(dir, 'employeur', 'lots');
    withDb(employerFile, (db) => {
      const brought = db.prepare('SELECT count(*) AS n, sum(known_to_agency) AS known FROM contract_events').get() as { n: number; known: number };
      expect(brought.n).toBeGreaterThan(0);
      expect(brought.known).toBe(brought.n);
      expect(exportLots(db, { outDir: lotsOut, now: AT, maxLines: 700 })).toEqual({ lots: [], recovered: [], awaitingCorrection: [] });
      expect(db.prepare("SELECT count(*) FROM exchange_lots WHERE direction = 'OUT'").pluck().get()).toBe(0);
    });
    expect(fs.readdirSync(lotsOut)).toEqual([]);

    // A sick leave the employer reports itself (form CAE-0515: suspension, reported within 7 jours francs).
    withDb(employerFile, (db) => {
      recordEvent(sc(db), {
        id: conventionId(db, rich.running),
        event: { kind: 'SUSPENSION', from: '2009-06-01', to: '2009-06-05', reason: 'ILLNESS', paid: false, reportedOn: '2009-06-03' },
      });
      const result = exportLots(db, { outDir: lotsOut, now: new Date('2009-06-16T09:00:00Z'), maxLines: 700 });
      expect(result.lots).toEqual([{ fileName: `LOT_${rich.siret}_000001_20090616T090000Z.json`, sequence: 1, lines: 1 }]);
      const lot = outboundLot.parse(JSON.parse(fs.readFileSync(path.join(lotsOut, result.lots[0]!.fileName), 'utf8')));
      expect(lot.header).toMatchObject({ emitter: rich.siret, recipient: 'CNASEA' });
      expect(lot.lines).toMatchObject([
        {
          lineNo: 1,
          record: 'EVENT',
          conventionNumber: rich.running,
          eventKind: 'SUSPENSION',
          occurredOn: '2009-06-01',
          endsOn: '2009-06-05',
          reportedOn: '2009-06-03',
        },
      ]);
    });
  });

  it('a dry run previews « nouvelle » for each convention and changes nothing; the same file twice is « déjà importé » and changes nothing', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const sent = exportPackage(agencyFile, rich.siret, path.join(dir, 'out'));
    const employerFile = freshEmployer(path.join(dir, 'employeur.sqlite'));

    const empty = dumpTables(employerFile);
    const preview = importPackage(employerFile, sent.file, dir, true);
    expect(preview.kind).toBe('package-preview');
    if (preview.kind === 'package-preview') expect(preview.plan.conventions.every((c) => c.change === 'new')).toBe(true);
    expect(dumpTables(employerFile)).toBe(empty);

    expect(importPackage(employerFile, sent.file, dir).kind).toBe('package-applied');
    const applied = dumpTables(employerFile);
    expect(importPackage(employerFile, sent.file, dir)).toEqual({ kind: 'already', fileName: sent.fileName });
    expect(importPackage(employerFile, sent.file, dir, true)).toEqual({ kind: 'already', fileName: sent.fileName });
    expect(dumpTables(employerFile)).toBe(applied);
    expect(fs.existsSync(path.join(dir, 'quarantaine'))).toBe(false);
  });
});
