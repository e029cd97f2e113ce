import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { makeNir } from '../../app/demo/identifiers';
import { agency, exampleCae, snapshot } from '../../../test/helpers/conventions';

const tempDir = useTempDir();

function otherBeneficiary() {
  const doc = exampleCae();
  doc.employee = {
    ...doc.employee,
    civility: 'M',
    lastName: 'BERNARD',
    firstNames: 'Luc',
    birthName: null,
    birthDate: '1980-01-20',
    nir: makeNir({ sex: 1, birthDate: '1980-01-20', department: '69', commune: 123, order: 45 }),
  };
  return doc;
}

describe('numbering', () => {
  it('gives each draft the next order number of the agency, never reuses one, and dedupes employer and employee', async () => {
    const a = await agency(tempDir());
    const first = await a.ok('conventions.saveDraft', { document: exampleCae() });
    const second = await a.ok('conventions.saveDraft', { document: otherBeneficiary() });
    expect([first.number, second.number]).toEqual(['069-0608-69012-00001', '069-0608-69012-00002']);
    // Same SIRET: one employer; same NIR: one employee (its details updated).
    expect(a.count('employers')).toBe(1);
    const again = exampleCae();
    again.employee = { ...again.employee, firstNames: 'Claire Anne' };
    const third = await a.ok('conventions.saveDraft', { document: again });
    expect(a.count('employees')).toBe(2);
    expect(third.employee.fullName).toBe('MARTIN Claire Anne');

    await a.ok('conventions.deleteDraft', { id: third.id });
    await a.ok('conventions.deleteDraft', { id: second.id });
    const july = exampleCae();
    july.filedOn = '2008-07-01';
    a.setToday('2008-07-01');
    const fourth = await a.ok('conventions.saveDraft', { document: july });
    // 00002 and 00003 were deleted: their numbers stay taken.
    expect(fourth.number).toBe('069-0708-69012-00004');
    expect(a.app.workspaces.current().prepare('SELECT * FROM convention_counters').all()).toEqual([
      { department: '69', prescriber_code: '69012', last_order_number: 4 },
    ]);
    const list = await a.ok('conventions.list', {});
    expect(list.items.map((c) => c.number).sort()).toEqual(['069-0608-69012-00001', '069-0708-69012-00004']);
    const audit = a.app.workspaces.current().prepare('SELECT action FROM audit_log WHERE action LIKE ?').pluck().all('conventions.%');
    expect(audit).toEqual([
      'conventions.saveDraft',
      'conventions.saveDraft',
      'conventions.saveDraft',
      'conventions.deleteDraft',
      'conventions.deleteDraft',
      'conventions.saveDraft',
    ]);
    a.app.close();
  });

  it('keeps the number of a draft: its department, agency code and filing month cannot change', async () => {
    const a = await agency(tempDir());
    const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
    const moved = exampleCae();
    moved.filedOn = '2008-07-03';
    expect(await a.call('conventions.saveDraft', { document: moved, conventionId: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('069-0608-69012-00001') },
    });
    const sameMonth = exampleCae();
    sameMonth.filedOn = '2008-06-03';
    expect((await a.ok('conventions.saveDraft', { document: sameMonth, conventionId: draft.id })).number).toBe('069-0608-69012-00001');
    a.app.close();
  });

  it('fills the department, agency code and filing date from the workspace when the document has none', async () => {
    const a = await agency(tempDir(), '2008-06-03');
    const doc = exampleCae();
    doc.department = null;
    doc.prescriberCode = undefined;
    doc.filedOn = null;
    const draft = await a.ok('conventions.saveDraft', { document: doc });
    expect(draft.number).toBe('069-0608-69012-00001');
    expect(draft.versions[0]!.document).toMatchObject({ department: '69', prescriberCode: '69012', filedOn: '2008-06-03' });
    a.app.close();
  });
});

describe('every write is atomic', () => {
  it('leaves nothing when the version insert fails after the convention insert', async () => {
    const a = await agency(tempDir());
    const db = a.app.workspaces.current();
    const before = snapshot(a);
    db.exec("CREATE TEMP TRIGGER broken_version BEFORE INSERT ON convention_versions BEGIN SELECT RAISE(ABORT, 'panne simulée'); END");
    const reply = await a.call('conventions.saveDraft', { document: exampleCae() });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining("rien n'a été modifié") } });
    expect(snapshot(a)).toEqual(before);
    db.exec('DROP TRIGGER broken_version');
    // The counter was rolled back too: the first number is still free.
    expect((await a.ok('conventions.saveDraft', { document: exampleCae() })).number).toBe('069-0608-69012-00001');
    a.app.close();
  });

  it('leaves the event out when the résiliation it causes fails', async () => {
    const a = await agency(tempDir());
    const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
    a.setToday('2008-07-01');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
    await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    const db = a.app.workspaces.current();
    const before = snapshot(a);
    const stored = db.prepare('SELECT document FROM convention_versions').pluck().get();
    db.exec("CREATE TEMP TRIGGER broken_timeline BEFORE INSERT ON status_changes BEGIN SELECT RAISE(ABORT, 'panne simulée'); END");
    const reply = await a.call('conventions.recordEvent', {
      id: draft.id,
      event: { kind: 'RUPTURE', on: '2008-06-20', initiative: 'EMPLOYEE', reason: 'NEW_CDI' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(snapshot(a)).toEqual(before);
    expect(db.prepare('SELECT document FROM convention_versions').pluck().get()).toEqual(stored);
    expect(db.prepare('SELECT status FROM conventions').pluck().get()).toBe('signee');
    a.app.close();
  });

  it('leaves no half avenant when its event cannot be stored', async () => {
    const a = await agency(tempDir());
    const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
    a.setToday('2008-11-20');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
    await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    const db = a.app.workspaces.current();
    db.exec("CREATE TEMP TRIGGER broken_events BEFORE INSERT ON contract_events BEGIN SELECT RAISE(ABORT, 'panne simulée'); END");
    const before = snapshot(a);
    const reply = await a.call('conventions.addAvenant', {
      id: draft.id,
      kind: 'HOURS_CHANGE',
      signedOn: '2008-11-20',
      on: '2008-11-20',
      weeklyHours: 25,
      agencyAcceptedNewAidBasis: true,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(snapshot(a)).toEqual(before);
    a.app.close();
  });
});

describe('bad input changes nothing', () => {
  it('refuses an invalid document, a draft without what the data model needs, and unknown conventions', async () => {
    const a = await agency(tempDir());
    const before = snapshot(a);
    const wrongSchema = await a.call('conventions.saveDraft', { document: { schema: 'cae.convention/2' } as never });
    expect(wrongSchema).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'document.schema': expect.stringContaining('cae.convention/1') } },
    });
    const badDate = exampleCae();
    badDate.contract = { ...badDate.contract, hiredOn: '2008-02-30' };
    expect(await a.call('conventions.saveDraft', { document: badDate })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const bare = await a.call('conventions.saveDraft', { document: { schema: 'cae.convention/1', measure: 'CAE' } });
    expect(bare).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('le SIRET de l’employeur (14 chiffres)') } });
    const shortNir = exampleCae();
    shortNir.employee = { ...shortNir.employee, nir: '2750369' };
    expect(await a.call('conventions.saveDraft', { document: shortNir })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('NIR de 15 caractères') },
    });
    expect(await a.call('conventions.transition', { id: 999, to: 'a_signer', date: '2008-06-02' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await a.call('conventions.saveDraft', { document: exampleCae(), conventionId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await a.call('conventions.recordEvent', { id: 1, event: { kind: 'HOURS_CHANGE', on: '2008-07-01', weeklyHours: 20 } as never })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(snapshot(a)).toEqual(before);
    a.app.close();
  });

  it('refuses a signed convention being edited as a draft, and deleting it', async () => {
    const a = await agency(tempDir());
    const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
    a.setToday('2008-06-05');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
    await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    const before = snapshot(a);
    expect(await a.call('conventions.saveDraft', { document: exampleCae(), conventionId: draft.id })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('avenant') },
    });
    expect(await a.call('conventions.deleteDraft', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await a.call('conventions.transition', { id: draft.id, to: 'terminee', date: '2008-06-05' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('ne peut pas passer') },
    });
    expect(snapshot(a)).toEqual(before);
    a.app.close();
  });
});
