import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import type { ConventionDocument } from '../document/schema';
import { caeExample, cavExample, domExample } from '../../../test/helpers/rule-documents';

const findings = (d: ConventionDocument, code: string) => checkConvention(d).findings.filter((f) => f.code === code);
const required = (d: ConventionDocument) => findings(d, 'REQUIRED_FIELD_MISSING').map((f) => f.field);

/** The contrat d'avenir example with a NIR whose key is right. */
function cav(): ConventionDocument {
  const d = cavExample();
  const body = '1800159123456';
  d.employee = { ...d.employee, nir: body + String(97 - Number(BigInt(body) % 97n)).padStart(2, '0') };
  return d;
}

describe('Champs du formulaire CAE-0515 et leurs équivalents (contrat d’avenir, CAE-DOM)', () => {
  it('formulaire CAE-0515, bloc « L’employeur » (URSSAF, MSA, AUTRE : …) : un organisme de recouvrement « autre » est nommé', () => {
    const d = caeExample();
    d.employer = { ...d.employer, collector: 'AUTRE' };
    const [f] = findings(d, 'REQUIRED_FIELD_MISSING');
    expect(f).toMatchObject({ severity: 'error', field: 'employer.collectorName' });
    expect(f?.legalRef).toMatch(/^002_d93b7135d023d406\.txt — formulaire CAE-0515, bloc « L’employeur »/);
    d.employer = { ...d.employer, collectorName: 'Caisse de prévoyance sociale' };
    expect(checkConvention(d).findings).toEqual([]);
    // URSSAF or MSA need no name.
    expect(required({ ...caeExample(), employer: { ...caeExample().employer, collector: 'MSA' } })).toEqual([]);
  });

  it('R. 5134-49 12° : la convention du contrat d’avenir nomme l’organisme de recouvrement « autre »', () => {
    const d = cav();
    d.employer = { ...d.employer, collector: 'AUTRE', collectorName: '  ' };
    const [f] = findings(d, 'REQUIRED_FIELD_MISSING');
    expect(f).toMatchObject({ field: 'employer.collectorName' });
    expect(f?.legalRef).toMatch(/R\. 5134-49 .*12°/);
  });

  it('formulaire CAE-0515, cadre réservé à l’administration (« Numéro IDE ») : le salarié inscrit comme demandeur d’emploi a son identifiant', () => {
    const d = caeExample();
    d.employee = { ...d.employee, registeredJobseeker: true };
    const [f] = findings(d, 'REQUIRED_FIELD_MISSING');
    expect(f).toMatchObject({ severity: 'error', field: 'employee.jobseekerId' });
    expect(f?.legalRef).toContain('« Numéro IDE »');
    d.employee = { ...d.employee, jobseekerId: '1234567A' };
    expect(checkConvention(d).findings).toEqual([]);
    // Not registered: no identifier to give.
    expect(required({ ...caeExample(), employee: { ...caeExample().employee, registeredJobseeker: false } })).toEqual([]);
    // The contrat d'avenir and CAE-DOM texts do not ask for it.
    expect(required({ ...cav(), employee: { ...cav().employee, registeredJobseeker: true } })).toEqual([]);
    expect(required(domExample())).toEqual([]);
  });

  it('formulaire CAE-0515, « Numéro IDE » : 7 à 11 lettres et chiffres, espaces ignorés, quelle que soit la mesure', () => {
    const withId = (d: ConventionDocument, jobseekerId: string) => findings({ ...d, employee: { ...d.employee, jobseekerId } }, 'JOBSEEKER_ID_INVALID');
    expect(withId(caeExample(), ' 1234 567 a ')).toEqual([]);
    expect(withId(caeExample(), '12345678901')).toEqual([]);
    const [f] = withId(caeExample(), '12-345');
    expect(f).toMatchObject({ severity: 'error', field: 'employee.jobseekerId' });
    expect(f?.message).toContain('7 à 11 lettres et chiffres');
    expect(withId(domExample(), '123456789012')).toHaveLength(1);
    expect(withId(cav(), '123456')).toHaveLength(1);
  });

  it('formulaire CAE-0515, signatures (« Fait le » de l’employeur et « Pour l’État ») : la convention est datée de la dernière signature', () => {
    const d = caeExample(); // signedOn 05/06/2008, hiring 09/06/2008
    d.signatures = {
      employer: { name: 'Jeanne Roux', quality: 'Présidente', signedOn: '2008-06-03' },
      authority: { name: 'Paul Léger', quality: 'Directeur de l’ALE', signedOn: '2008-06-05' },
    };
    expect(checkConvention(d).findings).toEqual([]);
    // A party signing after the convention's date.
    d.signatures.employer = { ...d.signatures.employer, signedOn: '2008-06-06' };
    const [late] = findings(d, 'SIGNATURE_DATES_INCONSISTENT');
    expect(late).toMatchObject({ severity: 'error', field: 'signatures.employer.signedOn' });
    expect(late?.message).toContain('l’employeur signe le 06/06/2008, après la date de signature de la convention (05/06/2008)');
    // The convention's date later than both signatures.
    d.signatures.employer = { ...d.signatures.employer, signedOn: '2008-06-03' };
    d.signedOn = '2008-06-07';
    const [after] = findings(d, 'SIGNATURE_DATES_INCONSISTENT');
    expect(after).toMatchObject({ field: 'signedOn' });
    expect(after?.message).toContain('celle de l’État le 05/06/2008');
    // One date only: the convention may be signed later by the other party.
    expect(findings({ ...d, signatures: { employer: { signedOn: '2008-06-03' } } }, 'SIGNATURE_DATES_INCONSISTENT')).toEqual([]);
  });

  it('formulaire CAE-0515, signatures : l’embauche ne précède la signature d’aucune des deux parties', () => {
    const d = caeExample(); // hiring 09/06/2008
    delete d.signedOn;
    d.signatures = { employer: { signedOn: '2008-06-05' }, authority: { signedOn: '2008-06-10' } };
    const [f] = findings(d, 'HIRED_BEFORE_SIGNATURE');
    expect(f).toMatchObject({ severity: 'error', field: 'contract.hiredOn' });
    expect(f?.message).toContain('par l’État (10/06/2008)');
    expect(f?.legalRef).toContain('L’embauche ne peut avoir lieu avant la signature');
    // Reported once when the convention's date says it too.
    d.signedOn = '2008-06-10';
    expect(findings(d, 'HIRED_BEFORE_SIGNATURE')).toHaveLength(1);
  });

  it('R. 5134-44 : le contrat d’avenir n’est pas embauché avant la signature de l’autorité qui conclut la convention', () => {
    const d = cav(); // hiring 15/09/2008
    delete d.signedOn;
    d.signatures = { authority: { name: 'Martine Aubry', quality: 'Maire', signedOn: '2008-09-16' } };
    const [f] = findings(d, 'HIRED_BEFORE_SIGNATURE');
    expect(f?.message).toContain('par l’autorité qui conclut la convention (16/09/2008)');
    expect(f?.legalRef).toMatch(/R\. 5134-44/);
  });

  it('formulaire CAE-0515, « Transmis au CNASEA le » : la convention est transmise une fois signée, à l’organisme payeur du jour', () => {
    const d = caeExample(); // signed 05/06/2008
    d.transmittedToCnaseaOn = '2008-06-05';
    expect(checkConvention(d).findings).toEqual([]);
    d.transmittedToCnaseaOn = '2008-06-04';
    const [f] = findings(d, 'TRANSMITTED_BEFORE_SIGNATURE');
    expect(f).toMatchObject({ severity: 'error', field: 'transmittedToCnaseaOn' });
    expect(f?.message).toContain('transmise au CNASEA une fois signée : la transmission (04/06/2008) ne peut pas précéder la signature (05/06/2008)');
    expect(f?.legalRef).toContain('« Transmis au CNASEA le : »');
    // A party's later « Fait le » counts as the signature.
    d.transmittedToCnaseaOn = '2008-06-05';
    d.signatures = { authority: { signedOn: '2008-06-06' } };
    expect(findings(d, 'TRANSMITTED_BEFORE_SIGNATURE')).toHaveLength(1);
    // From 1 April 2009 the payment organisation is the ASP.
    const later = { ...caeExample(), signedOn: '2009-04-10', transmittedToCnaseaOn: '2009-04-09' };
    expect(findings(later, 'TRANSMITTED_BEFORE_SIGNATURE')[0]?.message).toContain('transmise à l’ASP');
  });

  it('R. 5134-46 : la copie de la convention d’avenir est adressée au CNASEA après sa signature (texte cité à la date de la transmission)', () => {
    const d = { ...cav(), transmittedToCnaseaOn: '2008-09-09' }; // signed 10/09/2008
    expect(findings(d, 'TRANSMITTED_BEFORE_SIGNATURE')[0]?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-46/);
    const old = { ...cav(), signedOn: '2008-03-10', transmittedToCnaseaOn: '2008-03-09' };
    expect(findings(old, 'TRANSMITTED_BEFORE_SIGNATURE')[0]?.legalRef).toContain('avant le 1er mai 2008');
  });

  it('R. 5134-50 : l’annexe de la convention individuelle précise les objectifs, le programme, l’organisation et l’évaluation des actions, et l’intervention du référent', () => {
    const d = cav();
    delete d.annex;
    const missing = findings(d, 'REQUIRED_FIELD_MISSING');
    expect(missing.map((f) => f.field)).toEqual(['annex.objectives', 'annex.programme', 'annex.organisationAndEvaluation', 'annex.referentIntervention']);
    expect(missing.every((f) => f.severity === 'error' && /R\. 5134-50/.test(f.legalRef))).toBe(true);
    d.annex = { ...cav().annex, programme: ' ' };
    expect(required(d)).toEqual(['annex.programme']);
    // The annex is the contrat d'avenir's: a CAE has none.
    expect(required(caeExample())).toEqual([]);
  });

  it('R. 831-4 j) : la convention du CAE-DOM liste les pièces justificatives de l’aide, dont le justificatif de l’emploi sur lequel R. 831-5 la verse', () => {
    const d = domExample();
    delete d.supportingDocuments;
    const missing = findings(d, 'REQUIRED_FIELD_MISSING');
    expect(missing.map((f) => f.field)).toEqual(['supportingDocuments.aid', 'supportingDocuments.rupture']);
    expect(missing[0]?.legalRef).toMatch(/^003_2988f0b5120431bc\.txt — art\. 7 II \(R\. 831-4 j\)/);
    d.supportingDocuments = { aid: ['PAYSLIPS'], rupture: ['RUPTURE_LETTER'] };
    expect(required(d)).toEqual(['supportingDocuments.aid']);
    d.supportingDocuments = { aid: ['EMPLOYMENT_PROOF', 'PAYSLIPS'], rupture: ['RUPTURE_LETTER'] };
    expect(required(d)).toEqual([]);
  });

  it('R. 831-4 k) : la convention du CAE-DOM liste les pièces à produire en cas de rupture anticipée (une liste cochée ou d’autres pièces nommées)', () => {
    const d = domExample();
    d.supportingDocuments = { aid: ['EMPLOYMENT_PROOF'], rupture: [] };
    expect(required(d)).toEqual(['supportingDocuments.rupture']);
    d.supportingDocuments = { aid: ['EMPLOYMENT_PROOF'], ruptureOther: 'attestation de l’employeur' };
    expect(required(d)).toEqual([]);
    // Before the décret's entry into force (1 April 2004), j) and k) did not exist.
    const before = { ...domExample(), jobOfferFiledOn: '2004-03-01', filedOn: '2004-03-10', signedOn: '2004-03-20', supportingDocuments: null };
    expect(required(before)).toEqual([]);
  });
});
