import { callsOf } from '../../test/helpers/app-calls';
import { describe, expect, it } from 'vitest';
import { checkConvention } from '../../shared/rules/index';
import { exampleCae } from '../../test/helpers/conventions';
import { useTempDir } from '../../test/helpers/temp-dir';
import fs from 'node:fs';
import path from 'node:path';
import { demoAgency, withDb } from '../../test/helpers/agency-workspace';
import { conventionId, freshEmployer, richEmployer } from '../../test/helpers/package';
import { createAppServices } from '../api/app-services';
import { insertEstablishment, putEmployerProfile } from '../db/repositories/employer-profile';
import { conventionNir, versionDocument } from '../db/repositories/versions/documents';
import { listVersions } from '../db/repositories/versions/read';
import { importExchangeFile } from '../sync/import';
import { exportConventionPackage } from '../sync/package/export';
import { refreshAidPayments } from './aid-payments';
import { saveDraft } from './conventions/index';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';

const tempDir = useTempDir();

/** An employer workspace with its profile and one establishment (the example CAE's SIRET); `setToday` moves the app's calendar. */
async function employerWithEstablishment(dataDir: string) {
  let day = '2008-06-04';
  const app = createAppServices({ dataDir, mode: 'browser', today: () => day, now: () => `${day}T10:00:00.000Z`, log: () => undefined });
  const { call, ok } = callsOf(app);
  await ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Les Jardins du Rhône' });
  await ok('profile.save', {
    name: 'Association Les Jardins du Rhône',
    status: 'ASSOCIATION',
    collector: 'URSSAF',
    iban: 'FR7630006000011234567890189',
    signatoryName: 'Jeanne ROUX',
    signatoryQuality: 'Présidente',
  });
  await ok('establishments.save', { siret: '81943026500028', name: 'Association Les Jardins du Rhône', postalCode: '69003', city: 'Lyon' });
  const count = (table: 'conventions' | 'employees' | 'convention_versions') => app.workspaces.current().prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  return { app, call, ok, count, setToday: (d: string) => (day = d) };
}

/** The example CAE as received on paper: the agency's number 069-0608-69012-00042. */
const received = () => ({ ...exampleCae(), orderNumber: 42 });

describe('a convention entered by hand in an employer workspace', () => {
  it('is numbered as printed, checked by the same rules, and names one of its establishments', async () => {
    const e = await employerWithEstablishment(tempDir());
    const untyped = await e.call('conventions.saveDraft', { document: exampleCae() });
    expect(untyped).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/numéro d’ordre/) } });
    const elsewhere = await e.call('conventions.saveDraft', {
      document: { ...received(), employer: { ...exampleCae().employer, siret: '73282932000074' } },
    });
    expect(elsewhere).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/73282932000074 n’est celui d’aucun de vos établissements/) },
    });
    expect([e.count('conventions'), e.count('employees')]).toEqual([0, 0]);

    const draft = await e.ok('conventions.saveDraft', { document: received() });
    expect(draft.number).toBe('069-0608-69012-00042');
    expect(draft.orderNumber).toBe(42);
    expect(draft.versions[0]!.document).not.toHaveProperty('orderNumber');
    // The same rules as the agency's form and signature: the same findings for the same document.
    expect(draft.findings).toEqual(checkConvention(exampleCae(), { today: '2008-06-04' }).findings);

    const again = await e.call('conventions.saveDraft', { document: { ...received(), employee: { ...exampleCae().employee, nir: null, lastName: 'DUPONT' } } });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/069-0608-69012-00042 est déjà enregistrée/) } });
    expect(e.count('conventions')).toBe(1);
    e.app.close();
  });

  it('is recorded signed only without errors, then the person is in the roster with their timeline', async () => {
    const e = await employerWithEstablishment(tempDir());
    // A rate above the cap is an error of the rules: the convention cannot be recorded as signed.
    const wrong = await e.ok('conventions.saveDraft', { document: { ...received(), orderNumber: 7, funding: { aidRatePercent: '99' } } });
    expect(wrong.findings.some((f) => f.severity === 'error')).toBe(true);
    await e.ok('conventions.transition', { id: wrong.id, to: 'a_signer', date: '2008-06-04' });
    const refused = await e.call('conventions.transition', { id: wrong.id, to: 'signee', date: '2008-06-04' });
    expect(refused).toMatchObject({ ok: false });
    await e.ok('conventions.transition', { id: wrong.id, to: 'brouillon', date: '2008-06-04', reason: 'Taux à corriger' });
    await e.ok('conventions.deleteDraft', { id: wrong.id });

    const draft = await e.ok('conventions.saveDraft', { document: received() });
    await e.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
    e.setToday('2008-06-05');
    await e.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    e.setToday('2008-06-09');
    await e.ok('conventions.transition', { id: draft.id, to: 'en_cours', date: '2008-06-09' });

    const roster = await e.ok('staff.list', {});
    expect(roster.today).toBe('2008-06-09');
    expect(roster.items).toEqual([
      {
        id: draft.employee.id,
        fullName: 'MARTIN Claire',
        nirMasked: '• •• •• •• ••• ••6 61',
        birthDate: '1975-03-14',
        state: 'en_contrat',
        conventions: [
          {
            id: draft.id,
            number: '069-0608-69012-00042',
            measure: 'CAE',
            status: 'en_cours',
            startsOn: '2008-06-09',
            endsOn: '2008-12-08',
            weeklyHours: 20,
            establishment: 'Association Les Jardins du Rhône',
          },
        ],
      },
    ]);

    e.setToday('2008-07-03');
    await e.ok('conventions.recordEvent', {
      id: draft.id,
      event: { kind: 'SUSPENSION', from: '2008-07-01', to: '2008-07-20', reason: 'ILLNESS', paid: false },
    });
    const person = await e.ok('staff.get', { employeeId: draft.employee.id });
    expect(person.person.state).toBe('suspendu');
    expect(person.timeline.map((t) => [t.on, t.kind, t.done])).toEqual([
      ['2008-06-09', 'HIRING', true],
      ['2008-06-09', 'SUPPORT', true],
      ['2008-06-09', 'TUTOR', true],
      ['2008-07-01', 'SUSPENSION', true],
      ['2008-12-08', 'END', false],
    ]);
    expect(person.timeline[3]!.details).toEqual(['Du 01/07/2008 au 20/07/2008', 'Motif : Maladie', 'Non rémunérée', 'Non signalée']);
    expect(JSON.stringify(person)).not.toContain('275036912345661');
    e.setToday('2008-10-15');
    expect((await e.ok('staff.list', {})).items[0]!.state).toBe('a_renouveler');
    expect(await e.call('staff.get', { employeeId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    e.app.close();
  });
});

describe('the employer demo', () => {
  it('has its profile, and a roster whose people each open on a timeline', async () => {
    const app = createAppServices({ dataDir: tempDir(), mode: 'browser', now: () => '2026-11-25T10:00:00.000Z', today: () => '2026-11-25' });
    await app.invoke('workspace.openDemo', { role: 'employeur' });
    const profile = await app.invoke('profile.get', {});
    expect(profile.ok && profile.value.profile).toMatchObject({
      signatoryName: expect.any(String),
      signatoryQuality: expect.any(String),
      ibanMasked: expect.stringMatching(/^FR76 ••••/),
    });
    expect(profile.ok && profile.value.establishments).toHaveLength(1);
    const roster = await app.invoke('staff.list', {});
    if (!roster.ok) throw new Error(roster.error.message);
    expect(roster.value.today).toBe('2009-06-15');
    const states = new Set(roster.value.items.map((p) => p.state));
    expect(states).toContain('en_contrat');
    expect(states).toContain('termine');
    const conventions = roster.value.items.reduce((n, p) => n + p.conventions.length, 0);
    expect(conventions).toBe(app.workspaces.current().prepare('SELECT count(*) FROM conventions').pluck().get());
    for (const p of roster.value.items.slice(0, 5)) {
      const one = await app.invoke('staff.get', { employeeId: p.id });
      if (!one.ok) throw new Error(one.error.message);
      expect(one.value.timeline.filter((t) => t.kind === 'HIRING')).toHaveLength(p.conventions.length);
      expect(one.value.person).toEqual(p);
    }
    app.close();
  });
});

describe('a convention entered by hand, then sent by the agency in its package', () => {
  it('is the same convention: the agency’s package updates it, the agency making it authoritative', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const number = rich.signed[0]!;
    // The paper the employer received: the agency's first version of it, NIR included.
    const paper = withDb(agencyFile, (db) => {
      const id = conventionId(db, number);
      return versionDocument(db, listVersions(db, id)[0]!.document, conventionNir(db, id));
    });
    const sent = withDb(agencyFile, (db) =>
      exportConventionPackage(db, { employerSiret: rich.siret, outDir: path.join(dir, 'out'), now: new Date('2009-06-15T08:00:00Z') }),
    );

    const employerFile = freshEmployer(path.join(dir, 'employeur.sqlite'));
    withDb(employerFile, (db) => {
      const profile = {
        name: 'Employeur',
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
        { siret: rich.siret, name: 'Employeur', address: null, postalCode: null, city: null, department: null },
        profile,
        '2009-06-15T09:00:00.000Z',
      );
      const sc = { db, now: () => '2009-06-15T09:00:00.000Z', today: () => '2009-06-15' };
      const draft = saveDraft(sc, { document: { ...paper, orderNumber: Number(number.split('-').at(-1)) } });
      expect(draft.number).toBe(number);
    });

    const outcome = withDb(employerFile, (db) =>
      importExchangeFile(db, fs.readFileSync(sent.file), {
        file: sent.file,
        dataDir: dir,
        dryRun: false,
        now: '2009-06-16T08:00:00Z',
        onConventionChanged: refreshAidPayments,
      }),
    );
    expect(outcome.kind).toBe('package-applied');
    if (outcome.kind !== 'package-applied') return;
    expect(outcome.plan.conventions.find((c) => c.conventionNumber === number)?.change).toBe('updated');
    const [agencyStatus, local] = [
      withDb(agencyFile, (db) => db.prepare('SELECT status FROM conventions WHERE number = ?').pluck().get(number)),
      withDb(employerFile, (db) => db.prepare('SELECT status, count(*) AS n FROM conventions WHERE number = ?').get(number)),
    ];
    expect(local).toEqual({ status: agencyStatus, n: 1 });
  });
});
