/**
 * Issue #15, section 4: every write path survives a kill (test/helpers/kill-harness.ts).
 * `npm test` kills each write path KILLS times (2 by default); `npm run torture`
 * sets TORTURE_KILLS (hundreds in all) and prints the kills survived per path.
 * TORTURE_SEED changes the delays drawn; a failure names its seed and delay.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainDatabasePath } from '../../electron/app/data-dir';
import { agency, exampleCae, runningCae } from '../helpers/conventions';
import { base64, exportedAndAnswered } from '../helpers/exchanges';
import { torture, type PathReport, type WritePath } from '../helpers/kill-harness';
import { generateDemoAtVersion } from '../helpers/migrate';
import { freshEmployer } from '../helpers/package';

const KILLS = Number(process.env.TORTURE_KILLS ?? 2);
const SEED = Number(process.env.TORTURE_SEED ?? 15);

let work: string;
const paths = new Map<string, WritePath>();
const reports: PathReport[] = [];

/** An agency with a running CAE (id 1), a manual backup, then one more draft: for the form, event, avenant, export, backup and restore. */
async function agencyBase(dir: string): Promise<{ id: number; backup: string }> {
  const a = await agency(dir);
  const id = await runningCae(a);
  const backup = await a.ok('backups.create', {});
  await a.ok('conventions.saveDraft', { document: exampleCae() });
  a.app.close();
  return { id, backup: backup.name };
}

/** An agency whose running CAE has a notice of dénonciation; its package, imported by an employer workspace. */
async function denunciationAndPackage(dir: string, employerDir: string): Promise<{ id: number; pkg: { fileName: string; base64: string } }> {
  const a = await agency(dir);
  const id = await runningCae(a);
  a.setToday('2008-10-20');
  await a.ok('conventions.denunciation', { id, step: 'NOTICE', date: '2008-10-01', grounds: 'Actions de formation prévues non réalisées' });
  const employerId = (await a.ok('conventions.get', { id })).employer.id;
  const pkg = await a.ok('exchanges.exportPackage', { employerId });
  a.app.close();
  freshEmployer(mainDatabasePath(employerDir));
  return { id, pkg: { fileName: pkg.fileName, base64: pkg.base64 } };
}

async function prepare(): Promise<void> {
  const dir = (name: string) => fs.mkdirSync(path.join(work, name), { recursive: true }) ?? path.join(work, name);
  const { id, backup } = await agencyBase(dir('agence'));
  const d = await denunciationAndPackage(dir('denonciation'), dir('employeur'));
  const x = await exportedAndAnswered(dir('import'));
  x.a.app.close();
  generateDemoAtVersion({ file: mainDatabasePath(dir('migration')), role: 'agence', conventions: 30, seed: 1 }, 1);
  const agence = path.join(work, 'agence');
  const add = (w: WritePath) => paths.set(w.name, w);
  add({
    name: 'enregistrement du formulaire',
    base: agence,
    today: '2008-06-09',
    write: { channel: 'conventions.saveDraft', input: { document: exampleCae() } },
  });
  add({
    name: 'événement',
    base: agence,
    today: '2008-09-10',
    write: {
      channel: 'conventions.recordEvent',
      input: { id, event: { kind: 'SUSPENSION', from: '2008-09-01', to: '2008-09-14', reason: 'ILLNESS', paid: false } },
    },
  });
  add({
    name: 'avenant',
    base: agence,
    today: '2008-11-20',
    write: {
      channel: 'conventions.addAvenant',
      input: { id, kind: 'HOURS_CHANGE', signedOn: '2008-11-20', on: '2008-11-20', weeklyHours: 25, agencyAcceptedNewAidBasis: true },
    },
  });
  add({
    name: 'dénonciation',
    base: path.join(work, 'denonciation'),
    today: '2008-10-20',
    write: {
      channel: 'conventions.denunciation',
      input: { id: d.id, step: 'DECISION', date: '2008-10-15', decision: 'DENOUNCED', reason: 'Formation non réalisée' },
    },
  });
  add({ name: 'export (lot)', base: agence, today: '2008-06-09', write: { channel: 'exchanges.export', input: {} }, check: 'export' });
  add({
    name: 'import (fichier retour)',
    base: path.join(work, 'import'),
    today: '2008-06-20',
    write: { channel: 'exchanges.import', input: { fileName: x.answer.fileName, base64: base64(x.answer.text), dryRun: false } },
  });
  add({
    name: 'import d’un dossier de conventions',
    base: path.join(work, 'employeur'),
    today: '2008-10-21',
    write: { channel: 'exchanges.import', input: { ...d.pkg, dryRun: false } },
  });
  add({ name: 'sauvegarde', base: agence, today: '2008-06-09', write: { channel: 'backups.create', input: {} }, check: 'backup' });
  add({ name: 'restauration', base: agence, today: '2008-06-09', write: { channel: 'backups.restore', input: { name: backup } }, check: 'restore' });
  add({ name: 'migration (schéma 1 → dernier)', base: path.join(work, 'migration'), today: '2009-06-15', write: 'migration' });
}

/** The table `npm run torture` prints: kills survived per write path, and where each kill left the database. */
function table(): string {
  const rows = [...reports]
    .sort((a, b) => NAMES.indexOf(a.name) - NAMES.indexOf(b.name))
    .map((r) => {
      const where = Object.entries(r.outcomes)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      return `| ${r.name} | ${r.kills} | ${r.kills - new Set(r.problems.map((p) => p.split(' : ')[0])).size} | ${where} |`;
    });
  return ['| écriture | arrêts | survécus | état trouvé |', '|---|---|---|---|', ...rows].join('\n');
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-kill-bases-'));
  await prepare();
}, 120_000);

afterAll(() => {
  if (reports.length > 0) console.log(`Arrêts brutaux (SIGKILL), graine ${SEED} :\n${table()}`);
  fs.rmSync(work, { recursive: true, force: true });
});

const NAMES = [
  'enregistrement du formulaire',
  'événement',
  'avenant',
  'dénonciation',
  'export (lot)',
  'import (fichier retour)',
  'import d’un dossier de conventions',
  'sauvegarde',
  'restauration',
  'migration (schéma 1 → dernier)',
];

describe('every write path survives a kill (SIGKILL at a random point, seeded)', () => {
  it.concurrent.each(NAMES)(
    '%s: integrity_check ok, all or nothing, a lot ready or sent only with its complete file, no temporary file after the next start',
    async (name) => {
      const write = paths.get(name)!;
      const report = await torture(write, KILLS, SEED + NAMES.indexOf(name));
      reports.push(report);
      expect(report.problems).toEqual([]);
      expect(Object.values(report.outcomes).reduce((s, n) => s + n, 0)).toBe(KILLS);
    },
    120_000 + KILLS * 30_000,
  );
});
