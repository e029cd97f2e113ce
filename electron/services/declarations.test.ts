import { callsOf } from '../../test/helpers/app-calls';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { agency, runningCae, type Agency } from '../../test/helpers/conventions';
import { pdfText } from '../../test/helpers/pdf';
import { useTempDir } from '../../test/helpers/temp-dir';
import { maskNir } from '../../shared/format/nir';
import { createAppServices, type AppServices } from '../api/app-services';
import { putEmployerProfile } from '../db/repositories/employer-profile';
import { eventDeclaration } from './declarations';
import { TEST_PASSPHRASE } from '../../test/helpers/passphrase';

const tempDir = useTempDir('cae-declarations-');
const opened: AppServices[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.close();
});

const NIR = '275036912345661';

/**
 * The example CAE (9 June to 8 December 2008, 20 h) with its facts recorded
 * by the agency — an hours-change avenant to 26 h on 15/09/2008 (events[0]),
 * a suspension for illness not yet reported (events[1]), a trial period
 * elsewhere reported on 08/10/2008 (events[2]), a rupture for a CDI reported
 * on 05/11/2008 (events[3]) — imported with its package into an employer
 * workspace seen on 15 June 2009, whose profile names the signatory.
 */
async function employerWithFacts() {
  const a: Agency = await agency(path.join(tempDir(), 'agence'));
  opened.push(a.app);
  const id = await runningCae(a);
  a.setToday('2008-09-20');
  await a.ok('conventions.addAvenant', {
    id,
    kind: 'HOURS_CHANGE',
    signedOn: '2008-09-12',
    on: '2008-09-15',
    weeklyHours: 26,
    agencyAcceptedNewAidBasis: true,
  });
  await a.ok('conventions.recordEvent', { id, event: { kind: 'SUSPENSION', from: '2008-07-07', to: '2008-07-11', reason: 'ILLNESS', paid: false } });
  a.setToday('2008-10-20');
  await a.ok('conventions.recordEvent', {
    id,
    event: { kind: 'TRIAL_PERIOD_ELSEWHERE', from: '2008-10-06', to: '2008-10-10', paid: false, reportedOn: '2008-10-08' },
  });
  a.setToday('2008-11-10');
  await a.ok('conventions.recordEvent', {
    id,
    event: { kind: 'RUPTURE', on: '2008-11-03', initiative: 'EMPLOYEE', reason: 'NEW_CDI', reportedOn: '2008-11-05' },
  });
  const employerId = a.app.workspaces.current().prepare('SELECT employer_id FROM conventions WHERE id = ?').pluck().get(id) as number;
  const pkg = await a.ok('exchanges.exportPackage', { employerId });

  const app = createAppServices({
    dataDir: path.join(tempDir(), 'employeur'),
    mode: 'browser',
    today: () => '2009-06-15',
    now: () => '2009-06-15T10:00:00.000Z',
    log: () => undefined,
  });
  opened.push(app);
  const { call, ok } = callsOf(app);
  await ok('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association Les Jardins du Rhône' });
  expect((await ok('exchanges.import', { fileName: pkg.fileName, base64: pkg.base64, dryRun: false })).kind).toBe('applied');
  const db = app.workspaces.current();
  putEmployerProfile(db, {
    name: 'Association Les Jardins du Rhône',
    status: 'ASSOCIATION',
    collector: 'URSSAF',
    collectorName: null,
    iban: null,
    signatoryName: 'Hélène Garnier',
    signatoryQuality: 'Présidente',
    updatedAt: '2009-06-01T08:00:00Z',
  });
  const row = db.prepare('SELECT id, number FROM conventions').get() as { id: number; number: string };
  const pdf = async (index: number) => {
    const file = await ok('documents.eventDeclarationPdf', { conventionId: row.id, fact: { kind: 'EVENT', index } });
    const bytes = Buffer.from(file.base64, 'base64');
    return { fileName: file.fileName, bytes, pages: (await pdfText(bytes)).split('\f') };
  };
  return { app, db, call, conventionId: row.id, number: row.number, pdf };
}

describe('declaration of a reported fact (documents.eventDeclarationPdf)', () => {
  it('formulaire CAE-0515 (« signaler à l’ANPE et au CNASEA, dans un délai de sept jours francs ») et R. 5134-61 5° : la suspension pour maladie du 07/07/2008, une page par destinataire, à adresser au plus tard le 15/07/2008, avec l’arrêt médical à joindre', async () => {
    const e = await employerWithFacts();
    const { fileName, bytes, pages } = await e.pdf(1);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fileName).toBe(`declaration-suspension-${e.number}-2008-07-07.pdf`);
    // One copy for each recipient, named as on the day of the fact, each listing both.
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Exemplaire pour l’ANPE');
    expect(pages[1]).toContain('Exemplaire pour le CNASEA');
    for (const page of pages) {
      expect(page).toContain('DÉCLARATION DE SUSPENSION');
      expect(page).toContain('Déclaration adressée à l’ANPE et au CNASEA');
      expect(page).toContain('Fait survenu le 07/07/2008 — à adresser au plus tard le 15/07/2008');
      expect(page).toContain(`${e.number} Contrat d’accompagnement dans l’emploi (CAE) 05/06/2008`);
      expect(page).toContain('SIRET 81943026500028');
      expect(page).toContain('Du : Au : Motif : Rémunération maintenue :\n07/07/2008 11/07/2008 Maladie non');
      expect(page).toContain('☐ Copie des justificatifs de la situation du salarié (arrêt médical');
      expect(page).toContain('R. 5134-61 5°, appliqué par analogie');
      expect(page).toContain(
        'Délai compté du 07/07/2008 — Code du travail — art. L5134-20 et suivants (recodification de L322-4-7) ; anciennement Formulaire CAE-0515',
      );
      // The NIR is masked: its last three characters only.
      expect(page).not.toContain(NIR);
      expect(page).toContain(`Mme Claire MARTIN ${maskNir(NIR)} 09/06/2008`);
      // Not reported yet: signed on the workspace's day, by the profile's signatory.
      expect(page).toContain('le 15/06/2009');
      expect(page).toContain('Hélène Garnier, Présidente');
      expect(page).toContain('Je soussigné(e) Hélène Garnier, Présidente, pour Association Les Jardins du Rhône, certifie');
    }
  });

  it('formulaire CAE-0515 (« Toute modification de la durée hebdomadaire du travail … doit être signalée ») : la modification du 15/09/2008 (20 h → 26 h, avenant 01), sept jours francs par analogie, avec l’avenant au contrat et l’avenant à la convention', async () => {
    const e = await employerWithFacts();
    const { fileName, pages } = await e.pdf(0);
    expect(fileName).toBe(`declaration-duree-du-travail-${e.number}-2008-09-15.pdf`);
    expect(pages).toHaveLength(2);
    const page = pages[0]!;
    expect(page).toContain('DÉCLARATION DE MODIFICATION DE LA DURÉE DU TRAVAIL');
    expect(page).toContain('Fait survenu le 15/09/2008 — à adresser au plus tard le 23/09/2008');
    expect(page).toContain('sept jours francs appliqués par analogie avec la suspension et la rupture');
    expect(page).toContain('20 h → 26 h');
    expect(page).toMatch(/Avenant n° 0?1 signé le 12\/09\/2008/);
    expect(page).toContain('☐ Copie de l’avenant au contrat de travail fixant la nouvelle durée hebdomadaire du travail');
    expect(page).toContain('☐ Copie de l’avenant à la convention fixant la nouvelle durée du travail');
    expect(page).toContain('R. 5134-61 6° (avenant de renouvellement), appliqué par analogie');
  });

  it('R. 5134-61 1° et 3°, 4° : la rupture pour un CDI (lettre de rupture, justificatif de l’embauche) et la période d’essai ailleurs (contrat de l’autre employeur), datées du jour où elles ont été signalées', async () => {
    const e = await employerWithFacts();
    const trial = await e.pdf(2);
    expect(trial.fileName).toBe(`declaration-periode-essai-${e.number}-2008-10-06.pdf`);
    expect(trial.pages[0]).toContain('DÉCLARATION DE PÉRIODE D’ESSAI CHEZ UN AUTRE EMPLOYEUR');
    expect(trial.pages[0]).toContain('Fait survenu le 06/10/2008 — à adresser au plus tard le 14/10/2008');
    expect(trial.pages[0]).toContain('☐ Copie du contrat de travail conclu avec l’autre employeur (période d’essai)');
    expect(trial.pages[0]).toContain('le 08/10/2008');
    const rupture = await e.pdf(3);
    const page = rupture.pages[1]!;
    expect(page).toContain('DÉCLARATION DE RUPTURE');
    expect(page).toContain('Exemplaire pour le CNASEA');
    expect(page).toContain('Date d’effet : À l’initiative : Motif :\n03/11/2008 du salarié Embauche en CDI');
    expect(page).toContain('☐ Copie de la lettre de rupture');
    expect(page).toContain('☐ Justificatif de l’embauche en CDI');
    expect(page).toContain('le 05/11/2008');
  });

  it('gives the deadline and the documents of a fact without printing it (for the Obligations screen)', async () => {
    const e = await employerWithFacts();
    const d = eventDeclaration(e.db, e.conventionId, { kind: 'EVENT', index: 3 });
    expect(d).toMatchObject({
      kind: 'RUPTURE',
      title: 'Déclaration de rupture',
      eventDate: '2008-11-03',
      // 3 + 7 + 1 = 11 November, a holiday: the next working day.
      due: '2008-11-12',
      reportedOn: '2008-11-05',
      recipients: 'à l’ANPE et au CNASEA',
      bodies: ['l’ANPE', 'le CNASEA'],
    });
    expect(d.checklist.map((c) => c.legalRef)).toEqual([expect.stringContaining('R. 5134-61 1°'), expect.stringContaining('R. 5134-61 3°')]);
  });

  it('refuses an unknown fact or a fact without declaration in French, and a malformed reference before the service runs', async () => {
    const e = await employerWithFacts();
    const missing = await e.call('documents.eventDeclarationPdf', { conventionId: e.conventionId, fact: { kind: 'EVENT', index: 9 } });
    expect(missing).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: `La convention ${e.number} n’a pas d’événement n° 10 (4 enregistré(s)).` },
    });
    const renewal = await e.call('documents.eventDeclarationPdf', { conventionId: e.conventionId, fact: { kind: 'RENEWAL', index: 0 } });
    expect(renewal).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('n’a pas de renouvellement n° 1') } });
    const unknown = await e.call('documents.eventDeclarationPdf', { conventionId: 999, fact: { kind: 'EVENT', index: 0 } });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'La convention n° 999 n’existe pas (ou plus) dans cet espace de travail.' },
    });
    const bad = await e.app.invoke('documents.eventDeclarationPdf', { conventionId: e.conventionId, fact: { kind: 'SUBSTITUTION', index: 0 } } as never);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('fait attendu') } });
    const negative = await e.app.invoke('documents.eventDeclarationPdf', { conventionId: e.conventionId, fact: { kind: 'EVENT', index: -1 } } as never);
    expect(negative).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
