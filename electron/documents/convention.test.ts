import { describe, expect, it } from 'vitest';
import { renderConventionPdf } from './convention';
import { cavDocument, countOf, exampleDocument, pdfFonts, pdfInfo, pdfText, plainText } from '../../test/helpers/documents';

const CAE_NUMBER = '069-0608-69012-00001';

describe('convention PDF (form CAE-0515)', () => {
  it('prints every field of the CAE example, with French formats, in five copies', async () => {
    const pdf = await renderConventionPdf({ document: exampleDocument('convention-cae'), number: CAE_NUMBER });
    const text = await plainText(pdf);
    for (const expected of [
      'CONTRAT D’ACCOMPAGNEMENT DANS L’EMPLOI',
      'CONVENTION ENTRE L’ÉTAT ET L’EMPLOYEUR',
      'Articles L5134-20 et suivants du Code du travail',
      `${CAE_NUMBER}-00`,
      'Association Les Jardins du Rhône',
      '81943026500028',
      'Association, fondation',
      'MARTIN',
      'DURAND',
      'Claire',
      '14/03/1975',
      '2 75 03 69 123 456 61',
      '51 — Diplôme du BEP ou du CAP obtenu (niveau V)',
      '02/06/2008',
      '09/06/2008',
      '08/12/2008',
      '41121',
      'Ouvrier maraîcher',
      '800,00 €',
      '20 h',
      '90 %',
      '673,14 €',
      'Mission locale de Lyon',
      'Fait le : 05/06/2008',
      'L’employeur ou son représentant',
      'Pour l’État',
      '« Lu et approuvé »',
      'CONDITIONS GÉNÉRALES',
      'sept jours francs',
      'TABLEAU 2 : NIVEAU DE FORMATION',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/☒ URSSAF\s+☐ MSA\s+☐ AUTRE/);
    expect(text).toMatch(/☐ M\.\s+☒ Mme\s+☐ Mlle/);
    const recipients = ['CNASEA', 'ALE', 'Employeur', 'Salarié', 'Organisme de recouvrement des cotisations sociales'];
    recipients.forEach((recipient, i) => expect(text).toContain(`Exemplaire ${i + 1} — ${recipient}`));
    // Every copy carries the whole form: the title once per copy, the footer on every page.
    expect(countOf(text, 'CONVENTION ENTRE L’ÉTAT ET L’EMPLOYEUR')).toBe(5);
    const { pages } = await pdfInfo(pdf);
    expect(pages % 5).toBe(0);
    expect(countOf(text, 'Exemplaire 1 — CNASEA')).toBe(pages / 5);
  });

  it('keeps the no-break spaces of French amounts and embeds fonts with a Unicode map, on A4 pages', async () => {
    const pdf = await renderConventionPdf({ document: exampleDocument('convention-cae'), number: CAE_NUMBER });
    expect(await pdfText(pdf)).toMatch(/800,00[\u00a0 ]€/);
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font.name).toMatch(/DejaVuSansCondensed/);
      expect(font.embedded, font.name).toBe(true);
      expect(font.unicode, font.name).toBe(true);
    }
    const info = await pdfInfo(pdf);
    expect(info.a4).toBe(true);
    expect(info.title).toContain(CAE_NUMBER);
  });

  it('cites L 322-4-7 before the recodification of 1 May 2008', async () => {
    const doc = {
      ...exampleDocument('convention-cae'),
      filedOn: '2008-03-03',
      signedOn: '2008-03-05',
      contract: { ...exampleDocument('convention-cae').contract, hiredOn: '2008-03-10', plannedEnd: '2008-09-09' },
    };
    const text = await plainText(await renderConventionPdf({ document: doc, number: '069-0308-69012-00002' }));
    expect(text).toContain('Article L 322-4-7 du Code du Travail');
    expect(text).toContain('articles L.322-4-7, R. 322-16 à R. 322-16-3');
  });

  it('is reproducible: the same input gives the same bytes, dated from the signature', async () => {
    const input = { document: exampleDocument('convention-cae'), number: CAE_NUMBER };
    const a = await renderConventionPdf(input);
    const b = await renderConventionPdf(input);
    expect(a.equals(b)).toBe(true);
    expect((await pdfInfo(a)).creationDate?.toISOString().slice(0, 10)).toBe('2008-06-05');
  });

  it('prints the contrat d’avenir with its 15 mandatory contents and the names in force in April 2009', async () => {
    const text = await plainText(await renderConventionPdf({ document: cavDocument(), number: '059-0409-59350-00012', avenantIndex: 0 }));
    expect(text).toContain('CONTRAT D’AVENIR');
    expect(text).toContain('CONVENTION INDIVIDUELLE');
    expect(text).toContain('Articles L5134-35 et suivants');
    expect(text).toContain('(ART. R. 5134-49)');
    for (let i = 1; i <= 15; i++) expect(text).toContain(`${i}°`);
    for (const expected of [
      'LEFÈVRE',
      'Benoît',
      '12 rue des Écoles, 59000 Lille',
      '1 143,00 €',
      '447,91 €',
      'Pôle emploi (ASS)',
      '14/04/2009',
      '13/04/2011',
      '120 heures',
      'allocation de solidarité spécifique (ASS)',
      'sept jours',
    ]) {
      expect(text, expected).toContain(expected);
    }
    ['ASP', 'Pôle emploi', 'Employeur', 'Salarié', 'Organisme de recouvrement des cotisations sociales'].forEach((r, i) =>
      expect(text).toContain(`Exemplaire ${i + 1} — ${r}`),
    );
    expect(text).not.toContain('Exemplaire 1 — CNASEA');
  });

  it('reference/README.md (Pôle emploi au 1er janvier 2009, ASP au 1er avril 2009) : une convention signée en 2009 ne nomme plus l’ANPE, l’ALE ni le CNASEA', async () => {
    const cae = exampleDocument('convention-cae');
    const doc = { ...cae, filedOn: '2009-06-02', signedOn: '2009-06-05', contract: { ...cae.contract, hiredOn: '2009-06-09', plannedEnd: '2009-12-08' } };
    const text = await plainText(await renderConventionPdf({ document: doc, number: '069-0609-69012-00003' }));
    expect(text).not.toMatch(/ANPE|\bALE\b|CNASEA|agence locale pour l’emploi|Agence nationale pour l’emploi/);
    for (const expected of [
      'Le salarié est-il inscrit à Pôle emploi ?',
      'code agence Pôle emploi ou prescripteur',
      'le directeur de l’agence locale de Pôle emploi',
      'adressée à l’agence locale de Pôle emploi, à l’ASP ou',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });

  it('R. 831-3 : l’offre d’emploi est déposée auprès de l’agence du jour du dépôt (ANPE en 2008, Pôle emploi en 2009)', async () => {
    const dom = exampleDocument('convention-cae-dom');
    const doc = { ...dom, jobOfferFiledOn: '2009-01-05', filedOn: '2009-01-12', signedOn: '2009-01-15', contract: { ...dom.contract, hiredOn: '2009-01-19' } };
    const text = await plainText(await renderConventionPdf({ document: doc, number: '974-0109-97401-00008' }));
    expect(text).toContain('Offre d’emploi déposée à Pôle emploi le');
    expect(text).toContain('Date de dépôt de l’offre d’emploi à Pôle emploi');
    expect(text).not.toMatch(/ANPE|\bALE\b/);
    const filed2008 = await plainText(await renderConventionPdf({ document: { ...doc, jobOfferFiledOn: '2008-12-22' }, number: '974-0109-97401-00008' }));
    expect(filed2008).toContain('Offre d’emploi déposée à l’ANPE le');
    expect(filed2008).toContain('Le salarié est-il inscrit à Pôle emploi ?');
  });

  it('prints the CAE-DOM with the job offer, eligibility category, contract type and total aid', async () => {
    const text = await plainText(await renderConventionPdf({ document: exampleDocument('convention-cae-dom'), number: '974-0404-97401-00007' }));
    for (const expected of [
      'CONTRAT D’ACCÈS À L’EMPLOI',
      'Articles R. 831-1',
      '20/04/2004',
      '26/04/2004',
      '03/05/2004',
      'PAYET',
      'SARL Transports du Sud',
      '6 000,00 €',
      '1 300,00 €',
      '35 h',
      '3° Bénéficiaire du revenu minimum d’insertion',
      'Entreprise',
      'CDI',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/☐ CDD\s+☒ CDI/);
    expect(text).toContain('Exemplaire 1 — CNASEA');
  });
});
