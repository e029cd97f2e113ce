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
  it('R. 5134-49 : un champ du formulaire du CAE que R. 5134-49 ne nomme pas (prénom, RIB…) est demandé aussi, et la référence le dit ; la date de signature cite R. 5134-44', () => {
    const d = valid();
    d.employee = { ...d.employee, firstNames: '' };
    d.employer = { ...d.employer, iban: undefined };
    delete d.signedOn;
    const missing = checkConvention(d).findings.filter((f) => f.code === 'REQUIRED_FIELD_MISSING');
    expect(missing.map((f) => f.field)).toEqual(['signedOn', 'employer.iban', 'employee.firstNames']);
    expect(missing.find((f) => f.field === 'employee.firstNames')?.legalRef).toBe(
      '002_d93b7135d023d406.txt — formulaire CAE-0515, bloc « Le salarié » (champ du formulaire du CAE, demandé aussi pour le contrat d’avenir : R. 5134-49 ne le nomme pas)',
    );
    expect(missing.find((f) => f.field === 'signedOn')?.legalRef).toMatch(
      /^004_270ee0ee401e397b\.txt — art\. R\. 5134-44 .*\(date de conclusion de la convention\)$/,
    );
  });
  it('R. 5134-49 8° : la convention du contrat d’avenir fixe la nature des actions d’accompagnement ; sans tuteur ni organisme extérieur, erreur', () => {
    const d = valid();
    d.support = { ...d.support, tutor: false, externalEmploymentSupportPlanned: false };
    const f = checkConvention(d).findings.find((x) => x.code === 'SUPPORT_ACTIONS_MISSING');
    expect(f).toMatchObject({ severity: 'error', field: 'support.tutor' });
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-49 8°/);
    // Training is a mandatory content of its own (8°, REQUIRED_FIELD_MISSING): no second finding for it.
    expect(codes(d)).not.toContain('TRAINING_ACTIONS_MISSING:warning');
    // Before 1 May 2008 the R. 5134-x are not yet in force: the reference says so.
    const before = valid();
    before.filedOn = '2007-09-01';
    before.signedOn = '2007-09-10';
    before.contract = { ...before.contract, hiredOn: '2007-09-17', plannedEnd: '2009-09-16' };
    before.support = { ...before.support, tutor: false };
    const g = checkConvention(before).findings.find((x) => x.code === 'SUPPORT_ACTIONS_MISSING');
    expect(g?.legalRef).toContain('avant le 1er mai 2008');
    expect(g?.legalRef).toContain('R. 5134-49 8°');
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
  it('R. 5134-49 3° et R. 5134-59 : le contrat d’avenir est réservé aux bénéficiaires du RMI, de l’ASS, de l’API ou de l’AAH ; la loi qui le dit n’est pas dans les sources, ces articles la supposent', () => {
    const d = valid();
    d.employee = { ...d.employee, allowances: [] };
    const f = checkConvention(d).findings.find((x) => x.code === 'BENEFICIARY_NOT_ELIGIBLE');
    expect(f).toMatchObject({ severity: 'error', field: 'employee.allowances' });
    expect(f?.legalRef).toMatch(
      /^contrat d’avenir : la loi qui le réserve aux bénéficiaires du RMI, de l’ASS, de l’API ou de l’AAH .*n’est pas dans les sources ; R\. 5134-49 3° et R\. 5134-59 la supposent : 004_270ee0ee401e397b\.txt — art\. R\. 5134-49 3°/,
    );
    // R. 5134-49 as a whole says what the convention records, not who may be hired.
    expect(f?.legalRef).not.toContain('mentions 1° à 15°');
    d.employee = { ...d.employee, allowances: ['AAH'] };
    expect(codes(d)).not.toContain('BENEFICIARY_NOT_ELIGIBLE:error');
    // Before 1 May 2008 the R. 5134-x are not the text in force: cavRef says so.
    const before = valid();
    before.filedOn = '2007-09-03';
    before.signedOn = '2007-09-10';
    before.contract = { ...before.contract, hiredOn: '2007-09-17', plannedEnd: '2009-09-16' };
    before.employee = { ...before.employee, allowances: [] };
    const g = checkConvention(before).findings.find((x) => x.code === 'BENEFICIARY_NOT_ELIGIBLE');
    expect(g?.legalRef).toMatch(
      /n’est pas dans les sources ; .* : 004_270ee0ee401e397b\.txt — avant le 1er mai 2008, .*texte hors des sources.*R\. 5134-49 3°/,
    );
  });
  it('R. 5134-59 : la personne qui perçoit plusieurs allocations signe au titre de l’ASS, puis de l’AAH, de l’API, du RMI (à noter)', () => {
    const d = valid();
    d.employee = { ...d.employee, allowances: ['RMI', 'API', 'AAH'] };
    const f = checkConvention(d).findings.find((x) => x.code === 'ALLOWANCE_PRIORITY');
    expect(f).toMatchObject({ severity: 'info', field: 'employee.allowances' });
    expect(f?.message).toContain('au titre de l’AAH');
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-59/);
    d.employee = { ...d.employee, allowances: ['RMI', 'ASS'] };
    expect(checkConvention(d).findings.find((x) => x.code === 'ALLOWANCE_PRIORITY')?.message).toContain('au titre de l’ASS');
    d.employee = { ...d.employee, allowances: ['RMI'] };
    expect(codes(d)).not.toContain('ALLOWANCE_PRIORITY:info');
  });
  it('R. 5134-44 : la demande de convention du contrat d’avenir précède l’embauche', () => {
    const d = valid(); // hired 15/09/2008
    d.filedOn = '2008-09-16';
    const f = checkConvention(d).findings.find((x) => x.code === 'HIRED_BEFORE_SIGNATURE' && x.field === 'filedOn');
    expect(f?.severity).toBe('error');
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-44/);
    d.filedOn = '2008-09-15';
    expect(codes(d)).not.toContain('HIRED_BEFORE_SIGNATURE:error');
  });
  it('R. 5134-47 : la convention initiale du contrat d’avenir dure au plus 24 mois ; au-delà, erreur (prévoir un renouvellement)', () => {
    const d = valid(); // hired 15/09/2008: 24 months end on 14/09/2010
    d.contract = { ...d.contract, plannedEnd: '2010-09-15' };
    const f = checkConvention(d).findings.find((x) => x.code === 'DURATION_TOO_LONG');
    expect(f).toMatchObject({ severity: 'error', field: 'contract.plannedEnd' });
    expect(f?.message).toContain('14/09/2010');
    expect(f?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-47/);
    d.contract = { ...d.contract, plannedEnd: '2010-09-14' };
    expect(codes(d)).not.toContain('DURATION_TOO_LONG:error');
  });
});

describe('Contrat d’avenir : demande de renouvellement, modulation des heures, signataire (R. 5134-41 à R. 5134-60)', () => {
  const valid = () => {
    const d = cav();
    const nirBody = '1800159123456';
    d.employee = { ...d.employee, nir: nirBody + String(97 - Number(BigInt(nirBody) % 97n)).padStart(2, '0') };
    return d;
  };
  const find = (d: ConventionDocument, code: string, today?: string) => checkConvention(d, today ? { today } : {}).findings.filter((f) => f.code === code);

  it('R. 5134-45 : la demande de renouvellement précède le renouvellement ; faite le jour où il prend effet ou après, erreur', () => {
    const d = valid();
    d.renewals = [{ from: '2010-09-15', to: '2011-09-14', requestedOn: '2010-09-15', reportedOn: '2010-09-16' }];
    const [late] = find(d, 'RENEWAL_REQUEST_LATE');
    expect(late).toMatchObject({ severity: 'error', field: 'renewals[0].requestedOn' });
    expect(late?.message).toContain('La demande de renouvellement du 15/09/2010 n’a pas précédé le renouvellement, qui prend effet le 15/09/2010');
    // The convention is the State's (no signatory stated): in 2010 the request goes to Pôle emploi.
    expect(late?.message).toContain('à Pôle emploi');
    expect(late?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-45/);
    d.renewals = [{ from: '2010-09-15', to: '2011-09-14', requestedOn: '2010-10-01', reportedOn: '2010-09-16' }];
    expect(codes(d)).toContain('RENEWAL_REQUEST_LATE:error');
    d.renewals = [{ from: '2010-09-15', to: '2011-09-14', requestedOn: '2010-09-14', reportedOn: '2010-09-16' }];
    expect(codes(d).filter((c) => c.startsWith('RENEWAL_REQUEST'))).toEqual([]);
  });

  it('R. 5134-45 : une demande de renouvellement non datée est signalée (information), adressée à la collectivité signataire ou à son délégataire', () => {
    const d = valid();
    d.concludedBy = { authority: 'DEPARTMENT', name: 'Département du Nord', delegate: 'PLIE de Lille' };
    d.renewals = [{ from: '2010-09-15', to: '2011-09-14', reportedOn: '2010-09-16' }];
    const [undated] = find(d, 'RENEWAL_REQUEST_UNDATED');
    expect(undated).toMatchObject({ severity: 'info', field: 'renewals[0].requestedOn' });
    expect(undated?.message).toContain('à la collectivité signataire de la convention initiale (Département du Nord) ou à son délégataire (PLIE de Lille)');
    expect(codes(d)).not.toContain('RENEWAL_REQUEST_LATE:error');
  });

  it('R. 5134-45 : un renouvellement avant le 1er mai 2008 ne cite pas R. 5134-45 comme texte en vigueur', () => {
    const d = valid();
    d.filedOn = '2006-03-01';
    d.signedOn = '2006-03-10';
    d.contract = { ...d.contract, hiredOn: '2006-03-13', plannedEnd: '2008-03-12' };
    d.renewals = [{ from: '2008-03-13', to: '2009-03-12', requestedOn: '2008-03-20', reportedOn: '2008-03-14' }];
    const [late] = find(d, 'RENEWAL_REQUEST_LATE');
    expect(late?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — avant le 1er mai 2008, .*reprise au 1er mai 2008 par l’art\. R\. 5134-45/);
  });

  // Contract of 26 h a week; reference year 01/10/2008 – 30/09/2009 (365 days).
  const programme = (periods: { from: string; to: string; weeklyHours: number }[]) => {
    const d = valid();
    d.contract = { ...d.contract, hoursProgramme: { periodStart: '2008-10-01', notifiedOn: '2008-09-05', periods } };
    return d;
  };
  const balanced = () => [
    { from: '2008-10-01', to: '2009-01-31', weeklyHours: 30 }, // 123 days
    { from: '2009-02-01', to: '2009-05-31', weeklyHours: 26 }, // 120 days
    { from: '2009-06-01', to: '2009-09-30', weeklyHours: 22 }, // 122 days
  ];

  it('R. 5134-60 : un programme qui varie dans la limite d’un tiers et vaut en moyenne la durée du contrat sur l’année est accepté', () => {
    // 30 × 123 + 26 × 120 + 22 × 122 = 9 494 h·jours / 7 = 1 356,29 h, for 26 × 365 / 7 = 1 355,71 h: less than an hour apart.
    expect(checkConvention(programme(balanced())).findings).toEqual([]);
  });

  it('R. 5134-60 : la durée hebdomadaire ne varie que dans la limite d’un tiers de la durée du contrat (26 h : de 17,34 h à 34,66 h)', () => {
    const d = programme([
      { from: '2008-10-01', to: '2009-01-31', weeklyHours: 34.7 },
      { from: '2009-02-01', to: '2009-05-31', weeklyHours: 26 },
      { from: '2009-06-01', to: '2009-09-30', weeklyHours: 17.3 },
    ]);
    const out = find(d, 'HOURS_PROGRAMME_INVALID');
    expect(out.map((f) => [f.field, f.severity])).toEqual([
      ['contract.hoursProgramme.periods[0].weeklyHours', 'error'],
      ['contract.hoursProgramme.periods[2].weeklyHours', 'error'],
    ]);
    expect(out[0]?.message).toContain('34,7 h par semaine');
    expect(out[0]?.message).toContain('de 17,34 h à 34,66 h par semaine');
    expect(out[0]?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-60/);
    // At the limits themselves: no finding.
    const limits = programme([
      { from: '2008-10-01', to: '2009-01-31', weeklyHours: 34.66 },
      { from: '2009-02-01', to: '2009-05-31', weeklyHours: 26 },
      { from: '2009-06-01', to: '2009-09-30', weeklyHours: 17.34 },
    ]);
    expect(find(limits, 'HOURS_PROGRAMME_INVALID')).toEqual([]);
  });

  it('R. 5134-60 : sur un an, la durée hebdomadaire est égale en moyenne à la durée du contrat', () => {
    const d = programme([
      { from: '2008-10-01', to: '2009-01-31', weeklyHours: 30 },
      { from: '2009-02-01', to: '2009-05-31', weeklyHours: 30 },
      { from: '2009-06-01', to: '2009-09-30', weeklyHours: 22 },
    ]);
    const [avg] = find(d, 'HOURS_PROGRAMME_AVERAGE');
    expect(avg).toMatchObject({ severity: 'error', field: 'contract.hoursProgramme.periods' });
    // (4 × 123 + 4 × 120 − 4 × 122) / 7 = 69,14 h more than the contract's 1 355,71 h.
    expect(avg?.message).toContain('Du 01/10/2008 au 30/09/2009');
    expect(avg?.message).toContain('27,33 h par semaine en moyenne');
    expect(avg?.message).toContain('retirez 69,14 h');
    expect(avg?.legalRef).toMatch(/R\. 5134-60/);
    // A programme over part of the year: the other days are at the contract's duration.
    const part = programme([{ from: '2009-02-02', to: '2009-03-01', weeklyHours: 30 }]);
    expect(find(part, 'HOURS_PROGRAMME_AVERAGE')[0]?.message).toContain('retirez 16 h');
    // Overlapping periods are refused, and the average is not computed on them.
    const overlap = programme([...balanced(), { from: '2009-01-15', to: '2009-02-15', weeklyHours: 26 }]);
    expect(find(overlap, 'HOURS_PROGRAMME_INVALID').map((f) => f.field)).toEqual([
      'contract.hoursProgramme.periods[3].from',
      'contract.hoursProgramme.periods[1].from',
    ]);
    expect(find(overlap, 'HOURS_PROGRAMME_AVERAGE')).toEqual([]);
    // A row being typed (the form's new period) parses and is asked for.
    const typing = programme([...balanced(), { from: '2009-10-01' } as { from: string; to: string; weeklyHours: number }]);
    expect(find(typing, 'HOURS_PROGRAMME_INVALID').map((f) => f.field)).toEqual(['contract.hoursProgramme.periods[3].to']);
  });

  it('R. 5134-60 : une modification du programme respecte un délai de prévenance de quinze jours (ouvrés), au salarié', () => {
    const d = programme(balanced());
    // Applies from Sunday 1 February 2009: the 15th working day before is Monday 12 January, so notice by Sunday 11 January.
    d.contract!.hoursProgramme!.changes = [{ from: '2009-02-01', notifiedOn: '2009-01-20' }];
    const late = find(d, 'EVENT_REPORTED_LATE');
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ severity: 'warning', field: 'contract.hoursProgramme.changes[0].notifiedOn' });
    expect(late[0]?.message).toContain('applicable à partir du 01/02/2009 a été communiquée au salarié le 20/01/2009, après la date limite du 11/01/2009');
    expect(late[0]?.legalRef).toMatch(/R\. 5134-60/);
    const deadline = checkConvention(d).computed.reportingDeadlines?.find((x) => x.event === 'HOURS_PROGRAMME_CHANGE_NOTICE');
    expect(deadline).toMatchObject({ eventDate: '2009-02-01', due: '2009-01-11', index: 0, recipients: 'au salarié' });
    d.contract!.hoursProgramme!.changes = [{ from: '2009-02-01', notifiedOn: '2009-01-09' }];
    expect(find(d, 'EVENT_REPORTED_LATE')).toEqual([]);
  });

  it('R. 5134-41 : une commune ne conclut la convention d’un bénéficiaire du RMI qu’après une convention de délégation avec le département', () => {
    const d = valid();
    d.concludedBy = { authority: 'COMMUNE', name: 'Commune de Lille' };
    const [missing] = find(d, 'DELEGATION_MISSING');
    expect(missing).toMatchObject({ severity: 'error', field: 'concludedBy.departmentDelegationOn' });
    expect(missing?.message).toContain('une commune ne conclut la convention qu’après avoir conclu avec le département une convention de délégation');
    expect(missing?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-41, alinéa 2/);
    // The délégation signed after the convention (10/09/2008): still an error.
    d.concludedBy = { authority: 'EPCI', name: 'Lille Métropole', departmentDelegationOn: '2008-09-11' };
    expect(find(d, 'DELEGATION_MISSING')[0]?.message).toContain('La convention de délégation avec le département (11/09/2008) doit précéder');
    d.concludedBy = { authority: 'EPCI', name: 'Lille Métropole', departmentDelegationOn: '2008-01-15' };
    expect(find(d, 'DELEGATION_MISSING')).toEqual([]);
    // The département itself, the State, a person without the RMI: no délégation needed.
    for (const authority of ['DEPARTMENT', 'STATE'] as const) {
      d.concludedBy = { authority };
      expect(find(d, 'DELEGATION_MISSING')).toEqual([]);
    }
    d.concludedBy = { authority: 'COMMUNE' };
    d.employee = { ...d.employee, allowances: ['AAH'] };
    expect(find(d, 'DELEGATION_MISSING')).toEqual([]);
  });
});
