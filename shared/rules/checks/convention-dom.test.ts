import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import { domExample, findingCodes } from '../../../test/helpers/rule-documents';

const dom = domExample;
const codes = findingCodes;

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
});
