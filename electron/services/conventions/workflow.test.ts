import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { agency, exampleCae, type Agency } from '../../../test/helpers/conventions';
import { storedText } from '../../../test/helpers/stored-documents';

const tempDir = useTempDir();

const JUSTIFIED = { code: 'WEEKLY_HOURS_TOO_LOW' as const, text: 'Difficultés de santé attestées par le médecin du travail : 18 h au début.' };

/** The example CAE with 18 h a week (a warning, justified reduced hours), instructed and signed. */
async function signedCae(a: Agency): Promise<number> {
  const doc = exampleCae();
  doc.contract = { ...doc.contract, weeklyHours: 18, reducedHoursJustified: true };
  const draft = await a.ok('conventions.saveDraft', { document: doc });
  a.setToday('2008-06-05');
  await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
  await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05', justifications: [JUSTIFIED] });
  return draft.id;
}

describe('instructing a CAE from the example document', () => {
  it('numbers the draft, blocks the signature on errors, asks a justification per warning, then signs', async () => {
    const a = await agency(tempDir());
    const doc = exampleCae();
    doc.employer = { ...doc.employer, siret: '81943026500029' };
    const draft = await a.ok('conventions.saveDraft', { document: doc });
    expect(draft).toMatchObject({ number: '069-0608-69012-00001', status: 'brouillon', orderNumber: 1 });
    // The instant of the save, by the app's clock: the form shows it (« Enregistré à HH:MM »).
    expect(draft.updatedAt).toBe('2008-06-02T10:00:00.000Z');
    expect(draft.findings.map((f) => f.code)).toEqual(['SIRET_INVALID']);

    a.setToday('2008-06-05');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-03' });
    const blocked = await a.call('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!blocked.ok) expect(blocked.error.message).toMatch(/ne peut pas être signée tant qu’il reste 1 erreur.*SIRET/);

    // Back to the draft to correct it (a reason is needed), with 18 h a week this time.
    expect(await a.call('conventions.transition', { id: draft.id, to: 'brouillon', date: '2008-06-03' })).toMatchObject({ ok: false });
    await a.ok('conventions.transition', { id: draft.id, to: 'brouillon', date: '2008-06-03', reason: 'SIRET à corriger' });
    const fixed = exampleCae();
    fixed.contract = { ...fixed.contract, weeklyHours: 18, reducedHoursJustified: true };
    const saved = await a.ok('conventions.saveDraft', { document: fixed, conventionId: draft.id });
    expect(saved.number).toBe(draft.number);
    expect(saved.updatedAt).toBe('2008-06-05T10:00:00.000Z');
    expect(saved.findings.map((f) => [f.code, f.severity])).toEqual([['WEEKLY_HOURS_TOO_LOW', 'warning']]);
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });

    const unjustified = await a.call('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    expect(unjustified).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('WEEKLY_HOURS_TOO_LOW') } });
    const stray = await a.call('conventions.transition', {
      id: draft.id,
      to: 'signee',
      date: '2008-06-05',
      justifications: [JUSTIFIED, { code: 'NIR_MISMATCH', text: 'Sans objet ici' }],
    });
    expect(stray).toMatchObject({ ok: false, error: { message: 'Aucun avertissement NIR_MISMATCH sur cette convention : retirez ces justifications.' } });
    const signed = await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05', justifications: [JUSTIFIED], actor: 'Mme Roux' });
    expect(signed.status).toBe('signee');
    expect(signed.versions).toHaveLength(1);
    expect(signed.versions[0]).toMatchObject({ signedOn: '2008-06-05', document: { signedOn: '2008-06-05', schema: 'cae.convention/1' } });
    expect(signed.versions[0]!.justifications).toEqual([
      { code: 'WEEKLY_HOURS_TOO_LOW', text: JUSTIFIED.text, by: 'Mme Roux', at: '2008-06-05T10:00:00.000Z' },
    ]);
    expect(signed.timeline.map((t) => t.to)).toEqual(['brouillon', 'a_signer', 'brouillon', 'a_signer', 'signee']);
    expect(signed.timeline[2]!.reason).toBe('SIRET à corriger');

    // The stored version is the full document, indexed columns extracted from it; the hours stay in the document alone (migration 0006).
    const row = a.app.workspaces.current().prepare('SELECT * FROM convention_versions').get() as Record<string, unknown>;
    expect(row).toMatchObject({ monthly_gross_cents: 80000, aid_rate_bp: 9000, starts_on: '2008-06-09', ends_on: '2008-12-08' });
    expect(row).not.toHaveProperty('weekly_minutes');
    const stored = storedText(a.app.workspaces.current(), row.id as number);
    expect(JSON.parse(stored)).toMatchObject({ contract: { weeklyHours: 18 } });
    // The NIR is stored once (employees), not in the version's document.
    expect(stored).not.toContain('275036912345661');
    expect(JSON.parse(stored)).toMatchObject({ employee: { lastName: 'MARTIN' }, employer: { siret: '81943026500028' } });

    // « L'embauche ne peut avoir lieu avant la signature » sets when it starts.
    expect(await a.call('conventions.transition', { id: draft.id, to: 'en_cours', date: '2008-06-08' })).toMatchObject({ ok: false });
    a.setToday('2008-06-09');
    expect(await a.ok('conventions.transition', { id: draft.id, to: 'en_cours', date: '2008-06-09' })).toMatchObject({ status: 'en_cours' });
    a.app.close();
  });
});

describe('avenants', () => {
  it('renews twice within 24 months, refuses a third renewal, and keeps every version for a diff', async () => {
    const a = await agency(tempDir());
    const id = await signedCae(a);
    a.setToday('2008-12-01');
    expect(await a.call('conventions.addAvenant', { id, kind: 'RENEWAL', signedOn: '2008-06-01', from: '2008-12-09', to: '2009-06-08' })).toMatchObject({
      ok: false,
      error: { message: 'L’avenant (01/06/2008) ne peut pas être signé avant la convention (05/06/2008).' },
    });
    const first = await a.ok('conventions.addAvenant', { id, kind: 'RENEWAL', signedOn: '2008-11-20', from: '2008-12-09', to: '2009-06-08' });
    expect(first.avenantIndex).toBe(1);
    expect(first.convention.endsOn).toBe('2009-06-08');
    expect(first.checklist.map((c) => c.document)).toEqual(['Copie de l’avenant de renouvellement à la convention']);
    // Its justification came from the signed version.
    expect(first.convention.versions[1]!.justifications.map((j) => j.code)).toEqual(['WEEKLY_HOURS_TOO_LOW']);

    expect(await a.call('conventions.addAvenant', { id, kind: 'RENEWAL', signedOn: '2008-11-25', from: '2009-06-10', to: '2009-12-08' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('le lendemain de la fin de la convention, le 09/06/2009') },
    });
    const tooLong = await a.call('conventions.addAvenant', { id, kind: 'RENEWAL', signedOn: '2008-11-25', from: '2009-06-09', to: '2010-07-08' });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('ne dépasse pas 24 mois') } });
    await a.ok('conventions.addAvenant', { id, kind: 'RENEWAL', signedOn: '2008-11-25', from: '2009-06-09', to: '2009-12-08', weeklyHours: 20 });
    const third = await a.call('conventions.addAvenant', { id, kind: 'RENEWAL', signedOn: '2008-11-26', from: '2009-12-09', to: '2010-03-08' });
    expect(third).toMatchObject({ ok: false, error: { message: expect.stringContaining('ne peut être renouvelé que 2 fois') } });

    const view = await a.ok('conventions.get', { id });
    expect(view.versions.map((v) => [v.number, v.kind, v.startsOn, v.endsOn])).toEqual([
      ['069-0608-69012-00001-00', 'INITIAL', '2008-06-09', '2008-12-08'],
      ['069-0608-69012-00001-01', 'RENEWAL', '2008-12-09', '2009-06-08'],
      ['069-0608-69012-00001-02', 'RENEWAL', '2009-06-09', '2009-12-08'],
    ]);
    // The history is kept: the signed version has no renewal.
    expect(view.versions[0]!.document.renewals).toEqual([]);
    expect(view.versions[2]!.document.renewals).toHaveLength(2);
    const diff = await a.ok('conventions.diff', { id, from: 1, to: 2 });
    expect(diff).toEqual([
      { path: 'renewals[1]', before: null, after: { from: '2009-06-09', to: '2009-12-08', weeklyHours: 20, aidRatePercent: null, requestedOn: null } },
    ]);
    expect(await a.call('conventions.diff', { id, from: 0, to: 7 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    a.app.close();
  });

  it('raises the hours only once the agency accepts the new aid basis; a decrease states the new aid', async () => {
    const a = await agency(tempDir());
    const id = await signedCae(a);
    a.setToday('2008-09-01');
    const refused = await a.call('conventions.addAvenant', { id, kind: 'HOURS_CHANGE', signedOn: '2008-08-25', on: '2008-09-01', weeklyHours: 24 });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('agencyAcceptedNewAidBasis') } });
    const raised = await a.ok('conventions.addAvenant', {
      id,
      kind: 'HOURS_CHANGE',
      signedOn: '2008-08-25',
      on: '2008-09-01',
      weeklyHours: 24,
      agencyAcceptedNewAidBasis: true,
    });
    expect(raised.convention.versions[1]).toMatchObject({
      kind: 'HOURS_CHANGE',
      startsOn: '2008-09-01',
      document: { events: [{ kind: 'HOURS_CHANGE', on: '2008-09-01', weeklyHours: 24 }] },
    });
    const lowered = await a.ok('conventions.addAvenant', { id, kind: 'HOURS_CHANGE', signedOn: '2008-09-01', on: '2008-10-01', weeklyHours: 20 });
    // 90 % × 8,71 € (SMIC from 1 July 2008) × 20 h × 52 / 12 = 679,38 €.
    expect(lowered.newMonthlyAidCents).toBe(67938);
    expect(lowered.convention.versions).toHaveLength(3);
    // Form CAE-0515: « Toute modification de la durée hebdomadaire du travail donne lieu à modification du contrat de travail » — both avenants go with the report.
    expect(lowered.checklist.map((c) => c.document)).toEqual([
      'Copie de l’avenant au contrat de travail fixant la nouvelle durée hebdomadaire du travail',
      'Copie de l’avenant à la convention fixant la nouvelle durée du travail',
    ]);
    a.app.close();
  });

  it('substitutes the employer by SIRET: the new employer takes over', async () => {
    const a = await agency(tempDir());
    const id = await signedCae(a);
    a.setToday('2008-10-01');
    const newEmployer = {
      name: 'Association Les Jardins de Vénissieux',
      siret: '73282932000074',
      status: 'ASSOCIATION' as const,
      collector: 'URSSAF' as const,
      address: '3 rue Gambetta, 69200 Vénissieux',
      iban: 'FR7630006000011234567890189',
    };
    const out = await a.ok('conventions.addAvenant', { id, kind: 'EMPLOYER_SUBSTITUTION', signedOn: '2008-09-25', on: '2008-10-01', employer: newEmployer });
    expect(out.convention.employer).toMatchObject({ siret: '73282932000074', name: 'Association Les Jardins de Vénissieux' });
    expect(out.convention.versions[1]!.document.employer).toMatchObject({ siret: '73282932000074' });
    expect(out.convention.versions[0]!.document.employer).toMatchObject({ siret: '81943026500028' });
    expect(a.count('employers')).toBe(2);
    const registry = a.app.workspaces.current().prepare("SELECT postal_code, city, department FROM employers WHERE siret = '73282932000074'").get();
    expect(registry).toEqual({ postal_code: '69200', city: 'Vénissieux', department: '69' });
    // Without its IBAN the rules refuse the new employer (the aid is paid to it).
    const second = { ...newEmployer, siret: '81943026500028', iban: null };
    expect(
      await a.call('conventions.addAvenant', { id, kind: 'EMPLOYER_SUBSTITUTION', signedOn: '2008-10-01', on: '2008-10-01', employer: second }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Renseignez le RIB / IBAN de l’employeur') },
    });
    a.app.close();
  });
});
