import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import type { ConventionDocument } from '../document/schema';
import { cavExample, findingCodes } from '../../../test/helpers/rule-documents';

const cav = cavExample;
const codes = findingCodes;

describe('Contrat d’avenir (004 R. 5134-x)', () => {
  const valid = () => {
    const d = cav();
    const nirBody = '1800159123456';
    d.employee = { ...d.employee, nir: nirBody + String(97 - Number(BigInt(nirBody) % 97n)).padStart(2, '0') };
    return d;
  };
  it('a complete convention has no finding', () => {
    expect(checkConvention(valid()).findings).toEqual([]);
  });
  it('R. 5134-49: each of the 15 mandatory contents is required', () => {
    const d = valid();
    delete d.clauses;
    d.funding = { aidRatePercent: '75' };
    const fields = checkConvention(d)
      .findings.filter((f) => f.code === 'REQUIRED_FIELD_MISSING')
      .map((f) => f.field);
    expect(fields).toEqual(['funding.allowanceDebtorAid', 'funding.allowancePayer', 'clauses.monitoring', 'clauses.repayment']);
  });
  it('R. 5134-49 6° : le contrat d’avenir est un CDD, dont la convention fixe le terme ; un CDI est refusé', () => {
    const d = valid();
    d.contract = { ...d.contract, type: 'CDI' };
    const f = checkConvention(d).findings.find((x) => x.code === 'CONTRACT_TYPE_NOT_ALLOWED');
    expect(f).toMatchObject({ severity: 'error', field: 'contract.type' });
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-49 6°/);
  });
  it('R. 5134-47: 24 months; 6–24 months by prefectoral decision (warning); less than 6 is an error', () => {
    const d = valid();
    d.contract = { ...d.contract, plannedEnd: '2009-09-14' };
    expect(codes(d)).toContain('DURATION_TOO_SHORT:warning');
    d.contract = { ...d.contract, plannedEnd: '2009-01-14' };
    expect(codes(d)).toContain('DURATION_TOO_SHORT:error');
  });
  it('R. 5134-48: 36 months in all, 5 years over 50', () => {
    const d = valid();
    d.renewals = [{ from: '2010-09-15', to: '2011-09-15' }];
    expect(codes(d)).toContain('TOTAL_DURATION_EXCEEDED:error'); // 36 months end on 2011-09-14
    d.employee = { ...d.employee, birthDate: '1955-01-01' };
    d.employee.nir = undefined;
    expect(codes(d)).not.toContain('TOTAL_DURATION_EXCEEDED:error');
  });
  it('R. 5134-48 al. 2 : après 50 ans, les renouvellements ne dépassent pas 36 mois en tout après la convention initiale (et la convention 5 ans)', () => {
    const d = valid();
    d.employee = { ...d.employee, birthDate: '1955-01-01', nir: undefined };
    d.contract = { ...d.contract, plannedEnd: '2009-09-14' }; // 12 months, by the préfet's decision
    d.renewals = [{ from: '2009-09-15', to: '2013-03-14' }]; // 42 months of renewal, 54 in all
    const f = checkConvention(d).findings.find((x) => x.code === 'TOTAL_DURATION_EXCEEDED');
    expect(f).toMatchObject({ severity: 'error', field: 'renewals[0].to' });
    expect(f?.message).toContain('plus de 50 ans au 15/09/2009');
    expect(f?.message).toContain('au plus tard le 14/09/2012');
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-48, alinéa 2/);
    d.renewals = [{ from: '2009-09-15', to: '2012-09-14' }];
    expect(codes(d)).not.toContain('TOTAL_DURATION_EXCEEDED:error');
    // A person recognised as a disabled worker, at any age: the same limits.
    const h = valid();
    h.employee = { ...h.employee, disabledWorker: true };
    h.contract = { ...h.contract, plannedEnd: '2009-09-14' };
    h.renewals = [{ from: '2009-09-15', to: '2013-03-14' }];
    expect(checkConvention(h).findings.find((x) => x.code === 'TOTAL_DURATION_EXCEEDED')?.message).toContain('reconnue travailleur handicapé');
  });
  it('R. 5134-48 al. 2 : l’âge de plus de 50 ans s’apprécie au jour où chaque renouvellement prend effet (R. 5134-45 al. 2)', () => {
    const d = valid();
    // 49 at hiring (15/09/2008), 51 when the renewal takes effect (15/09/2010): 48 months in all are allowed.
    d.employee = { ...d.employee, birthDate: '1958-12-01', nir: undefined };
    d.renewals = [{ from: '2010-09-15', to: '2012-09-14' }];
    expect(codes(d)).not.toContain('TOTAL_DURATION_EXCEEDED:error');
    // Still 49 at the renewal: 36 months in all.
    d.employee = { ...d.employee, birthDate: '1961-01-01' };
    const f = checkConvention(d).findings.find((x) => x.code === 'TOTAL_DURATION_EXCEEDED');
    expect(f?.message).toContain('ne dépasse pas 36 mois : la fin doit être au plus tard le 14/09/2011');
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-48 \(/);
  });
  it('R. 5134-48 : avant le 1er mai 2008 (entrée en vigueur des R. 5134-x), la référence dit que le texte de l’époque n’est pas dans les sources', () => {
    const d = valid();
    d.filedOn = '2007-09-03';
    d.signedOn = '2007-09-10';
    d.contract = { ...d.contract, hiredOn: '2007-09-17', plannedEnd: '2010-10-16' };
    const f = checkConvention(d).findings.find((x) => x.code === 'TOTAL_DURATION_EXCEEDED');
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — avant le 1er mai 2008, .*texte hors des sources.*R\. 5134-48/);
  });
  it('R. 5134-47 et R. 5134-49 : un contrat d’avenir de 2007 (CDI, durée trop courte, mention manquante) ne cite pas R. 5134-x comme texte en vigueur', () => {
    const d = valid();
    d.filedOn = '2007-09-03';
    d.signedOn = '2007-09-10';
    d.contract = { ...d.contract, type: 'CDI', hiredOn: '2007-09-17', plannedEnd: '2008-01-16' };
    d.funding = { ...d.funding, allowancePayer: undefined };
    const result = checkConvention(d);
    const refs = ['CONTRACT_TYPE_NOT_ALLOWED', 'DURATION_TOO_SHORT', 'REQUIRED_FIELD_MISSING'].map(
      (code) => result.findings.find((x) => x.code === code)?.legalRef,
    );
    refs.push(result.computed.conventionEnd?.trace.parameters[0]?.legalRef);
    for (const ref of refs)
      expect(ref).toMatch(
        /^004_270ee0ee401e397b\.txt — avant le 1er mai 2008, .*texte hors des sources\), reprise au 1er mai 2008 par l’art\. R\. 5134-4[789]/,
      );
  });
  it('R. 5134-61 3° : le salarié ne rompt le contrat d’avenir avant son terme que pour un CDI, un CDD de plus de six mois ou une formation qualifiante', () => {
    const d = valid();
    d.events = [{ kind: 'RUPTURE', on: '2009-03-02', initiative: 'EMPLOYEE', reason: 'OTHER', reportedOn: '2009-03-03' }];
    const f = checkConvention(d).findings.find((x) => x.code === 'RUPTURE_REASON_NOT_ALLOWED');
    expect(f).toMatchObject({ severity: 'warning', field: 'events[0].reason' });
    expect(f?.message).toContain('CDD de plus de six mois');
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-61 1° à 3°/);
    d.events = [{ kind: 'RUPTURE', on: '2009-03-02', initiative: 'EMPLOYEE', reason: 'QUALIFYING_TRAINING', reportedOn: '2009-03-03' }];
    expect(codes(d)).not.toContain('RUPTURE_REASON_NOT_ALLOWED:warning');
  });
  it('R. 5134-61 : une rupture signalée en retard est à signaler à l’organisme qui sert l’allocation, à celui qui verse l’aide et au CNASEA (pas à l’ANPE)', () => {
    const d = valid();
    d.events = [{ kind: 'RUPTURE', on: '2008-10-03', initiative: 'EMPLOYEE', reason: 'OTHER', reportedOn: '2008-10-20' }];
    const late = checkConvention(d).findings.find((f) => f.code === 'EVENT_REPORTED_LATE');
    expect(late?.message).toContain('à l’organisme qui sert le RMI (CAF du Nord), à l’organisme ou à la collectivité qui verse l’aide et au CNASEA');
    expect(late?.message).not.toContain('ANPE');
    expect(late?.legalRef).toContain('R. 5134-61');
    // Unreported, the same recipients; after 1 April 2009 the CNASEA is the ASP.
    d.events = [{ kind: 'SUSPENSION', from: '2009-05-04', to: '2009-05-29', reason: 'OTHER', paid: false }];
    d.employee = { ...d.employee, allowances: ['ASS', 'RMI'] };
    d.funding = { ...d.funding, allowancePayer: 'Pôle emploi' };
    const unreported = checkConvention(d, { today: '2009-06-01' }).findings.find((f) => f.code === 'EVENT_REPORTED_LATE');
    expect(unreported?.message).toContain('à l’organisme qui sert l’ASS (Pôle emploi), à l’organisme ou à la collectivité qui verse l’aide et à l’ASP');
  });
  it('R. 5134-60 : le programme de répartition des heures est communiqué au salarié, pas à l’ANPE ni au CNASEA', () => {
    const d = valid();
    d.contract = { ...d.contract, hoursProgramme: { periodStart: '2008-10-01', notifiedOn: '2008-09-20' } };
    const late = checkConvention(d).findings.find((f) => f.code === 'EVENT_REPORTED_LATE');
    expect(late?.field).toBe('contract.hoursProgramme.notifiedOn');
    expect(late?.message).toContain('communiqué au salarié le 20/09/2008');
    expect(late?.message).not.toMatch(/ANPE|CNASEA|Pôle emploi|ASP|aides versées à tort/);
    expect(late?.legalRef).toContain('R. 5134-60');
  });
  it('R. 5134-63: aid continues during illness with pay maintained, stops otherwise', () => {
    const d = valid();
    d.events = [{ kind: 'SUSPENSION', from: '2008-11-01', to: '2008-11-30', reason: 'ILLNESS', paid: true, reportedOn: '2008-11-03' }];
    const nov = (doc: ConventionDocument) => checkConvention(doc).computed.aidPayments?.find((p) => p.period === '2008-11')?.amountCents;
    // 75 % × 8,71 € × 26 h × 52 / 12 = 736,00 €
    expect(nov(d)).toBe(73600);
    d.events = [{ kind: 'SUSPENSION', from: '2008-11-01', to: '2008-11-30', reason: 'OTHER', paid: true, reportedOn: '2008-11-03' }];
    expect(nov(d)).toBeUndefined();
  });
});
