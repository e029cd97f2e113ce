import { describe, expect, it } from 'vitest';
import type { ConventionDocument } from './schema';
import { storageProblems } from './storable';

/** The CAE example of test/fixtures, inlined (shared/ does no I/O): everything a draft needs to be stored. */
function draft(): ConventionDocument {
  return {
    schema: 'cae.convention/1',
    measure: 'CAE',
    department: '69',
    prescriberCode: '69012',
    filedOn: '2008-06-02',
    employer: { name: 'Association Les Jardins du Rhône', siret: '819 430 265 00028', status: 'ASSOCIATION', collector: 'URSSAF' },
    employee: { civility: 'MME', lastName: 'MARTIN', firstNames: 'Claire', birthDate: '1975-03-14', nir: '2 75 03 69 123 456 61' },
    contract: { type: 'CDD', hiredOn: '2008-06-09', plannedEnd: '2008-12-08', weeklyHours: 20 },
    funding: { aidRatePercent: '90' },
  };
}

const fields = (doc: ConventionDocument) => storageProblems(doc).map((p) => p.field);

describe('what a draft needs to be stored (form CAE-0515, administration block and « Le contrat »)', () => {
  it('a complete draft, SIRET and NIR typed with spaces, has none; no NIR at all is fine too', () => {
    expect(storageProblems(draft())).toEqual([]);
    expect(storageProblems({ ...draft(), employee: { ...draft().employee, nir: null } })).toEqual([]);
  });

  it('an empty document lacks the numbering, the parties and the contract, each with a short label and a precise message', () => {
    const problems = storageProblems({ schema: 'cae.convention/1' });
    expect(problems.map((p) => p.field)).toEqual([
      'measure',
      'department',
      'prescriberCode',
      'filedOn',
      'employer.siret',
      'employer.name',
      'employer.status',
      'employer.collector',
      'employee.civility',
      'employee.lastName',
      'employee.birthDate',
      'contract.type',
      'contract.hiredOn',
      'contract.weeklyHours',
    ]);
    expect(problems.find((p) => p.field === 'department')).toEqual({
      field: 'department',
      label: 'le département',
      message: 'le département (01 à 95, 2A, 2B, 971 à 976)',
    });
    expect(problems.find((p) => p.field === 'contract.weeklyHours')).toMatchObject({
      label: 'la durée hebdomadaire (1 à 35 h)',
      message: 'la durée hebdomadaire (1 à 35 heures)',
    });
  });

  it('refuses a malformed department, prescriber code, SIRET or NIR, and an end before the hiring', () => {
    const d = draft();
    expect(fields({ ...d, department: '96' })).toEqual(['department']);
    expect(fields({ ...d, prescriberCode: '6901' })).toEqual(['prescriberCode']);
    expect(fields({ ...d, employer: { ...d.employer, siret: '8194302650002' } })).toEqual(['employer.siret']);
    expect(fields({ ...d, employee: { ...d.employee, nir: '27503691234566' } })).toEqual(['employee.nir']);
    expect(fields({ ...d, contract: { ...d.contract, plannedEnd: '2008-06-08' } })).toEqual(['contract.plannedEnd']);
  });

  it('weekly hours: 1 to 35 h stored (decision in hours/weekly.ts), the CAE’s 20 h minimum being a finding of L322-4-7 I al. 7, not a storage bound', () => {
    const withHours = (weeklyHours: number) => fields({ ...draft(), contract: { ...draft().contract, weeklyHours } });
    expect(withHours(1)).toEqual([]);
    expect(withHours(17.5)).toEqual([]);
    expect(withHours(35)).toEqual([]);
    expect(withHours(0.5)).toEqual(['contract.weeklyHours']);
    expect(withHours(35.5)).toEqual(['contract.weeklyHours']);
  });

  it('aid rate: 105 % at most, the cap of the ateliers et chantiers d’insertion (R. 322-16-3, then R. 5134-30)', () => {
    const withRate = (aidRatePercent: string) => storageProblems({ ...draft(), funding: { aidRatePercent } });
    expect(withRate('105')).toEqual([]);
    expect(withRate('105.01')).toEqual([
      { field: 'funding.aidRatePercent', label: 'un taux d’aide de 105 % au plus', message: 'un taux d’aide de 105 % au plus' },
    ]);
  });
});
