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

const { fieldId, getPath, localKey, newDocument, readLocal, removeLocal, setPath, writeLocal } = await import('./model');

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
