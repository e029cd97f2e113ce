import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import { domExample, findingCodes } from '../../../test/helpers/rule-documents';
import type { ConventionDocument } from '../document/schema';
import { DOM_REFS } from '../parameters/articles';

const dom = domExample;
const codes = findingCodes;

/** The example CAE-DOM (CDI hired on 3 May 2004) for a person born on `birthDate`, without RMI nor registration, with the given employee fields. */
function person(birthDate: string, fields: Partial<NonNullable<ConventionDocument['employee']>>): ConventionDocument {
  const d = dom();
  d.employee = { ...d.employee, birthDate, allowances: [], jobseekerMonthsInLast18: 0, ...fields };
  return d;
}
const eligibility = (d: ConventionDocument) => checkConvention(d).findings.filter((f) => f.code === 'BENEFICIARY_NOT_ELIGIBLE');

describe('CAE-DOM (003 décret du 21 mars 2004)', () => {
  it('the example convention has no finding', () => {
    expect(checkConvention(dom()).findings).toEqual([]);
  });
  it('R. 831-3: the job offer is filed before the request', () => {
    expect(codes({ ...dom(), jobOfferFiledOn: '2004-04-27' })).toContain('JOB_OFFER_NOT_FILED:error');
    const d = dom();
    delete d.jobOfferFiledOn;
    expect(codes(d)).toContain('JOB_OFFER_NOT_FILED:error');
  });
  it('R. 831-1 8°: over 50 with 12 of the last 18 months registered; fewer months make the person ineligible', () => {
    const d = dom();
    d.employee = { ...d.employee, allowances: [], jobseekerMonthsInLast18: 11 };
    expect(codes(d)).toContain('BENEFICIARY_NOT_ELIGIBLE:error');
    d.employee = { ...d.employee, jobseekerMonthsInLast18: 12 };
    expect(codes(d)).not.toContain('BENEFICIARY_NOT_ELIGIBLE:error');
  });
  it('R. 831-1: registration periods are extended by training, illness…', () => {
    const d = dom();
    // Registered 2002-09-01 → 2003-08-31 (12 months), then 8 months of training before hiring on 2004-05-03:
    // the 18-month window (from 2002-11-03) holds only 10 registered months, unless extended by the training.
    d.employee = {
      ...d.employee,
      allowances: [],
      jobseekerMonthsInLast18: null,
      jobseekerPeriods: [{ from: '2002-09-01', to: '2003-08-31' }],
      registrationExtensions: [{ from: '2003-09-01', to: '2004-05-02', reason: 'TRAINING' }],
    };
    expect(codes(d)).not.toContain('BENEFICIARY_NOT_ELIGIBLE:error');
    d.employee = { ...d.employee, registrationExtensions: [] };
    expect(codes(d)).toContain('BENEFICIARY_NOT_ELIGIBLE:error');
  });
  it('R. 831-1 6° : le bénéficiaire d’une convention de l’art. L. 322-4-18 dont le contrat arrive à son terme avant le 1er janvier 2008 peut être embauché ; un terme plus tardif ne le permet pas', () => {
    // 26 years old, neither registered nor on the RMI: only 6° lets this person in.
    const d = person('1978-03-10', { domCategory: 'EMPLOI_JEUNE', youthJobEndsOn: '2004-04-30' });
    expect(eligibility(d)).toEqual([]);
    const late = eligibility(person('1978-03-10', { domCategory: 'EMPLOI_JEUNE', youthJobEndsOn: '2008-01-01' }));
    expect(late.map((f) => [f.severity, f.field])).toEqual([['error', 'employee.youthJobEndsOn']]);
    expect(late[0]!.message).toContain('6°');
    expect(late[0]!.message).toContain('01/01/2008');
    expect(late[0]!.legalRef).toBe(DOM_REFS.eligibility6);
    expect(DOM_REFS.eligibility6).toContain('art. 4 III (R. 831-1 6°');
    const unknown = eligibility(person('1978-03-10', { domCategory: 'EMPLOI_JEUNE' }));
    expect(unknown.map((f) => [f.severity, f.field])).toEqual([['warning', 'employee.youthJobEndsOn']]);
    expect(unknown[0]!.message).toMatch(/6°.*terme/);
  });
  it('R. 831-1 3° : le conjoint, concubin ou partenaire lié par un PACS d’un bénéficiaire du RMI peut être embauché, sans la durée de 30 mois réservée aux bénéficiaires du RMI', () => {
    const partner = person('1970-06-15', { domCategory: 'RMI_PARTNER' });
    expect(eligibility(partner)).toEqual([]);
    // CDI: 24 months, the 30 months being for the « bénéficiaires du revenu minimum d’insertion » themselves (R. 831-4).
    expect(checkConvention(partner).computed.conventionEnd?.value).toBe('2006-05-02');
    const claimed = eligibility(person('1970-06-15', { domCategory: 'RMI' }));
    expect(claimed.map((f) => [f.severity, f.field])).toEqual([['error', 'employee.allowances']]);
    expect(claimed[0]!.message).toMatch(/3°.*RMI.*conjoint, concubin ou partenaire/);
    expect(claimed[0]!.legalRef).toBe(DOM_REFS.eligibility3);
    expect(eligibility(person('1970-06-15', { domCategory: 'RMI', allowances: ['RMI'] }))).toEqual([]);
  });
  it('R. 831-1 4° / L. 323-3 : les bénéficiaires de l’obligation d’emploi des 2°, 3° et 4° de l’art. L. 323-3 sont éligibles comme le travailleur handicapé ; les autres titres ne le sont pas', () => {
    for (const title of ['WORK_INJURY_ANNUITY', 'INVALIDITY_PENSION', 'MILITARY_INVALIDITY_PENSION'] as const) {
      expect(eligibility(person('1970-06-15', { domCategory: 'OBLIGATION_EMPLOI', disabledWorker: false, employmentObligation: title })), title).toEqual([]);
      // A document that names the title without the category is judged by it too.
      expect(eligibility(person('1970-06-15', { disabledWorker: false, employmentObligation: title })), title).toEqual([]);
    }
    expect(eligibility(person('1970-06-15', { domCategory: 'OBLIGATION_EMPLOI', disabledWorker: true }))).toEqual([]);
    const other = eligibility(person('1970-06-15', { domCategory: 'OBLIGATION_EMPLOI', disabledWorker: false, employmentObligation: 'OTHER' }));
    expect(other.map((f) => [f.severity, f.field])).toEqual([['error', 'employee.employmentObligation']]);
    expect(other[0]!.message).toMatch(/4°.*2°, 3° ou 4° de l’article L\. 323-3/);
    expect(other[0]!.legalRef).toBe(DOM_REFS.eligibility4);
    const unknown = eligibility(person('1970-06-15', { domCategory: 'OBLIGATION_EMPLOI', disabledWorker: false }));
    expect(unknown.map((f) => [f.severity, f.field])).toEqual([['warning', 'employee.employmentObligation']]);
  });
  it('R. 831-1 8° : plus de 50 et moins de 65 ans, avec 12 mois d’inscription sur 18, l’obligation d’emploi (L. 323-3 1° à 4°) ou le RMI et plus d’un an sans emploi', () => {
    const over50 = (fields: Partial<NonNullable<ConventionDocument['employee']>>) => eligibility(person('1952-11-02', { domCategory: 'OVER_50', ...fields }));
    expect(over50({ jobseekerMonthsInLast18: 12 })).toEqual([]);
    expect(over50({ employmentObligation: 'INVALIDITY_PENSION' })).toEqual([]);
    expect(over50({ disabledWorker: true })).toEqual([]);
    expect(over50({ allowances: ['RMI'], joblessMonths: 14 })).toEqual([]);
    const shortJobless = over50({ allowances: ['RMI'], joblessMonths: 6 });
    expect(shortJobless.map((f) => f.severity)).toEqual(['error']);
    expect(shortJobless[0]!.message).toMatch(/8°.*0 mois d’inscription.*6 mois sans emploi/);
    expect(shortJobless[0]!.legalRef).toBe(DOM_REFS.over50);
    expect(over50({ allowances: ['RMI'], joblessMonths: null }).map((f) => [f.severity, f.field])).toEqual([['warning', 'employee.joblessMonths']]);
    expect(over50({ employmentObligation: 'OTHER' }).map((f) => f.severity)).toEqual(['error']);
    // 45 years old: not 8°, whatever the registration.
    const young = eligibility(person('1958-11-02', { domCategory: 'OVER_50', jobseekerMonthsInLast18: 18 }));
    expect(young.map((f) => [f.severity, f.field])).toEqual([['error', 'employee.birthDate']]);
    expect(young[0]!.message).toMatch(/8°.*45 ans/);
  });
  it('R. 831-1 1° : inscrit comme demandeur d’emploi 12 mois sur les 18 derniers, à tout âge, durée prolongée par la formation (art. 4 VI)', () => {
    expect(eligibility(person('1974-01-20', { domCategory: 'JOBSEEKER_12_MONTHS', jobseekerMonthsInLast18: 13 }))).toEqual([]);
    const few = eligibility(person('1974-01-20', { domCategory: 'JOBSEEKER_12_MONTHS', jobseekerMonthsInLast18: 10 }));
    expect(few.map((f) => [f.severity, f.field])).toEqual([['error', 'employee.jobseekerMonthsInLast18']]);
    expect(few[0]!.message).toMatch(/1°.*10 mois/);
    expect(few[0]!.legalRef).toBe(DOM_REFS.eligibility1);
    const extended = person('1974-01-20', {
      domCategory: 'JOBSEEKER_12_MONTHS',
      jobseekerMonthsInLast18: null,
      jobseekerPeriods: [{ from: '2002-09-01', to: '2003-08-31' }],
      registrationExtensions: [{ from: '2003-09-01', to: '2004-05-02', reason: 'TRAINING' }],
    });
    expect(eligibility(extended)).toEqual([]);
    expect(eligibility(person('1974-01-20', { domCategory: 'JOBSEEKER_12_MONTHS', jobseekerMonthsInLast18: null })).map((f) => f.severity)).toEqual([
      'warning',
    ]);
  });
  it('R. 831-1 2° : bénéficiaire de l’allocation de solidarité spécifique (art. L. 351-10)', () => {
    expect(eligibility(person('1970-06-15', { domCategory: 'ASS', allowances: ['ASS'] }))).toEqual([]);
    const missing = eligibility(person('1970-06-15', { domCategory: 'ASS' }));
    expect(missing.map((f) => [f.severity, f.field])).toEqual([['error', 'employee.allowances']]);
    expect(missing[0]!.message).toMatch(/2°.*allocation de solidarité spécifique/);
  });
  it('R. 831-1 5° : jeune de dix-huit à moins de vingt-six ans', () => {
    expect(eligibility(person('1982-02-01', { domCategory: 'YOUNG' }))).toEqual([]);
    const old = eligibility(person('1978-05-03', { domCategory: 'YOUNG' }));
    expect(old.map((f) => [f.severity, f.field])).toEqual([['error', 'employee.birthDate']]);
    expect(old[0]!.message).toMatch(/5°.*26 ans/);
  });
  it('R. 831-1 7° : personne faisant ou ayant fait l’objet d’une peine privative de liberté', () => {
    expect(eligibility(person('1970-06-15', { domCategory: 'DETENTION', formerPrisoner: true }))).toEqual([]);
    expect(eligibility(person('1970-06-15', { domCategory: 'DETENTION', sentenceAdjustment: true }))).toEqual([]);
    expect(eligibility(person('1970-06-15', { domCategory: 'DETENTION', formerPrisoner: false })).map((f) => [f.severity, f.field])).toEqual([
      ['error', 'employee.formerPrisoner'],
    ]);
    expect(eligibility(person('1970-06-15', { domCategory: 'DETENTION' })).map((f) => [f.severity, f.field])).toEqual([['warning', 'employee.formerPrisoner']]);
  });
  it('R. 831-1 : un document sans catégorie (ou « autre ») est jugé comme avant, et le message invite à choisir la catégorie', () => {
    for (const domCategory of [undefined, 'OTHER'] as const) {
      const none = eligibility(person('1974-01-20', { domCategory, jobseekerMonthsInLast18: 13 }));
      expect(none.map((f) => [f.severity, f.field])).toEqual([['error', 'employee.domCategory']]);
      expect(none[0]!.message).toMatch(/1° à 8°/);
      expect(none[0]!.legalRef).toBe(DOM_REFS.eligibility);
    }
    expect(DOM_REFS.eligibility).toMatch(/003_2988f0b5120431bc\.txt — art\. 4 \(R\. 831-1 modifié : 3°, 4°, 6°, 7°, 8°/);
    expect(eligibility(person('1974-01-20', { allowances: ['RMI'] }))).toEqual([]);
  });
  it('R. 831-4 : le contrat d’accès à l’emploi peut être un CDD ou un CDI', () => {
    expect(codes(dom())).not.toContain('CONTRACT_TYPE_NOT_ALLOWED:error');
    const d = dom();
    d.contract = { ...d.contract, type: 'CDD', plannedEnd: '2005-05-02' };
    expect(codes(d)).not.toContain('CONTRACT_TYPE_NOT_ALLOWED:error');
  });
  it('R. 831-7 : le décret ne règle que la rupture par l’employeur ; la rupture à l’initiative du salarié n’est pas contrôlée', () => {
    const d = dom();
    d.events = [{ kind: 'RUPTURE', on: '2005-03-01', initiative: 'EMPLOYEE', reason: 'OTHER' }];
    expect(codes(d)).not.toContain('RUPTURE_REASON_NOT_ALLOWED:warning');
  });
  it('R. 831-4: no other employment aid', () => {
    expect(codes({ ...dom(), employer: { ...dom().employer, otherStateEmploymentAid: true } })).toContain('AID_CUMULATION:error');
  });
  it('R. 831-4 (décret 2004, art. 7 III) et R. 831-5 (art. 8 III) : la convention du CAE-DOM dit le type de contrat, le terme du CDD et le montant total de l’aide', () => {
    const missing = (d: ConventionDocument) =>
      checkConvention(d)
        .findings.filter((f) => f.code === 'REQUIRED_FIELD_MISSING')
        .map((f) => [f.field, f.legalRef]);
    const d = dom();
    d.contract = { ...d.contract, type: undefined };
    d.funding = {};
    expect(missing(d)).toEqual([
      ['contract.type', DOM_REFS.duration],
      ['funding.totalAid', DOM_REFS.payments],
    ]);
    d.contract = { ...d.contract, type: 'CDD' };
    d.funding = { totalAid: '6000.00' };
    expect(missing(d)).toEqual([['contract.plannedEnd', DOM_REFS.duration]]);
  });
  it('R. 831-4 (décret 2004, art. 7 III : la convention « est conclue pour la durée du contrat à durée déterminée ») : un CDD de moins d’un mois est signalé (avertissement)', () => {
    const d = dom();
    d.contract = { ...d.contract, type: 'CDD', plannedEnd: '2004-05-30' };
    const f = checkConvention(d).findings.find((x) => x.code === 'DURATION_TOO_SHORT');
    expect(f).toMatchObject({ severity: 'warning', field: 'contract.plannedEnd', legalRef: DOM_REFS.duration });
    d.contract = { ...d.contract, plannedEnd: '2004-06-02' };
    expect(codes(d)).not.toContain('DURATION_TOO_SHORT:warning');
  });
  it('R. 831-4 (décret 2004, art. 7 III) : la fin d’un CDD ne précède pas l’embauche ; la référence est celle du décret, pas celle du CAE', () => {
    const d = dom();
    d.contract = { ...d.contract, type: 'CDD', plannedEnd: '2004-04-30' };
    const f = checkConvention(d).findings.filter((x) => x.code === 'DURATION_TOO_SHORT');
    expect(f).toMatchObject([{ severity: 'error', field: 'contract.plannedEnd', message: 'La fin du contrat précède l’embauche : corrigez les dates.' }]);
    expect(f[0]?.legalRef).toBe(DOM_REFS.duration);
  });
  it('décret 2004, chapitre 3 (R. 831-x) et art. 12 I : le contrat d’accès à l’emploi est conclu outre-mer ; un département de métropole est refusé', () => {
    const f = checkConvention({ ...dom(), department: '69' }).findings.find((x) => x.code === 'DEPARTMENT_INVALID');
    expect(f).toMatchObject({ severity: 'error', field: 'department' });
    expect(f?.message).toContain('réservé à l’outre-mer');
    expect(f?.legalRef).toContain('que ces articles ne valent qu’outre-mer n’est pas écrit dans les sources');
    for (const department of ['971', '972', '973', '974', '976']) expect(codes({ ...dom(), department })).not.toContain('DEPARTMENT_INVALID:error');
  });
});
