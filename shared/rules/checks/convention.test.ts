import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import type { ConventionDocument } from '../document/schema';
import { caeExample, findingCodes } from '../../../test/helpers/rule-documents';

const cae = (): ConventionDocument => caeExample();
const codes = findingCodes;

describe('CAE (001 L322-4-7, 002 formulaire CAE-0515)', () => {
  it('the example convention has no finding', () => {
    expect(checkConvention(cae()).findings).toEqual([]);
  });
  it('L322-4-7: a CAE lasts at least 6 months', () => {
    const d = cae();
    d.contract = { ...d.contract, plannedEnd: '2008-12-07' }; // 6 months from 9 June end on 8 December
    expect(codes(d)).toContain('DURATION_TOO_SHORT:error');
  });
  it('L322-4-7: 3 months are enough with an aménagement de peine', () => {
    const d = cae();
    d.employee = { ...d.employee, sentenceAdjustment: true };
    d.contract = { ...d.contract, plannedEnd: '2008-09-08' };
    expect(codes(d)).not.toContain('DURATION_TOO_SHORT:error');
  });
  it('002: renewable twice, within 24 months in all', () => {
    const d = cae();
    d.renewals = [
      { from: '2008-12-09', to: '2009-06-08' },
      { from: '2009-06-09', to: '2009-12-08' },
      { from: '2009-12-09', to: '2010-06-09' },
    ];
    const c = codes(d);
    expect(c).toContain('TOO_MANY_RENEWALS:error');
    expect(c).toContain('TOTAL_DURATION_EXCEEDED:error'); // 24 months end on 2010-06-08
  });
  it('002: hiring never before the signature', () => {
    const d = cae();
    d.signedOn = '2008-06-10';
    expect(codes(d)).toContain('HIRED_BEFORE_SIGNATURE:error');
  });
  it('L322-4-7: never in State services, never in companies', () => {
    expect(codes({ ...cae(), employer: { ...cae().employer, status: 'STATE_SERVICE' } })).toContain('EMPLOYER_NOT_ELIGIBLE:error');
    expect(codes({ ...cae(), employer: { ...cae().employer, status: 'COMPANY' } })).toContain('EMPLOYER_NOT_ELIGIBLE:error');
    expect(codes({ ...cae(), employer: { ...cae().employer, status: '10' } })).not.toContain('EMPLOYER_NOT_ELIGIBLE:error');
  });
  it('L322-4-7: at least 20 h a week, unless the convention provides for less (then a warning)', () => {
    const d = cae();
    d.contract = { ...d.contract, weeklyHours: 17.5, monthlyGross: '700.00' };
    expect(codes(d)).toContain('WEEKLY_HOURS_TOO_LOW:error');
    d.contract = { ...d.contract, reducedHoursJustified: true };
    expect(codes(d)).toContain('WEEKLY_HOURS_TOO_LOW:warning');
    expect(codes(d)).not.toContain('WEEKLY_HOURS_TOO_LOW:error');
  });
  it('L322-4-7: pay at least SMIC × hours (8,63 € × 20 h × 52 / 12 = 747,93 € on 9 June 2008)', () => {
    const d = cae();
    d.contract = { ...d.contract, monthlyGross: '747.92' };
    expect(codes(d)).toContain('SALARY_BELOW_SMIC:error');
    d.contract = { ...d.contract, monthlyGross: '747.93' };
    expect(codes(d)).not.toContain('SALARY_BELOW_SMIC:error');
  });
  it('R. 322-16-3: aid capped at 95 %, 105 % for ateliers et chantiers d’insertion', () => {
    const d = cae();
    d.funding = { aidRatePercent: '96' };
    expect(codes(d)).toContain('AID_RATE_ABOVE_CAP:error');
    d.employer = { ...d.employer, insertionWorkshop: true };
    expect(codes(d)).not.toContain('AID_RATE_ABOVE_CAP:error');
  });
  it('L322-4-7 II: no cumulation with another State employment aid', () => {
    const d = cae();
    d.employer = { ...d.employer, otherStateEmploymentAid: true };
    expect(codes(d)).toContain('AID_CUMULATION:error');
  });
  it('cites L322-4-7 before 1 May 2008 and L5134-20 after', () => {
    const before = cae();
    before.filedOn = '2007-06-01';
    before.signedOn = '2007-06-05';
    before.contract = { ...before.contract, hiredOn: '2007-06-09', plannedEnd: '2007-12-01', monthlyGross: '800.00' };
    const f1 = checkConvention(before).findings.find((f) => f.code === 'DURATION_TOO_SHORT');
    expect(f1?.legalRef).toMatch(/^001_36f2403dfa8c0a26\.txt — art\. L322-4-7/);
    const after = cae();
    after.contract = { ...after.contract, plannedEnd: '2008-12-01' };
    const f2 = checkConvention(after).findings.find((f) => f.code === 'DURATION_TOO_SHORT');
    expect(f2?.legalRef).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20/);
  });
  it('L322-4-7 I al.4 : le contrat de travail du CAE est un CDD (embauche avant le 1er mai 2008)', () => {
    const d = cae();
    d.filedOn = '2007-06-01';
    d.signedOn = '2007-06-05';
    d.contract = { ...d.contract, type: 'CDI', hiredOn: '2007-06-11', plannedEnd: '2007-12-10', monthlyGross: '800.00' };
    const f = checkConvention(d).findings.find((x) => x.code === 'CONTRACT_TYPE_NOT_ALLOWED');
    expect(f).toMatchObject({ severity: 'error', field: 'contract.type' });
    expect(f?.legalRef).toBe('001_36f2403dfa8c0a26.txt — art. L322-4-7 I, alinéa 4 (« contrat de droit privé à durée déterminée »)');
    d.contract = { ...d.contract, type: 'CDD' };
    expect(codes(d)).not.toContain('CONTRACT_TYPE_NOT_ALLOWED:error');
  });
  it('L5134-24 : le contrat de travail du CAE est un CDD (embauche à partir du 1er mai 2008)', () => {
    const d = cae();
    d.contract = { ...d.contract, type: 'CDI' };
    const f = checkConvention(d).findings.find((x) => x.code === 'CONTRACT_TYPE_NOT_ALLOWED');
    expect(f?.severity).toBe('error');
    expect(f?.legalRef).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20 2° .*L5134-24/);
    expect(f?.legalRef).toContain('anciennement 001_36f2403dfa8c0a26.txt — art. L322-4-7 I, alinéa 4');
  });
  it('L322-4-7 I al. 2 : la convention d’un CAE signée avant le 1er mai 2008 fixe l’accompagnement professionnel ; sans tuteur ni organisme extérieur, erreur qui bloque la signature', () => {
    const d = cae();
    d.filedOn = '2007-06-01';
    d.signedOn = '2007-06-05';
    d.contract = { ...d.contract, hiredOn: '2007-06-11', plannedEnd: '2007-12-10', monthlyGross: '800.00' };
    d.support = { trainingPlanned: true, trainingNature: ['ADAPTATION'], tutor: false, externalEmploymentSupportPlanned: false };
    const f = checkConvention(d).findings.find((x) => x.code === 'SUPPORT_ACTIONS_MISSING');
    expect(f).toMatchObject({ severity: 'error', field: 'support.tutor' });
    expect(f?.message).toContain('tuteur');
    expect(f?.legalRef).toMatch(/^001_36f2403dfa8c0a26\.txt — art\. L322-4-7 I, alinéa 2/);
    // Social support alone is not the « accompagnement professionnel » of the text.
    d.support = { ...d.support, externalSocialSupportPlanned: true, externalSocialSupport: 'CCAS de Lyon' };
    expect(codes(d)).toContain('SUPPORT_ACTIONS_MISSING:error');
    // A block left empty is no accompaniment either.
    delete d.support;
    expect(codes(d)).toContain('SUPPORT_ACTIONS_MISSING:error');
    d.support = { tutor: true, trainingPlanned: true, trainingNature: ['ADAPTATION'] };
    expect(codes(d)).not.toContain('SUPPORT_ACTIONS_MISSING:error');
    d.support = { tutor: false, externalEmploymentSupportPlanned: true, externalEmploymentSupport: 'Mission locale de Lyon', vae: true };
    expect(codes(d)).not.toContain('SUPPORT_ACTIONS_MISSING:error');
  });
  it('L5134-20 : à partir du 1er mai 2008, la convention du CAE sans accompagnement cite L5134-20 et L5134-22, l’ancien L322-4-7 I al. 2 à côté', () => {
    const d = cae();
    d.support = {};
    const f = checkConvention(d).findings.find((x) => x.code === 'SUPPORT_ACTIONS_MISSING');
    expect(f?.severity).toBe('error');
    expect(f?.legalRef).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20 1° .*L5134-22/);
    expect(f?.legalRef).toContain('anciennement 001_36f2403dfa8c0a26.txt — art. L322-4-7 I, alinéa 2');
  });
  it('L322-4-7 I al. 2 : sans formation programmée ni validation des acquis, avertissement (justifier qu’aucune action n’est nécessaire au projet)', () => {
    const d = cae();
    d.support = { trainingPlanned: false, tutor: true, vae: false };
    const f = checkConvention(d).findings.find((x) => x.code === 'TRAINING_ACTIONS_MISSING');
    expect(f).toMatchObject({ severity: 'warning', field: 'support.trainingPlanned' });
    expect(f?.legalRef).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20 1°/);
    d.support = { ...d.support, vae: true };
    expect(codes(d)).not.toContain('TRAINING_ACTIONS_MISSING:warning');
    d.support = { ...d.support, vae: false, trainingPlanned: true, trainingNature: ['REFRESHER'] };
    expect(codes(d)).not.toContain('TRAINING_ACTIONS_MISSING:warning');
  });
  it('formulaire CAE-0515 « Les actions d’accompagnement et de formation » : formation programmée sans nature cochée, organisme extérieur sans dénomination', () => {
    const d = cae();
    d.support = { trainingPlanned: true, tutor: true, externalEmploymentSupportPlanned: true, externalSocialSupportPlanned: true };
    const missing = checkConvention(d)
      .findings.filter((f) => f.code === 'REQUIRED_FIELD_MISSING')
      .map((f) => f.field);
    expect(missing).toEqual(['support.trainingNature', 'support.externalEmploymentSupport', 'support.externalSocialSupport']);
    // An old document (free-text name, no yes/no) reads as « oui » with its name.
    d.support = { tutor: true, externalEmploymentSupport: 'Mission locale de Lyon' };
    expect(codes(d).filter((c) => c.startsWith('REQUIRED_FIELD_MISSING'))).toEqual([]);
  });
  it('identifiers: invalid SIRET, IBAN, ROME, department, NIR and NIR mismatch', () => {
    const d = cae();
    d.department = '20';
    d.employer = { ...d.employer, siret: '81943026500029', iban: 'FR7630006000011234567890188' };
    d.contract = { ...d.contract, romeCode: '4112' };
    d.employee = { ...d.employee, civility: 'M' };
    const c = codes(d);
    for (const code of ['SIRET_INVALID', 'IBAN_INVALID', 'ROME_CODE_INVALID', 'DEPARTMENT_INVALID']) expect(c).toContain(`${code}:error`);
    expect(c).toContain('NIR_MISMATCH:warning');
    expect(codes({ ...cae(), employee: { ...cae().employee, nir: '275036912345662' } })).toContain('NIR_INVALID:error');
  });
  it('002: a rupture reported after 7 jours francs is late; an employer rupture outside the allowed cases means repayment', () => {
    const d = cae();
    // Rupture Friday 3 Oct 2008: 3 + 8 = Saturday 11 → Monday 13 October
    d.events = [{ kind: 'RUPTURE', on: '2008-10-03', initiative: 'EMPLOYER', reason: 'OTHER', reportedOn: '2008-10-14' }];
    const r = checkConvention(d);
    expect(r.computed.reportingDeadlines?.find((x) => x.event === 'RUPTURE')?.due).toBe('2008-10-13');
    expect(r.findings.map((f) => f.code)).toContain('EVENT_REPORTED_LATE');
    const rep = r.computed.repaymentDue;
    expect(rep?.kind).toBe('FULL');
    // Aid received before the rupture: June 493,64 + July–October 4 × 679,38 = 3 211,16 €
    expect(rep?.amountCents).toBe(49364 + 4 * 67938);
    // Contributions due the 15 November 2008 (a Saturday) → Monday 17 November
    expect(rep?.due).toBe('2008-11-17');
  });
  it('002: an employee leaving for a CDI owes nothing but the aid paid in advance after the rupture', () => {
    const d = cae();
    d.events = [{ kind: 'RUPTURE', on: '2008-10-16', initiative: 'EMPLOYEE', reason: 'NEW_CDI', reportedOn: '2008-10-17' }];
    const rep = checkConvention(d).computed.repaymentDue;
    // October paid in advance 679,38 €; due 1–15 October = 8,71 × 0,9 × 20 × 52/12 × 15/31 = 328,73 €
    expect(rep?.kind).toBe('UNDUE');
    expect(rep?.amountCents).toBe(67938 - 32873);
  });
  it('reference/README.md (ASP au 1er avril 2009) : l’aide est reversée à l’organisme payeur du jour de la rupture', () => {
    const d = cae();
    d.contract = { ...d.contract, plannedEnd: '2009-12-08' };
    d.events = [{ kind: 'RUPTURE', on: '2009-05-15', initiative: 'EMPLOYER', reason: 'OTHER', reportedOn: '2009-05-18' }];
    const rep = checkConvention(d).findings.find((f) => f.code === 'REPAYMENT_DUE');
    expect(rep?.message).toContain('à l’ASP');
    expect(rep?.message).not.toContain('CNASEA');
  });
  it('drafts: an empty draft gives REQUIRED_FIELD_MISSING findings, never an exception', () => {
    const r = checkConvention({ schema: 'cae.convention/1' });
    expect(r.findings.length).toBeGreaterThan(5);
    expect(r.findings.every((f) => f.code === 'REQUIRED_FIELD_MISSING')).toBe(true);
    expect(r.findings.map((f) => f.field)).toContain('measure');
    expect(() => checkConvention({ schema: 'cae.convention/1', measure: 'CAE', contract: { hiredOn: '2008-06-09' } })).not.toThrow();
  });
  it('formulaire CAE-0515 (cadre réservé à l’administration, « L’employeur », « Le salarié », « Le contrat de travail », « Fait le ») : chaque champ du formulaire manquant est signalé ; le CAE dit aussi sa fin prévue et le taux de l’aide', () => {
    const missing = checkConvention({ schema: 'cae.convention/1', measure: 'CAE' }).findings.filter((f) => f.code === 'REQUIRED_FIELD_MISSING');
    expect(missing.map((f) => f.field)).toEqual([
      'department',
      'signedOn',
      'employer.name',
      'employer.siret',
      'employer.status',
      'employer.iban',
      'employee.lastName',
      'employee.firstNames',
      'employee.birthDate',
      'contract.hiredOn',
      'contract.romeCode',
      'contract.monthlyGross',
      'contract.weeklyHours',
      'contract.plannedEnd',
      'funding.aidRatePercent',
    ]);
    expect(missing.every((f) => f.severity === 'error')).toBe(true);
    expect(missing.find((f) => f.field === 'employer.siret')?.legalRef).toBe('002_d93b7135d023d406.txt — formulaire CAE-0515, bloc « L’employeur »');
    expect(missing.find((f) => f.field === 'employer.iban')?.legalRef).toContain('notice, point 3');
  });
  it('formulaire CAE-0515, conditions générales (« L’embauche ne peut avoir lieu avant la signature de la convention ») : la demande de convention précède l’embauche', () => {
    const d = cae();
    d.filedOn = '2008-06-10';
    const f = checkConvention(d).findings.find((x) => x.code === 'HIRED_BEFORE_SIGNATURE');
    expect(f).toMatchObject({ severity: 'error', field: 'filedOn' });
    expect(f?.message).toContain('La demande de convention (10/06/2008) doit précéder l’embauche (09/06/2008)');
    d.filedOn = '2008-06-09';
    expect(codes(d)).not.toContain('HIRED_BEFORE_SIGNATURE:error');
  });
  it('L322-4-7 I al. 4 : la fin du contrat ne précède pas l’embauche', () => {
    const d = caeExample({ plannedEnd: '2008-06-01' });
    const f = checkConvention(d).findings.filter((x) => x.code === 'DURATION_TOO_SHORT');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', field: 'contract.plannedEnd', message: 'La fin du contrat précède l’embauche : corrigez les dates.' });
  });
  it('L322-4-7 I al. 7 : les 20 h valent pour chaque durée du contrat ; un renouvellement ou un avenant qui la réduit en dessous est signalé, cité au jour où il prend effet', () => {
    const d = caeExample({ hiredOn: '2007-06-11', plannedEnd: '2007-12-10' });
    d.filedOn = '2007-06-01';
    d.signedOn = '2007-06-05';
    d.renewals = [{ from: '2007-12-11', to: '2008-06-10', weeklyHours: 18 }];
    d.events = [{ kind: 'HOURS_CHANGE', on: '2008-05-15', weeklyHours: 19, reportedOn: '2008-05-16' }];
    const low = checkConvention(d).findings.filter((f) => f.code === 'WEEKLY_HOURS_TOO_LOW');
    expect(low.map((f) => [f.field, f.severity])).toEqual([
      ['renewals[0].weeklyHours', 'error'],
      ['events[0].weeklyHours', 'error'],
    ]);
    expect(low[0]?.legalRef).toBe('001_36f2403dfa8c0a26.txt — art. L322-4-7 I, alinéa 7');
    expect(low[1]?.legalRef).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20 .*anciennement 001_36f2403dfa8c0a26\.txt — art\. L322-4-7 I, alinéa 7/);
    d.contract = { ...d.contract, reducedHoursJustified: true };
    expect(codes(d).filter((c) => c.startsWith('WEEKLY_HOURS_TOO_LOW'))).toEqual(['WEEKLY_HOURS_TOO_LOW:warning', 'WEEKLY_HOURS_TOO_LOW:warning']);
  });
  it('formulaire CAE-0515, bloc « Le salarié » (« Né(e) le à : dept ou pays ») : un département de naissance qui n’existe pas est refusé ; 99 ou un pays ne l’est pas', () => {
    const birth = (birthDepartment: string) =>
      checkConvention({ ...cae(), employee: { ...cae().employee, birthDepartment } }).findings.filter((f) => f.code === 'DEPARTMENT_INVALID');
    expect(birth('96')).toMatchObject([{ severity: 'error', field: 'employee.birthDepartment' }]);
    expect(birth('96')[0]?.legalRef).toContain('bloc « Le salarié », « dept ou pays »');
    expect(birth('99')).toEqual([]);
    expect(birth('Maroc')).toEqual([]);
    expect(birth('2A')).toEqual([]);
  });
  it('formulaire CAE-0515, conditions générales (rupture à l’initiative de l’employeur « ne correspondant pas aux cas mentionnés au II de l’article R.322-16-1 ») : faute grave, force majeure, inaptitude ou période d’essai ne résilient pas la convention ; elle finit la veille de la rupture', () => {
    const d = cae();
    for (const reason of ['GROSS_MISCONDUCT', 'FORCE_MAJEURE', 'INAPTITUDE', 'TRIAL_PERIOD'] as const) {
      d.events = [{ kind: 'RUPTURE', on: '2008-10-03', initiative: 'EMPLOYER', reason, reportedOn: '2008-10-06' }];
      const r = checkConvention(d);
      // Only the part of October paid in advance after the rupture is undue.
      expect(r.computed.repaymentDue?.kind).toBe('UNDUE');
      expect(r.computed.conventionEnd?.value).toBe('2008-10-02');
      expect(r.computed.conventionEnd?.trace.formula).toBe('veille de la date d’effet de la rupture');
    }
    d.events = [{ kind: 'RUPTURE', on: '2008-10-03', initiative: 'EMPLOYER', reason: 'OTHER', reportedOn: '2008-10-06' }];
    expect(checkConvention(d).computed.repaymentDue?.kind).toBe('FULL');
  });
  it('today: an unreported suspension is late once its deadline has passed', () => {
    const d = cae();
    d.events = [{ kind: 'SUSPENSION', from: '2008-09-01', to: '2008-09-30', reason: 'OTHER', paid: false }];
    expect(codes(d, '2008-09-05')).not.toContain('EVENT_REPORTED_LATE:warning');
    expect(codes(d, '2008-09-20')).toContain('EVENT_REPORTED_LATE:warning');
  });
  it('L322-4-7 II dernier alinéa : le salarié ne rompt le CAE avant son terme que pour un CDI, un CDD d’au moins six mois ou une formation qualifiante', () => {
    const d = cae();
    d.filedOn = '2007-06-01';
    d.signedOn = '2007-06-05';
    d.contract = { ...d.contract, hiredOn: '2007-06-11', plannedEnd: '2007-12-10', monthlyGross: '800.00' };
    const rupture = (initiative: 'EMPLOYEE' | 'EMPLOYER', reason?: 'OTHER' | 'NEW_CDI' | 'NEW_CDD_6M' | 'QUALIFYING_TRAINING' | 'INAPTITUDE') => [
      { kind: 'RUPTURE' as const, on: '2007-10-01', initiative, ...(reason ? { reason } : {}), reportedOn: '2007-10-02' },
    ];
    d.events = rupture('EMPLOYEE', 'OTHER');
    const f = checkConvention(d).findings.find((x) => x.code === 'RUPTURE_REASON_NOT_ALLOWED');
    expect(f).toMatchObject({ severity: 'warning', field: 'events[0].reason' });
    expect(f?.message).toContain('La rupture du 01/10/2007 à l’initiative du salarié');
    expect(f?.message).toContain('CDD d’au moins six mois');
    expect(f?.legalRef).toMatch(/^001_36f2403dfa8c0a26\.txt — art\. L322-4-7 II, dernier alinéa/);
    d.events = rupture('EMPLOYEE');
    expect(codes(d)).toContain('RUPTURE_REASON_NOT_ALLOWED:warning');
    d.events = rupture('EMPLOYEE', 'INAPTITUDE');
    expect(codes(d)).toContain('RUPTURE_REASON_NOT_ALLOWED:warning');
    for (const reason of ['NEW_CDI', 'NEW_CDD_6M', 'QUALIFYING_TRAINING'] as const) {
      d.events = rupture('EMPLOYEE', reason);
      expect(codes(d)).not.toContain('RUPTURE_REASON_NOT_ALLOWED:warning');
    }
    // The employer's rupture has its own rule (résiliation and repayment), not this one.
    d.events = rupture('EMPLOYER', 'OTHER');
    expect(codes(d)).not.toContain('RUPTURE_REASON_NOT_ALLOWED:warning');
    // From 1 May 2008 the recodified code is cited, the former article named beside it.
    const after = cae();
    after.events = [{ kind: 'RUPTURE', on: '2008-10-01', initiative: 'EMPLOYEE', reason: 'OTHER', reportedOn: '2008-10-02' }];
    const g = checkConvention(after).findings.find((x) => x.code === 'RUPTURE_REASON_NOT_ALLOWED');
    expect(g?.legalRef).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20 .*anciennement 001_36f2403dfa8c0a26\.txt — art\. L322-4-7 II, dernier alinéa/);
  });
  it('formulaire CAE-0515 (« avant la fin de la convention ») : une rupture ou une suspension datée après le dernier jour n’a pas de délai de signalement', () => {
    const d = cae(); // last day: 8 December 2008
    d.events = [
      { kind: 'RUPTURE', on: '2008-12-09', initiative: 'EMPLOYEE', reason: 'OTHER' },
      { kind: 'SUSPENSION', from: '2008-12-15', to: '2008-12-31', reason: 'OTHER', paid: false },
    ];
    const r = checkConvention(d, { today: '2009-02-01' });
    expect(r.computed.reportingDeadlines?.filter((x) => x.event === 'RUPTURE' || x.event === 'SUSPENSION')).toEqual([]);
    expect(r.findings.map((f) => f.code)).not.toContain('EVENT_REPORTED_LATE');
    expect(r.findings.map((f) => f.code)).not.toContain('RUPTURE_REASON_NOT_ALLOWED');
    // The convention ran to its term: the renewal request is still owed before its last day.
    expect(r.computed.reportingDeadlines?.find((x) => x.event === 'RENEWAL_REQUEST')?.due).toBe('2008-12-08');
    // A rupture taking effect on the last day ends the contract one day early: it is reported.
    d.events = [{ kind: 'RUPTURE', on: '2008-12-08', initiative: 'EMPLOYEE', reason: 'NEW_CDI' }];
    expect(checkConvention(d).computed.reportingDeadlines?.find((x) => x.event === 'RUPTURE')?.eventDate).toBe('2008-12-08');
  });
  it('formulaire CAE-0515 (« avant la fin de la convention ») : après la décision de dénonciation, la convention est finie et un fait postérieur n’a pas de délai de signalement', () => {
    const d = cae();
    d.denunciation = { intentNotifiedOn: '2008-10-01', decisionNotifiedOn: '2008-10-15' };
    d.events = [
      { kind: 'SUSPENSION', from: '2008-10-10', to: '2008-10-12', reason: 'OTHER', paid: false },
      { kind: 'SUSPENSION', from: '2008-10-20', to: '2008-10-31', reason: 'OTHER', paid: false },
    ];
    const reported = checkConvention(d, { today: '2009-02-01' }).computed.reportingDeadlines?.filter((x) => x.event === 'SUSPENSION');
    expect(reported?.map((x) => x.eventDate)).toEqual(['2008-10-10']);
  });
});
