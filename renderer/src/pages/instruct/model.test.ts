/** The instruction form's path helpers and its copy in the browser's storage. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

// model.ts re-exports the app's clock, which talks to the services: not needed here.
vi.mock('../../store/today', () => ({ appToday: () => '2008-06-02' }));

const storage = new Map<string, string>();
vi.stubGlobal('window', {
  localStorage: {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
  },
});

const { domQuestions, fieldId, formDocument, getPath, localKey, newDocument, readLocal, removeLocal, setPath, supportQuestions, writeLocal } =
  await import('./model');

const NIR = '185057800608436';
const blank = () => newDocument('CAE', { department: '69', prescriberCode: '69012', today: '2008-06-02' });

describe('getPath', () => {
  it('reads a field by its dotted path', () => {
    const doc = { ...blank(), contract: { type: 'CDD' as const, weeklyHours: 20 } };
    expect(getPath(doc, 'contract.weeklyHours')).toBe(20);
    expect(getPath(doc, 'department')).toBe('69');
  });

  it('answers undefined for a missing branch or a path through a value', () => {
    expect(getPath(blank(), 'employer.siret')).toBeUndefined();
    expect(getPath(blank(), 'department.code')).toBeUndefined();
  });
});

describe('domQuestions', () => {
  const dom = (employee: NonNullable<ReturnType<typeof blank>['employee']>) => ({ ...newDocument('CAE_DOM', { today: '2004-04-26' }), employee });
  it('R. 831-1 : le bloc CAE-DOM pose les questions de la catégorie choisie (6° : terme de l’emploi-jeune ; 4° : titre de l’art. L. 323-3 ; 8° : inscription, obligation d’emploi et, avec le RMI, mois sans emploi)', () => {
    expect(domQuestions(dom({}))).toEqual({ registration: true, obligation: false, youthJobEnd: false, detention: false, jobless: false });
    expect(domQuestions(dom({ domCategory: 'EMPLOI_JEUNE' }))).toEqual({
      registration: false,
      obligation: false,
      youthJobEnd: true,
      detention: false,
      jobless: false,
    });
    expect(domQuestions(dom({ domCategory: 'OBLIGATION_EMPLOI' }))).toMatchObject({ registration: false, obligation: true });
    expect(domQuestions(dom({ domCategory: 'RMI_PARTNER' }))).toEqual({
      registration: false,
      obligation: false,
      youthJobEnd: false,
      detention: false,
      jobless: false,
    });
    expect(domQuestions(dom({ domCategory: 'DETENTION' }))).toMatchObject({ detention: true });
    expect(domQuestions(dom({ domCategory: 'OVER_50' }))).toEqual({
      registration: true,
      obligation: true,
      youthJobEnd: false,
      detention: false,
      jobless: false,
    });
    expect(domQuestions(dom({ domCategory: 'OVER_50', allowances: ['RMI'] }))).toMatchObject({ jobless: true });
  });
});

describe('supportQuestions', () => {
  it('formulaire CAE-0515 « Les actions d’accompagnement et de formation » : chaque réponse ouvre la question qui la suit sur le formulaire', () => {
    const doc = (support: NonNullable<ReturnType<typeof blank>['support']>) => ({ ...blank(), support });
    expect(supportQuestions(blank())).toEqual({
      training: false,
      targetLevel: false,
      employmentOrganisation: false,
      socialOrganisation: false,
      vaeProcedure: false,
      legacyEntries: [],
    });
    expect(supportQuestions(doc({ trainingPlanned: true, trainingNature: ['ADAPTATION'] }))).toMatchObject({ training: true, targetLevel: false });
    // « Si oui, niveau de formation visé » goes with « Acquisition de nouvelles compétences ».
    expect(supportQuestions(doc({ trainingPlanned: true, trainingNature: ['NEW_SKILLS'] }))).toMatchObject({ training: true, targetLevel: true });
    expect(supportQuestions(doc({ externalEmploymentSupportPlanned: true, externalSocialSupportPlanned: true, vae: true }))).toMatchObject({
      employmentOrganisation: true,
      socialOrganisation: true,
      vaeProcedure: true,
    });
  });

  it('formulaire CAE-0515 : un ancien document s’ouvre avec les choix du formulaire et sa saisie libre mise à part', () => {
    const old = { ...blank(), support: { trainingNature: ['ADAPTATION', 'QUALIFYING'], externalEmploymentSupport: 'Mission locale', timing: 'le mercredi' } };
    const doc = formDocument(old as unknown as ReturnType<typeof blank>);
    expect(doc.support).toEqual({
      trainingNature: ['ADAPTATION'],
      externalEmploymentSupportPlanned: true,
      externalEmploymentSupport: 'Mission locale',
      legacyEntries: ['Nature de la formation : QUALIFYING', 'Modalités de formation et d’accompagnement : le mercredi'],
    });
    expect(supportQuestions(doc)).toMatchObject({ employmentOrganisation: true, legacyEntries: doc.support?.legacyEntries });
    // A document without the block is left as it is.
    expect(formDocument(blank())).toEqual(blank());
  });
});

describe('newDocument', () => {
  it('R. 831-4 j) : a new CAE-DOM lists the proof of employment R. 831-5 pays the aid on; the other measures list nothing', () => {
    expect(newDocument('CAE_DOM', { today: '2008-06-02' }).supportingDocuments).toEqual({ aid: ['EMPLOYMENT_PROOF'] });
    expect(newDocument('CAV', { today: '2008-06-02' }).supportingDocuments).toBeUndefined();
  });
});

describe('setPath', () => {
  it('sets a field in a copy, creating the branches it needs, without changing the original', () => {
    const doc = blank();
    const next = setPath(doc, 'employer.siret', '13002526500013');
    expect(next.employer).toEqual({ siret: '13002526500013' });
    expect(doc.employer).toBeUndefined();
    expect(next).not.toBe(doc);
  });

  it('keeps the other fields of the branch and shares the untouched branches', () => {
    const doc = setPath(blank(), 'contract.weeklyHours', 20);
    const next = setPath(doc, 'contract.hiredOn', '2008-06-09');
    expect(next.contract).toEqual({ type: 'CDD', weeklyHours: 20, hiredOn: '2008-06-09' });
    expect(doc.contract).toEqual({ type: 'CDD', weeklyHours: 20 });
    expect(next.renewals).toBe(doc.renewals);
  });

  it('removes the field for an empty value (undefined, null, empty text) but keeps false, 0 and empty lists', () => {
    const doc = setPath(setPath(blank(), 'contract.weeklyHours', 20), 'employer.name', 'Commune de Villeurbanne');
    for (const empty of [undefined, null, '']) {
      expect(setPath(doc, 'contract.weeklyHours', empty).contract).toEqual({ type: 'CDD' });
      expect(setPath(doc, 'employer.name', empty).employer).toEqual({});
    }
    expect(setPath(doc, 'funding.otherFunding', false).funding).toEqual({ otherFunding: false });
    expect(setPath(doc, 'contract.weeklyHours', 0).contract).toEqual({ type: 'CDD', weeklyHours: 0 });
    expect(setPath(doc, 'support.trainingNature', []).support).toEqual({ trainingNature: [] });
  });

  it('reads back what it wrote', () => {
    const doc = setPath(blank(), 'employee.lastName', 'MARTIN');
    expect(getPath(doc, 'employee.lastName')).toBe('MARTIN');
  });
});

describe('fieldId', () => {
  it('turns a finding’s path into the id of its input', () => {
    expect(fieldId('contract.weeklyHours')).toBe('champ-contract-weeklyHours');
    expect(fieldId('department')).toBe('champ-department');
  });
});

describe('the local copy', () => {
  beforeEach(() => storage.clear());

  it('is stored without the NIR of the document being typed', () => {
    const doc = setPath(setPath(blank(), 'employee.nir', NIR), 'employee.lastName', 'MARTIN');
    writeLocal('new', { doc, conventionId: null, savedJson: null, savedAt: null });
    const raw = storage.get(localKey('new'))!;
    expect(raw).not.toContain(NIR);
    expect(readLocal('new')?.doc.employee).toEqual({ lastName: 'MARTIN' });
    // The form keeps its NIR: only the stored copy goes without.
    expect(doc.employee?.nir).toBe(NIR);
  });

  it('formulaire CAE-0515, « Numéro IDE » : keeps the jobseeker identifier, which is not masked like the NIR', () => {
    const doc = setPath(setPath(blank(), 'employee.nir', NIR), 'employee.jobseekerId', '0612345L');
    writeLocal('new', { doc, conventionId: null, savedJson: null, savedAt: null });
    expect(storage.get(localKey('new'))).toContain('0612345L');
    expect(readLocal('new')?.doc.employee).toEqual({ jobseekerId: '0612345L' });
  });

  it('is kept per draft, read back, and removed', () => {
    writeLocal(7, { doc: blank(), conventionId: 7, savedJson: null, savedAt: '2008-06-02T10:00:00.000Z' });
    expect(readLocal(7)).toEqual({ doc: blank(), conventionId: 7, savedJson: null, savedAt: '2008-06-02T10:00:00.000Z' });
    expect(readLocal('new')).toBeNull();
    removeLocal(7);
    expect(readLocal(7)).toBeNull();
  });

  it('reads nothing from a copy that is not JSON or not a convention', () => {
    storage.set(localKey(3), '{oops');
    storage.set(localKey(4), JSON.stringify({ doc: { schema: 'autre' } }));
    expect(readLocal(3)).toBeNull();
    expect(readLocal(4)).toBeNull();
  });
});

const model = await import('./model');

describe('contrat d’avenir : signataire et programme horaire dans le formulaire', () => {
  const cav = () => newDocument('CAV', { department: '59', prescriberCode: '59350', today: '2008-09-01' });

  it('R. 5134-41 : choisir l’État retire la collectivité ; un département ne garde pas de délégation du département', () => {
    let doc = model.withCavAuthority(cav(), 'COMMUNE');
    doc = { ...doc, concludedBy: { ...doc.concludedBy, name: 'Commune de Lille', departmentDelegationOn: '2008-06-01', delegate: 'PLIE de Lille' } };
    expect(model.withCavAuthority(doc, 'EPCI').concludedBy).toEqual({
      authority: 'EPCI',
      name: 'Commune de Lille',
      departmentDelegationOn: '2008-06-01',
      delegate: 'PLIE de Lille',
    });
    expect(model.withCavAuthority(doc, 'DEPARTMENT').concludedBy).toEqual({ authority: 'DEPARTMENT', name: 'Commune de Lille', delegate: 'PLIE de Lille' });
    expect(model.withCavAuthority(doc, 'STATE').concludedBy).toEqual({ authority: 'STATE' });
  });

  it('R. 5134-60 : le programme s’ouvre avec une période à remplir, chaque partie se saisit et se retire, et se ferme en entier', () => {
    let doc = model.withHoursProgramme({ ...cav(), contract: { weeklyHours: 26 } }, true);
    expect(doc.contract).toEqual({ weeklyHours: 26, hoursProgramme: { periods: [{}] } });
    doc = model.withProgrammePeriod(doc, 0, 'from', '2008-10-01');
    doc = model.withProgrammePeriod(doc, 0, 'weeklyHours', 30);
    doc = model.withNewProgrammePeriod(doc);
    doc = model.withProgrammePeriod(doc, 1, 'weeklyHours', 22);
    expect(doc.contract?.hoursProgramme?.periods).toEqual([{ from: '2008-10-01', weeklyHours: 30 }, { weeklyHours: 22 }]);
    doc = model.withProgrammePeriod(doc, 0, 'from', null);
    doc = model.withoutProgrammePeriod(doc, 1);
    expect(doc.contract?.hoursProgramme?.periods).toEqual([{ weeklyHours: 30 }]);
    expect(model.withHoursProgramme(doc, false).contract).toEqual({ weeklyHours: 26 });
  });
});
