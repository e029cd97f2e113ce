import { describe, expect, it } from 'vitest';
import { renderConventionPdf } from './convention';
import { renderAvenantPdf } from './avenant';
import { cavDocument, exampleDocument, plainText } from '../../test/helpers/documents';

const CAE_NUMBER = '069-0608-69012-00001';
/** The PDF's text with its line breaks and runs of spaces as one space. */
const flat = async (pdf: Buffer) => (await plainText(pdf)).replace(/\s+/g, ' ');

describe('convention PDF: the fields of form CAE-0515 beyond the parties’ blocks', () => {
  it('formulaire CAE-0515, cadre réservé à l’administration et bloc « L’employeur » : le numéro IDE et l’organisme de recouvrement « autre » nommé', async () => {
    const cae = exampleDocument('convention-cae');
    const doc = { ...cae, employer: { ...cae.employer, collector: 'AUTRE' as const, collectorName: 'Caisse de prévoyance sociale' } };
    const text = await flat(await renderConventionPdf({ document: doc, number: CAE_NUMBER }));
    expect(text).toContain('Numéro IDE (identifiant demandeur d’emploi) : 0612345L');
    expect(text).toMatch(/☐ URSSAF ☐ MSA ☒ AUTRE : Caisse de prévoyance sociale/);
  });

  it('formulaire CAE-0515, signatures : chaque partie a son « Fait à … le … », son nom et sa qualité, et « Transmis au CNASEA le » sa date', async () => {
    const doc = {
      ...exampleDocument('convention-cae'),
      signatures: {
        employer: { name: 'Jeanne Roux', quality: 'Présidente', place: 'Lyon', signedOn: '2008-06-03' },
        authority: { name: 'Paul Léger', quality: 'Directeur de l’ALE', signedOn: '2008-06-05' },
      },
      transmittedToCnaseaOn: '2008-06-06',
    };
    const text = await flat(await renderConventionPdf({ document: doc, number: CAE_NUMBER }));
    expect(text).toContain('Fait à : Lyon, Fait le : 03/06/2008');
    expect(text).toContain('Nom et qualité : Jeanne Roux, Présidente');
    expect(text).toContain('Fait le : 05/06/2008');
    expect(text).toContain('Nom et qualité : Paul Léger, Directeur de l’ALE');
    expect(text).toContain('Transmis au CNASEA le : 06/06/2008');
  });

  it('formulaire CAE-0515, signatures : inconnus, les noms, qualités et la date de transmission restent à remplir à la main', async () => {
    const blank = await flat(await renderConventionPdf({ document: exampleDocument('convention-cae'), number: CAE_NUMBER }));
    expect(blank).toContain('Transmis au CNASEA le : ....');
    // Side by side: the employer's box asks « Nom et qualité », the State's does not (as on the paper form).
    expect(blank).toContain('L’employeur ou son représentant Pour l’État Nom et qualité (Signature et cachet) (Signature et cachet)');
  });

  describe('formulaire CAE-0515, « Transmis au CNASEA le » : l’organisme payeur du jour de la transmission (ASP à partir du 1er avril 2009)', () => {
    const cae = exampleDocument('convention-cae');
    const march = { ...cae, filedOn: '2009-03-02', signedOn: '2009-03-25', contract: { ...cae.contract, hiredOn: '2009-03-30', plannedEnd: '2009-09-29' } };
    it.each([
      ['2009-03-31', 'Transmis au CNASEA le : 31/03/2009'],
      ['2009-04-02', 'Transmis à l’ASP le : 02/04/2009'],
    ])('formulaire CAE-0515, « Transmis au CNASEA le » : signée le 25/03/2009, transmise le %s', async (sent, expected) => {
      expect(await flat(await renderConventionPdf({ document: { ...march, transmittedToCnaseaOn: sent }, number: CAE_NUMBER }))).toContain(expected);
    });
  });

  it('formulaire CAE-0515, signatures : l’avenant, signé à nouveau, n’imprime pas les signataires de la convention', async () => {
    const before = {
      ...exampleDocument('convention-cae'),
      signatures: { employer: { name: 'Jeanne Roux', quality: 'Présidente', signedOn: '2008-06-03' } },
      transmittedToCnaseaOn: '2008-06-06',
    };
    const after = { ...before, renewals: [{ from: '2008-12-09', to: '2009-06-08' }] };
    const text = await flat(await renderAvenantPdf({ number: CAE_NUMBER, avenantIndex: 1, kind: 'RENEWAL', before, after }));
    expect(text).not.toContain('Jeanne Roux');
    expect(text).not.toContain('06/06/2008');
  });

  it('R. 5134-50 : la convention du contrat d’avenir imprime son annexe (objectifs, programme, organisation et évaluation des actions, intervention du référent)', async () => {
    const doc = {
      ...cavDocument(),
      annex: {
        objectives: 'Obtenir le CAP agricole',
        programme: '120 heures au CFPPA de Lomme',
        organisationAndEvaluation: 'Un jour par semaine ; bilan à six mois',
        referentIntervention: 'Entretien mensuel avec le référent du PLIE',
      },
    };
    const text = await flat(await renderConventionPdf({ document: doc, number: '059-0409-59350-00012' }));
    expect(text).toContain('ANNEXE À LA CONVENTION INDIVIDUELLE (ART. R. 5134-50)');
    for (const expected of ['Obtenir le CAP agricole', '120 heures au CFPPA de Lomme', 'bilan à six mois', 'Entretien mensuel avec le référent du PLIE']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('R. 831-4 j) et k) : la convention CAE-DOM imprime les listes de pièces justificatives, cochées comme elle les liste', async () => {
    const dom = exampleDocument('convention-cae-dom');
    const doc = {
      ...dom,
      supportingDocuments: { aid: ['EMPLOYMENT_PROOF' as const], rupture: ['RUPTURE_LETTER' as const], ruptureOther: 'attestation Assédic' },
    };
    const text = await flat(await renderConventionPdf({ document: doc, number: '974-0404-97401-00007' }));
    expect(text).toContain('PIÈCES JUSTIFICATIVES (ART. R. 831-4 J ET K)');
    expect(text).toContain('j) Pièces à produire pour bénéficier de l’aide de l’État (art. R. 831-5) :');
    expect(text).toContain('☒ Justificatif attestant de l’emploi du bénéficiaire dans l’établissement, à chaque échéance (art. R. 831-5)');
    expect(text).toContain('☐ Copie des bulletins de salaire de la période');
    expect(text).toContain('☐ Autres pièces :');
    expect(text).toContain('k) Pièces à produire en cas de rupture anticipée du contrat de travail :');
    expect(text).toContain('☒ Copie de la lettre de rupture ou de licenciement');
    expect(text).toContain('☐ En cas de licenciement pour inaptitude, l’avis d’inaptitude du médecin du travail (art. R. 831-7)');
    expect(text).toContain('☒ Autres pièces : attestation Assédic');
  });
});
