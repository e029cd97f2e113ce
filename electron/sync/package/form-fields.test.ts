/**
 * The fields of form CAE-0515 the document gained (numéro IDE, collector's
 * name, signatories, « Transmis au CNASEA le », contrat d'avenir annex,
 * CAE-DOM supporting documents): stored, read back, and carried by the
 * convention package to the employer's workspace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConventionDocument } from '../../../shared/rules/index';
import { agency, exampleCae } from '../../../test/helpers/conventions';
import { withDb } from '../../../test/helpers/agency-workspace';
import { conventionFile, freshEmployer } from '../../../test/helpers/package';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { refreshAidPayments } from '../../services/aid-payments';
import { importExchangeFile } from '../import';
import { packageLine } from '../schemas';
import { exportConventionPackage } from './export';

const tempDir = useTempDir('cae-form-fields-');

/** The example CAE with every new field filled, its employer's collector « autre ». */
function fullCae(): ConventionDocument {
  const cae = exampleCae();
  return {
    ...cae,
    employer: { ...cae.employer, collector: 'AUTRE', collectorName: 'Caisse de prévoyance sociale' },
    employee: { ...cae.employee, jobseekerId: '0612345L' },
    signatures: {
      employer: { name: 'Jeanne Roux', quality: 'Présidente', place: 'Lyon', signedOn: '2008-06-03' },
      authority: { name: 'Paul Léger', quality: 'Directeur de l’ALE', signedOn: '2008-06-05' },
    },
    transmittedToCnaseaOn: '2008-06-06',
    // Not the CAE's, but a document holds them as it is given.
    annex: { objectives: 'CAP', programme: '120 h', organisationAndEvaluation: 'bilan à 6 mois', referentIntervention: 'entretien mensuel' },
    supportingDocuments: { aid: ['EMPLOYMENT_PROOF'], rupture: ['RUPTURE_LETTER'], ruptureOther: 'attestation' },
  };
}

const NEW_FIELDS = ['signatures', 'transmittedToCnaseaOn', 'annex', 'supportingDocuments'] as const;

describe('formulaire CAE-0515, champs de la convention : enregistrés, relus et transmis dans le dossier de conventions', () => {
  it('formulaire CAE-0515 (numéro IDE, organisme « autre », signataires, transmission) : save → reload gives them back, and the registry keeps the collector’s name', async () => {
    const a = await agency(tempDir());
    const doc = fullCae();
    const draft = await a.ok('conventions.saveDraft', { document: doc });
    const reloaded = (await a.ok('conventions.get', { id: draft.id })).versions.at(-1)!.document as ConventionDocument;
    expect(reloaded.employer).toMatchObject({ collector: 'AUTRE', collectorName: 'Caisse de prévoyance sociale' });
    expect(reloaded.employee?.jobseekerId).toBe('0612345L');
    for (const key of NEW_FIELDS) expect(reloaded[key], key).toEqual(doc[key]);
    const employerId = a.app.workspaces.current().prepare('SELECT employer_id FROM conventions WHERE id = ?').pluck().get(draft.id) as number;
    expect(await a.ok('employers.get', { id: employerId })).toMatchObject({ collector: 'AUTRE', collectorOther: 'Caisse de prévoyance sociale' });
    // Back to the URSSAF: the registry forgets the name, as the form prints none.
    await a.ok('conventions.saveDraft', { conventionId: draft.id, document: { ...doc, employer: { ...doc.employer, collector: 'URSSAF' } } });
    expect(await a.ok('employers.get', { id: employerId })).toMatchObject({ collector: 'URSSAF', collectorOther: null });
  });

  it('formulaire CAE-0515 (numéro IDE, organisme « autre », signataires, transmission) : package → import gives them to the employer’s workspace', async () => {
    const dir = tempDir();
    const a = await agency(dir);
    const draft = await a.ok('conventions.saveDraft', { document: fullCae() });
    a.setToday('2008-06-09');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
    await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    const agencyDb = a.app.workspaces.current();
    const sent = exportConventionPackage(agencyDb, { employerSiret: '81943026500028', outDir: path.join(dir, 'out'), now: new Date('2008-06-10T08:00:00Z') });
    const employerFile = freshEmployer(path.join(dir, 'employeur', 'cae.sqlite'));
    const outcome = withDb(employerFile, (db) =>
      importExchangeFile(db, fs.readFileSync(sent.file), {
        file: sent.file,
        dataDir: dir,
        dryRun: false,
        now: '2008-06-11T08:00:00Z',
        onConventionChanged: refreshAidPayments,
      }),
    );
    expect(outcome.kind).toBe('package-applied');
    const number = sent.conventions[0]!;
    withDb(employerFile, (employer) => {
      expect(conventionFile(employer, number)).toEqual(conventionFile(agencyDb, number));
      const line = packageLine.parse(conventionFile(employer, number));
      expect(line.employer.collectorOther).toBe('Caisse de prévoyance sociale');
      const document = line.versions[0]!.document;
      expect(document.employee?.jobseekerId).toBe('0612345L');
      expect(document.employer?.collectorName).toBe('Caisse de prévoyance sociale');
      for (const key of NEW_FIELDS) expect(document[key], key).toEqual(fullCae()[key]);
      expect(employer.prepare('SELECT collector, collector_other AS other FROM employers').get()).toEqual({
        collector: 'AUTRE',
        other: 'Caisse de prévoyance sociale',
      });
    });
  });
});
