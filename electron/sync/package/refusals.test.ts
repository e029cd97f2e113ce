import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { refreshAidPayments } from '../../services/aid-payments';
import { lotDetail } from '../../services/exchanges/reads';
import { fileText, linesChecksum } from '../canonical';
import { importExchangeFile, type ImportOutcome } from '../import';
import { exportConventionPackage } from './export';
import { freshEmployer, richEmployer } from '../../../test/helpers/package';
import { describeImport } from '../report';
import { formatDateFr } from '../../../shared/format/date';
import { conventionPackage } from '../schemas';
import { demoAgency, dumpTables, withDb } from '../../../test/helpers/agency-workspace';
import { insertEstablishment, putEmployerProfile } from '../../db/repositories/employer-profile';

const tempDir = useTempDir('cae-package-refused-');

function exportPackage(agencyFile: string, siret: string, outDir: string, at = '2009-06-15T08:00:00Z') {
  return withDb(agencyFile, (db) => exportConventionPackage(db, { employerSiret: siret, outDir, now: new Date(at) }));
}

function importPackage(dbFile: string, file: string, dataDir: string): ImportOutcome {
  return withDb(dbFile, (db) =>
    importExchangeFile(db, fs.readFileSync(file), { file, dataDir, dryRun: false, now: '2009-06-16T08:00:00Z', onConventionChanged: refreshAidPayments }),
  );
}

/** A refused file: nothing changed, kept in quarantaine/ with a report naming why. */
function expectRefused(outcome: ImportOutcome, dataDir: string, reason: RegExp): void {
  expect(outcome.kind).toBe('refused');
  if (outcome.kind !== 'refused') return;
  expect(outcome.reasons.join('\n')).toMatch(reason);
  expect(describeImport(outcome)).toMatchObject({ refused: true, title: 'Fichier refusé, rien n’a été modifié :' });
  expect(outcome.quarantined).not.toBeNull();
  expect(path.dirname(outcome.quarantined!)).toBe(path.join(dataDir, 'quarantaine'));
  expect(fs.existsSync(outcome.quarantined!)).toBe(true);
  expect(fs.readFileSync(`${outcome.quarantined!}.rapport.txt`, 'utf8')).toMatch(reason);
}

/** The demo agency, its best employer, a package for it and a fresh employer workspace. */
function setting() {
  const dir = tempDir();
  const agencyFile = demoAgency(dir);
  const rich = richEmployer(agencyFile);
  const sent = exportPackage(agencyFile, rich.siret, path.join(dir, 'out'));
  const employerFile = freshEmployer(path.join(dir, 'employeur.sqlite'));
  return { dir, agencyFile, rich, sent, employerFile };
}

describe('convention package: what an employer workspace refuses, unchanged (docs/exchange-format.md, « Import »)', () => {
  it('refuses a package older than the last one applied from the same agency, and another file under a number already imported', () => {
    const { dir, agencyFile, rich, sent: first, employerFile } = setting();
    const second = exportPackage(agencyFile, rich.siret, path.join(dir, 'out'), '2009-06-16T08:00:00Z');
    expect(importPackage(employerFile, second.file, dir).kind).toBe('package-applied');
    const before = dumpTables(employerFile);
    expectRefused(
      importPackage(employerFile, first.file, dir),
      dir,
      /Dossier plus ancien que le dernier importé : n° 1, alors que le n° 2 .* a déjà été appliqué/,
    );

    // Another agency database sends its own n° 2: same number, other content.
    const other = path.join(dir, 'other');
    const otherAgency = demoAgency(other);
    withDb(otherAgency, (db) => db.prepare("UPDATE employers SET city = 'Nîmes' WHERE siret = ?").run(rich.siret));
    exportPackage(otherAgency, rich.siret, path.join(other, 'out'));
    const clash = exportPackage(otherAgency, rich.siret, path.join(other, 'out'), '2009-06-16T08:00:00Z');
    expectRefused(importPackage(employerFile, clash.file, dir), dir, /Le dossier n° 2 de 69012 a déjà été importé .* avec un contenu différent/);
    expect(dumpTables(employerFile)).toBe(before);
  });

  it('refuses a package for another SIRET than this employer workspace’s', () => {
    const { dir, agencyFile, rich, sent, employerFile } = setting();
    expect(importPackage(employerFile, sent.file, dir).kind).toBe('package-applied');
    const otherSiret = withDb(agencyFile, (db) =>
      db
        .prepare(
          "SELECT er.siret FROM employers er WHERE er.siret <> ? AND EXISTS (SELECT 1 FROM conventions c WHERE c.employer_id = er.id AND c.status NOT IN ('brouillon', 'a_signer')) ORDER BY er.id LIMIT 1",
        )
        .pluck()
        .get(rich.siret),
    ) as string;
    const forOther = exportPackage(agencyFile, otherSiret, path.join(dir, 'out'), '2009-06-16T08:00:00Z');
    const before = dumpTables(employerFile);
    expectRefused(
      importPackage(employerFile, forOther.file, dir),
      dir,
      new RegExp(`destiné à l’employeur ${otherSiret}, pas à cet espace de travail \\(${rich.siret}\\)`),
    );
    expect(dumpTables(employerFile)).toBe(before);
  });

  it('applies the package of another of its establishments, once added in Établissements', () => {
    const { dir, agencyFile, rich, sent, employerFile } = setting();
    expect(importPackage(employerFile, sent.file, dir).kind).toBe('package-applied');
    const other = withDb(agencyFile, (db) =>
      db
        .prepare(
          "SELECT er.siret, er.name FROM employers er WHERE er.siret <> ? AND EXISTS (SELECT 1 FROM conventions c WHERE c.employer_id = er.id AND c.status NOT IN ('brouillon', 'a_signer')) ORDER BY er.id LIMIT 1",
        )
        .get(rich.siret),
    ) as { siret: string; name: string };
    withDb(employerFile, (db) => {
      const profile = {
        name: 'Association',
        status: 'ASSOCIATION',
        collector: 'URSSAF',
        collectorName: null,
        iban: null,
        signatoryName: 'Jeanne ROUX',
        signatoryQuality: 'Présidente',
        updatedAt: 'x',
      } as const;
      putEmployerProfile(db, profile);
      insertEstablishment(
        db,
        { siret: other.siret, name: other.name, address: null, postalCode: null, city: null, department: null },
        profile,
        '2009-06-15T09:00:00.000Z',
      );
    });
    const forOther = exportPackage(agencyFile, other.siret, path.join(dir, 'out'), '2009-06-16T08:00:00Z');
    expect(importPackage(employerFile, forOther.file, dir).kind).toBe('package-applied');
    const held = withDb(employerFile, (db) =>
      db.prepare('SELECT count(*) FROM conventions c JOIN employers er ON er.id = c.employer_id WHERE er.siret = ?').pluck().get(other.siret),
    );
    expect(held).toBeGreaterThan(0);
  });

  it('refuses a tampered package (one field edited, header kept) and keeps it in quarantine with its report', () => {
    const { dir, sent, employerFile } = setting();
    const text = fs.readFileSync(sent.file, 'utf8');
    const tampered = text.replace(/"weeklyMinutes": (\d+)/, (_, n: string) => `"weeklyMinutes": ${Number(n) + 60}`);
    expect(tampered).not.toBe(text);
    fs.writeFileSync(sent.file, tampered);
    const before = dumpTables(employerFile);
    expectRefused(importPackage(employerFile, sent.file, dir), dir, /champ « sha256 » : la somme de contrôle ne correspond pas au contenu/);
    expect(dumpTables(employerFile)).toBe(before);
  });

  it('refuses a package without lines (it would pass for n° 5 applied and make the real n° 1 look older), then applies the real one', () => {
    const { dir, rich, sent, employerFile } = setting();
    const file = conventionPackage.parse(JSON.parse(fs.readFileSync(sent.file, 'utf8')));
    const empty = { header: { ...file.header, sequence: 5, recordCount: 0, sha256: linesChecksum([]) }, lines: [] };
    const emptyFile = path.join(dir, 'out', 'PKG_69012_000005_20090615T080000Z.json');
    fs.writeFileSync(emptyFile, fileText(empty));
    const before = dumpTables(employerFile);
    expectRefused(
      importPackage(employerFile, emptyFile, dir),
      dir,
      /champ « lignes » : le dossier ne contient aucune convention \(au moins une ligne CONVENTION_FILE attendue\)/,
    );
    expect(dumpTables(employerFile)).toBe(before);
    const real = importPackage(employerFile, sent.file, dir);
    expect(real.kind).toBe('package-applied');
    if (real.kind === 'package-applied') expect(real.plan.conventions.map((c) => c.conventionNumber)).toEqual(rich.signed);
  });

  it('names an event by its kind in French when its line cannot be applied', () => {
    const { dir, rich, sent, employerFile } = setting();
    const file = conventionPackage.parse(JSON.parse(fs.readFileSync(sent.file, 'utf8')));
    const line = file.lines.find((l) => l.conventionNumber === rich.withEvent)!;
    line.events[0] = { ...line.events[0]!, eventKind: 'EMPLOYER_SUBSTITUTION', newEmployerSiret: '73282932000074' };
    file.header.sha256 = linesChecksum(file.lines);
    fs.writeFileSync(sent.file, fileText(file));
    const outcome = importPackage(employerFile, sent.file, dir);
    expect(outcome.kind).toBe('package-applied');
    if (outcome.kind !== 'package-applied') return;
    const reason = `l’événement substitution d'employeur du ${formatDateFr(line.events[0]!.occurredOn)} nomme l’employeur 73282932000074, absent du dossier`;
    expect(outcome.plan.ignored).toEqual([{ lineNo: line.lineNo, conventionNumber: rich.withEvent, reason }]);
    expect(describeImport(outcome).lines.join('\n')).not.toMatch(/EMPLOYER_SUBSTITUTION/);
  });

  it('refuses a package imported into an agency workspace', () => {
    const { dir, sent } = setting();
    const otherAgency = demoAgency(path.join(dir, 'agence2'));
    const before = dumpTables(otherAgency);
    expectRefused(importPackage(otherAgency, sent.file, dir), dir, /destiné à un employeur : il ne s’importe pas dans l’espace d’une agence/);
    expect(dumpTables(otherAgency)).toBe(before);
  });

  it('lists a line that cannot be applied with why, and applies the others', () => {
    const { dir, rich, sent, employerFile } = setting();
    // A package whose line 2 names, in a version, an employer it does not send (valid file, checksum recomputed).
    const file = conventionPackage.parse(JSON.parse(fs.readFileSync(sent.file, 'utf8')));
    file.lines[1]!.versions[0]!.employerSiret = '73282932000074';
    file.header.sha256 = linesChecksum(file.lines);
    fs.writeFileSync(sent.file, fileText(file));

    const outcome = importPackage(employerFile, sent.file, dir);
    expect(outcome.kind).toBe('package-applied');
    if (outcome.kind !== 'package-applied') return;
    expect(outcome.plan.ignored).toEqual([
      { lineNo: 2, conventionNumber: rich.signed[1], reason: 'la version 00 nomme l’employeur 73282932000074, absent du dossier' },
    ]);
    expect(outcome.plan.conventions.map((c) => c.conventionNumber)).toEqual(rich.signed.filter((_, i) => i !== 1));
    expect(describeImport(outcome).lines).toContain(
      `Ligne 2 (${rich.signed[1]}) non appliquée : la version 00 nomme l’employeur 73282932000074, absent du dossier.`,
    );
    withDb(employerFile, (db) => {
      // The lot detail of the imported package: the line is the workspace's own refusal, never the payment organisation's.
      const lotId = db.prepare("SELECT id FROM exchange_lots WHERE direction = 'IN'").pluck().get() as number;
      const detail = lotDetail(db, lotId, '2009-06-16');
      expect(detail.lot).toMatchObject({ direction: 'IN', kind: 'convention-package', status: 'partly_rejected' });
      const line = detail.lines.find((l) => l.lineNo === 2)!;
      expect(line).toMatchObject({
        status: 'rejected',
        code: 'NON_APPLIQUEE',
        label: `Convention ${rich.signed[1]} : la version 00 nomme l’employeur 73282932000074, absent du dossier`,
        correction: null,
        correctionBlocked: null,
        explanation: { code: 'NON_APPLIQUEE', known: true, fields: [], legalRefs: [] },
      });
      expect(line.explanation!.meaning).toMatch(
        /^Une ligne du dossier de conventions envoyé par l’agence n’a pas pu être appliquée dans cet espace de travail/,
      );
      expect(JSON.stringify(detail)).not.toMatch(/organisme payeur/);
      // An applied line opens its convention.
      const applied = detail.lines.find((l) => l.lineNo === 1)!;
      expect(applied).toMatchObject({
        status: 'accepted',
        conventionNumber: rich.signed[0],
        target: { section: 'versions', description: 'Dossier de convention' },
      });

      expect(db.prepare('SELECT number FROM conventions ORDER BY number').pluck().all()).toEqual(rich.signed.filter((_, i) => i !== 1));
      expect(db.prepare("SELECT status FROM exchange_lots WHERE direction = 'IN'").pluck().get()).toBe('partly_rejected');
      expect(db.prepare('SELECT status, error_code AS code, error_label AS label FROM exchange_lot_lines WHERE line_no = 2').get()).toEqual({
        status: 'rejected',
        code: 'NON_APPLIQUEE',
        label: `Convention ${rich.signed[1]} : la version 00 nomme l’employeur 73282932000074, absent du dossier`,
      });
    });
  });
});
