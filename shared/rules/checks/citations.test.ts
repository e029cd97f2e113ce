/**
 * Each finding and trace cites the text that states its rule, as in force on
 * the date of the fact (a CAE renewal or event from 1 May 2008 cites L5134-20
 * even when the convention was signed before), or says plainly that the rule
 * has no text in the sources (docs/rules.md).
 */
import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import type { ConventionDocument } from '../document/schema';
import { caeExample, cavExample, domExample } from '../../../test/helpers/rule-documents';

const L5134 = /^000_fd6cca7b32c3007e\.txt — art\. L5134-20/;
const finding = (doc: ConventionDocument, code: string) => checkConvention(doc).findings.find((f) => f.code === code);

/** A CAE signed in February 2007, hired on 1 March 2007 for six months. */
function cae2007(): ConventionDocument {
  const d = caeExample({ hiredOn: '2007-03-01', plannedEnd: '2007-08-31' });
  return { ...d, filedOn: '2007-02-20', signedOn: '2007-02-26' };
}

describe('CAE: the article in force on the date of the fact', () => {
  it('L5134-20 : un renouvellement du 01/06/2008 d’une convention signée en 2007 cite L5134-20 (trop de renouvellements, durée totale dépassée, fin de la convention)', () => {
    const d = cae2007();
    d.renewals = [
      { from: '2007-09-01', to: '2008-02-29' },
      { from: '2008-03-01', to: '2008-05-31' },
      { from: '2008-06-01', to: '2009-03-31' },
    ];
    const result = checkConvention(d);
    const tooMany = result.findings.find((f) => f.code === 'TOO_MANY_RENEWALS');
    const total = result.findings.find((f) => f.code === 'TOTAL_DURATION_EXCEEDED');
    for (const f of [tooMany, total]) {
      expect(f?.legalRef).toMatch(L5134);
      expect(f?.legalRef).toContain('anciennement 002_d93b7135d023d406.txt — conditions générales, « Nature du contrat de travail »');
    }
    expect(result.computed.conventionEnd?.trace.parameters[0]?.legalRef).toMatch(L5134);
    // The same excess renewal dated before 1 May 2008 cites the form, not L5134-20.
    d.renewals = [
      { from: '2007-09-01', to: '2007-11-30' },
      { from: '2007-12-01', to: '2008-01-31' },
      { from: '2008-02-01', to: '2008-03-31' },
    ];
    const f = finding(d, 'TOO_MANY_RENEWALS');
    expect(f?.legalRef).toMatch(/^002_d93b7135d023d406\.txt — conditions générales, « Nature du contrat de travail »/);
    expect(f?.legalRef).not.toContain('L5134');
  });

  it('L5134-20 : le justificatif trimestriel dû après le 1er mai 2008 d’un CAE embauché en 2007 cite L5134-20, celui dû avant cite le formulaire', () => {
    const d = cae2007();
    d.renewals = [{ from: '2007-09-01', to: '2008-08-31' }];
    const proofs = (checkConvention(d).computed.reportingDeadlines ?? []).filter((x) => x.event === 'PROOF_OF_ACTIVITY');
    const before = proofs.filter((p) => p.due < '2008-05-01');
    const after = proofs.filter((p) => p.due >= '2008-05-01');
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    for (const p of before) expect(p.legalRef).toMatch(/^002_d93b7135d023d406\.txt — conditions générales, « Aides de l’État » \(justificatifs trimestriels\)/);
    for (const p of after) expect(p.legalRef).toMatch(L5134);
  });

  it('formulaire CAE-0515 « Aides de l’État » : le taux au-delà du plafond cite le formulaire (arrêté préfectoral) et dit que le plafond vient d’un texte hors des sources', () => {
    const d = cae2007();
    d.funding = { aidRatePercent: '96' };
    const f = finding(d, 'AID_RATE_ABOVE_CAP');
    expect(f?.legalRef).toMatch(
      /^002_d93b7135d023d406\.txt — conditions générales, « Aides de l’État » \(montant « fixé annuellement par arrêté préfectoral »/,
    );
    expect(f?.legalRef).toContain('paramètre tiré d’un texte réglementaire hors des sources (R. 322-16-3 selon reference/README.md)');
    const g = finding({ ...caeExample(), funding: { aidRatePercent: '96' } }, 'AID_RATE_ABOVE_CAP');
    expect(g?.legalRef).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20 3°/);
    expect(g?.legalRef).toContain('hors des sources (R. 5134-30 selon reference/README.md)');
  });

  it('formulaire CAE-0515 « Aides de l’État » : l’aide versée d’avance après la rupture d’un CAE est reprise parce que l’aide ne vaut que pendant l’exécution de la convention, pas en vertu de L322-4-7 II dernier alinéa', () => {
    const d = caeExample();
    d.events = [{ kind: 'RUPTURE', on: '2008-09-15', initiative: 'EMPLOYEE', reason: 'NEW_CDI' }];
    const rep = checkConvention(d).computed.repaymentDue;
    expect(rep?.kind).toBe('UNDUE');
    expect(rep?.legalRef).toMatch(L5134);
    expect(rep?.legalRef).toContain('« applicable pendant la période d’exécution de la convention »');
    expect(rep?.legalRef).not.toContain('L322-4-7 II, dernier alinéa');
  });

  it('formulaire CAE-0515 « Exonération de cotisations » : l’exonération d’un CAE embauché en 2007 cite le formulaire jusqu’au 30/04/2008, L5134-20 à partir du 1er mai 2008', () => {
    const d = cae2007();
    d.renewals = [{ from: '2007-09-01', to: '2008-08-31' }];
    d.events = [{ kind: 'RUPTURE', on: '2008-07-01', initiative: 'EMPLOYER', reason: 'OTHER' }];
    const rep = checkConvention(d).computed.repaymentDue;
    expect(rep?.kind).toBe('FULL');
    const params = rep?.trace.steps?.[0]?.parameters.filter((p) => p.name === 'Exonération') ?? [];
    expect(params.map((p) => p.from)).toEqual(['2007-03-01', '2008-05-01']);
    expect(params[0]?.legalRef).toBe('002_d93b7135d023d406.txt — conditions générales, « Exonération de cotisations »');
    expect(params[1]?.legalRef).toMatch(L5134);
  });

  it('formulaire CAE-0515 « Nature du contrat de travail » : la demande de renouvellement d’un CAE n’a pas de délai dans les sources', () => {
    const req = (checkConvention(caeExample()).computed.reportingDeadlines ?? []).find((x) => x.event === 'RENEWAL_REQUEST');
    expect(req?.legalRef).toMatch(L5134);
    expect(req?.legalRef).toContain('demande avant la fin de la convention : aucun délai dans les sources');
  });

  it('R. 5134-51 : les sept jours d’observations avant dénonciation sont la règle du contrat d’avenir ; un CAE les reçoit sans texte dans les sources', () => {
    const d = { ...caeExample(), denunciation: { intentNotifiedOn: '2008-09-01' } };
    const obs = (checkConvention(d).computed.reportingDeadlines ?? []).find((x) => x.event === 'DENUNCIATION_OBSERVATIONS');
    expect(obs?.legalRef).toMatch(
      /^002_d93b7135d023d406\.txt — conditions générales : « dénonciation de la convention par l’ANPE », sans délai d’observations/,
    );
    expect(obs?.legalRef).toContain('R. 5134-51');
    expect(obs?.legalRef).toContain('sans texte pour cette mesure dans les sources');
    const cav = { ...cavExample(), denunciation: { intentNotifiedOn: '2009-03-02' } };
    const cavObs = (checkConvention(cav).computed.reportingDeadlines ?? []).find((x) => x.event === 'DENUNCIATION_OBSERVATIONS');
    expect(cavObs?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-51/);
  });

  it('formulaire CAE-0515 « Voies de recours » : le délai de recours d’un contrat d’avenir n’est pas cité du formulaire du CAE', () => {
    const cav = { ...cavExample(), denunciation: { intentNotifiedOn: '2009-03-02', decisionNotifiedOn: '2009-03-16' } };
    const appeal = (checkConvention(cav).computed.reportingDeadlines ?? []).find((x) => x.event === 'APPEAL');
    expect(appeal?.legalRef).not.toContain('002_d93b7135d023d406.txt');
    expect(appeal?.legalRef).toContain('sans texte pour cette mesure dans les sources');
    const cae = { ...caeExample(), denunciation: { intentNotifiedOn: '2008-09-01', decisionNotifiedOn: '2008-09-15' } };
    const caeAppeal = (checkConvention(cae).computed.reportingDeadlines ?? []).find((x) => x.event === 'APPEAL');
    expect(caeAppeal?.legalRef).toContain('« Voies de recours » (deux mois)');
  });
});

describe('contrat d’avenir: the text that states the rule', () => {
  it('R. 5134-52 : l’exonération du contrat d’avenir n’est pas citée du formulaire du CAE ; la loi qui l’ouvre n’est pas dans les sources, R. 5134-52 la suppose', () => {
    const d = { ...cavExample(), denunciation: { intentNotifiedOn: '2009-03-02', decisionNotifiedOn: '2009-03-16' } };
    const rep = checkConvention(d).computed.repaymentDue;
    const param = rep?.trace.steps?.[0]?.parameters.find((p) => p.name === 'Exonération');
    expect(param?.legalRef).toMatch(
      /^contrat d’avenir : l’article de loi qui ouvre l’exonération n’est pas dans les sources ; 004_270ee0ee401e397b\.txt — art\. R\. 5134-52/,
    );
    expect(param?.legalRef).not.toContain('002_d93b7135d023d406.txt');
  });

  it('R. 5134-49 10° et 13° : le versement mensuel par avance de l’aide d’un contrat d’avenir n’est pas cité de R. 5134-63 (arrêt de l’aide)', () => {
    const payment = checkConvention(cavExample()).computed.aidPayments?.[0];
    const advance = payment?.trace.parameters.find((p) => p.name === 'Versement mensuel par avance');
    expect(advance?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-49 10° et 13°/);
    expect(advance?.legalRef).toContain('un versement mensuel par avance n’est écrit dans aucun texte du contrat d’avenir des sources');
    expect(advance?.legalRef).not.toContain('R. 5134-63');
  });

  it('contrat d’avenir : l’article de loi qui fixe ses employeurs n’est pas dans les sources ; R. 5134-49 (mentions de la convention) n’est pas cité pour cette règle', () => {
    const d = cavExample();
    d.employer = { ...d.employer, status: 'COMPANY' };
    const f = finding(d, 'EMPLOYER_NOT_ELIGIBLE');
    expect(f?.legalRef).toMatch(
      /^contrat d’avenir : l’article de loi qui fixe les employeurs n’est pas dans les sources ; liste du CAE appliquée : 000_fd6cca7b32c3007e\.txt — art\. L5134-20/,
    );
    expect(f?.legalRef).not.toContain('R. 5134-49');
  });
});

describe('CAE-DOM: the article of the décret of 2004 that states the rule, or none', () => {
  it('R. 831-8 : le décret ne dit pas quels employeurs concluent un CAE-DOM ; il renvoie à L. 832-2 III, hors des sources (R. 831-4 n’est pas cité)', () => {
    for (const status of ['STATE_SERVICE', '10'] as const) {
      const d = domExample();
      d.employer = { ...d.employer, status };
      const f = finding(d, 'EMPLOYER_NOT_ELIGIBLE');
      expect(f?.legalRef).toMatch(/^003_2988f0b5120431bc\.txt — art\. 10 \(R\. 831-8 : /);
      expect(f?.legalRef).toContain('l’article L. 832-2, qui dit quels employeurs peuvent conclure un contrat d’accès à l’emploi, n’est pas dans les sources');
      expect(f?.legalRef).not.toContain('R. 831-4');
    }
  });

  it('R. 831-3 : l’embauche d’un CAE-DOM avant la signature n’a pas de texte du décret ; la règle du CAE est appliquée et le dit', () => {
    const f = finding({ ...domExample(), signedOn: '2004-05-04' }, 'HIRED_BEFORE_SIGNATURE');
    expect(f?.legalRef).toMatch(
      /^003_2988f0b5120431bc\.txt — art\. 6 \(R\. 831-3 : l’offre d’emploi est déposée « préalablement à une demande de convention »\)/,
    );
    expect(f?.legalRef).toContain('n’est écrit dans aucun texte du contrat d’accès à l’emploi des sources : règle du CAE appliquée');
    expect(f?.legalRef).toContain('002_d93b7135d023d406.txt — conditions générales : « L’embauche ne peut avoir lieu avant la signature de la convention »');
  });

  it('R. 831-7 : après le licenciement d’un salarié en CDI avant le 24e mois, la convention est résiliée de plein droit ; la suite de l’alinéa, qui règle le reversement, n’est pas dans les sources', () => {
    const d = domExample();
    d.events = [{ kind: 'RUPTURE', on: '2005-03-01', initiative: 'EMPLOYER', reason: 'OTHER' }];
    const rep = checkConvention(d).computed.repaymentDue;
    expect(rep?.kind).toBe('FULL');
    expect(rep?.legalRef).toMatch(/^003_2988f0b5120431bc\.txt — art\. 9 \(R\. 831-7 I : .*« la convention est résiliée de plein droit et »/);
    expect(rep?.legalRef).toContain('la suite de l’alinéa, qui règle le reversement, n’est pas dans les sources');
  });

  it('R. 831-4 : un champ manquant d’un CAE-DOM cite le contenu de la convention (hors des sources au-delà du b, du j et du k), pas les publics de R. 831-1', () => {
    const d = domExample();
    d.employee = { ...d.employee, lastName: '' };
    const f = checkConvention(d).findings.find((x) => x.code === 'REQUIRED_FIELD_MISSING' && x.field === 'employee.lastName');
    expect(f?.legalRef).toMatch(/^003_2988f0b5120431bc\.txt — art\. 7 \(R\. 831-4 : mentions de la convention ; .*ne sont pas dans les sources\)/);
    expect(f?.legalRef).not.toContain('R. 831-1');
    // The same for an identifier whose check key fails: the CAE form's field, copied, not the CAE-DOM's own text.
    const siret = finding({ ...domExample(), employer: { ...domExample().employer, siret: '81943026500029' } }, 'SIRET_INVALID');
    expect(siret?.legalRef).toMatch(
      /^003_2988f0b5120431bc\.txt — art\. 7 \(R\. 831-4 : .* ; champ repris du 002_d93b7135d023d406\.txt — formulaire CAE-0515, bloc « L’employeur », N° SIRET$/,
    );
  });
});
