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

  it('formulaire CAE-0515 « Les actions d’accompagnement et de formation » : les choix de la convention sont les cases cochées', async () => {
    const doc = exampleDocument('convention-cae');
    // The box is the form's answer, not the presence of a name (here not yet given).
    doc.support = { ...doc.support, externalEmploymentSupportPlanned: false, externalEmploymentSupport: null, externalSocialSupportPlanned: true };
    const text = await plainText(await renderConventionPdf({ document: doc, number: CAE_NUMBER }));
    expect(text).toMatch(/Nature de la formation :\s*☒ Adaptation au poste\s+☐ Remise à niveau\s+☒ Acquisition de nouvelles compétences/);
    expect(text).toMatch(/Type de formation :\s*☐ interne\s+☒ externe/);
    expect(text).toMatch(/tuteur désigné par l’employeur :\s*☒ oui\s+☐ non/);
    expect(text).toMatch(/Accompagnement vers l’emploi confié à un organisme extérieur :\s*☐ oui\s+☒ non/);
    expect(text).toMatch(/Accompagnement social confié à un organisme extérieur :\s*☒ oui\s+☐ non/);
    expect(text).toMatch(/☐ Hors du temps de travail\s+☒ Pendant le temps de travail\s+☐ Pendant et hors temps de travail/);
    expect(text).not.toContain('Ancienne saisie');
  });
  it('formulaire CAE-0515 « Les actions d’accompagnement et de formation » : un document d’avant les choix fermés imprime les mots du formulaire comme cases, le reste comme « ancienne saisie »', async () => {
    const old = exampleDocument('convention-cae');
    old.support = {
      trainingPlanned: true,
      trainingNature: ['Remise à niveau', 'QUALIFYING'],
      trainingType: 'interne',
      tutor: 'Mme Durand',
      externalEmploymentSupport: 'Mission locale de Lyon',
      timing: 'BOTH',
    } as unknown as NonNullable<typeof old.support>;
    const oldText = await plainText(await renderConventionPdf({ document: old, number: CAE_NUMBER }));
    expect(oldText).toMatch(/Nature de la formation :\s*☐ Adaptation au poste\s+☒ Remise à niveau\s+☐ Acquisition de nouvelles compétences/);
    expect(oldText).toMatch(/Type de formation :\s*☒ interne\s+☐ externe/);
    expect(oldText).toMatch(/tuteur désigné par l’employeur :\s*☐ oui\s+☐ non/);
    expect(oldText).toMatch(/Accompagnement vers l’emploi confié à un organisme extérieur :\s*☒ oui\s+☐ non/);
    expect(oldText).toMatch(
      /Ancienne saisie, hors des choix du formulaire \(conservée telle quelle\) :\s*– Nature de la formation : QUALIFYING\s*– Accompagnement vers l’emploi confié à un tuteur désigné par l’employeur : Mme Durand/,
    );
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

  it('R. 831-1 3°, 4° et 6° : la convention CAE-DOM imprime la catégorie choisie et ce qui la fonde (terme de l’emploi-jeune, titre de l’obligation d’emploi de l’art. L. 323-3)', async () => {
    const dom = exampleDocument('convention-cae-dom');
    const print = async (employee: Partial<NonNullable<typeof dom.employee>>) =>
      (
        await plainText(
          await renderConventionPdf({ document: { ...dom, employee: { ...dom.employee, allowances: [], ...employee } }, number: '974-0404-97401-00007' }),
        )
      ).replace(/\s+/g, ' ');
    const youthJob = await print({ domCategory: 'EMPLOI_JEUNE', youthJobEndsOn: '2004-04-30' });
    expect(youthJob).toContain(
      'Catégorie de bénéficiaire (art. R. 831-1) : 6° Bénéficiaire d’une convention de l’art. L. 322-4-18 (emploi-jeune) dont le contrat arrive à son terme avant le 1er janvier 2008',
    );
    expect(youthJob).toContain('Terme du contrat emploi-jeune (art. L. 322-4-18) : 30/04/2004');
    const partner = await print({ domCategory: 'RMI_PARTNER' });
    expect(partner).toContain('3° Conjoint, concubin ou partenaire lié par un PACS d’un bénéficiaire du revenu minimum d’insertion');
    const obligation = await print({ domCategory: 'OBLIGATION_EMPLOI', employmentObligation: 'INVALIDITY_PENSION' });
    expect(obligation).toContain('4° Travailleur reconnu handicapé ou bénéficiaire de l’obligation d’emploi (art. L. 323-3, 2° à 4°)');
    expect(obligation).toContain('Obligation d’emploi (art. L. 323-3) : L. 323-3 3° — Titulaire d’une pension d’invalidité');
  }, 60_000);
});

describe('contrat d’avenir : qui conclut et signe la convention (R. 5134-41, R. 5134-42)', () => {
  const NUMBER = '059-0409-59350-00012';
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const byCommune = () => {
    const doc = cavDocument();
    return {
      ...doc,
      employee: { ...doc.employee, allowances: ['RMI' as const] },
      concludedBy: { authority: 'COMMUNE' as const, name: 'Commune de Lille', departmentDelegationOn: '2009-01-15' },
    };
  };

  it('R. 5134-41 : conclue par une commune, la convention est signée pour la commune par le maire, avec la délégation du département, et non « Pour l’État »', async () => {
    const text = flat(await plainText(await renderConventionPdf({ document: byCommune(), number: NUMBER })));
    expect(text).toContain(
      'Convention conclue par le maire (Commune de Lille) (art. R. 5134-41), par délégation du département : convention de délégation du 15/01/2009 (art. R. 5134-41, alinéa 2, et R. 5134-43).',
    );
    expect(text).toContain('Pour la commune, le maire');
    expect(text).not.toContain('Pour l’État');
    expect(text).toContain('Le contrôle de l’application de cette convention est effectué par le maire (Commune de Lille).');
    expect(text).toContain('Exemplaire 2 — Commune de Lille');
    expect(text).not.toContain('Exemplaire 2 — Pôle emploi');
    // A collectivité has no hierarchical superior: no recours hiérarchique to the minister.
    expect(text).not.toContain('Recours hiérarchique auprès du ministre');
  });

  it('R. 5134-41 : un département qui délègue la convention à un organisme la fait signer par le délégataire', async () => {
    const doc = { ...byCommune(), concludedBy: { authority: 'DEPARTMENT' as const, name: 'Département du Nord', delegate: 'PLIE de Lille' } };
    const text = flat(await plainText(await renderConventionPdf({ document: doc, number: NUMBER })));
    expect(text).toContain(
      'Convention conclue par le président du conseil général (Département du Nord) (art. R. 5134-41) ; mise en œuvre et signature déléguées à PLIE de Lille.',
    );
    expect(text).toContain('Pour le président du conseil général et par délégation,');
    expect(text).toContain(
      'Le contrôle de l’application de cette convention est effectué par PLIE de Lille, par délégation du président du conseil général (Département du Nord).',
    );
    expect(text).not.toContain('Pour l’État');
    expect(text).toContain('Exemplaire 2 — PLIE de Lille');
  });

  it('R. 5134-42 : sans signataire indiqué (document ancien), la convention est celle de l’État, conclue par l’ANPE jusqu’au 31/12/2008 puis par Pôle emploi', async () => {
    const text2009 = flat(await plainText(await renderConventionPdf({ document: cavDocument(), number: NUMBER })));
    expect(text2009).toContain('Convention conclue, pour le compte de l’État, par Pôle emploi (art. R. 5134-42).');
    expect(text2009).toContain('Pour l’État, Pôle emploi');
    expect(text2009).toContain('Exemplaire 2 — Pôle emploi');
    expect(text2009).toContain('Recours hiérarchique auprès du ministre');
  });

  it('R. 5134-42 : une convention de l’État signée en 2008 est conclue par l’Agence nationale pour l’emploi', async () => {
    const doc = cavDocument();
    const in2008 = { ...doc, filedOn: '2008-11-03', signedOn: '2008-11-10', contract: { ...doc.contract, hiredOn: '2008-11-17', plannedEnd: '2010-11-16' } };
    const text2008 = flat(await plainText(await renderConventionPdf({ document: in2008, number: '059-1108-59350-00012' })));
    expect(text2008).toContain('Convention conclue, pour le compte de l’État, par l’Agence nationale pour l’emploi (art. R. 5134-42).');
    expect(text2008).toContain('Pour l’État, l’Agence nationale pour l’emploi');
    expect(text2008).toContain('Exemplaire 2 — ALE');
  });

  it('R. 5134-60 et R. 5134-49 7° : la convention imprime le programme indicatif, ses périodes et ses modifications', async () => {
    const doc = cavDocument();
    const withProgramme = {
      ...doc,
      contract: {
        ...doc.contract,
        hoursProgramme: {
          periodStart: '2009-05-04',
          notifiedOn: '2009-04-10',
          periods: [{ from: '2009-06-01', to: '2009-08-31', weeklyHours: 30 }],
          changes: [{ from: '2009-10-05', notifiedOn: '2009-09-11' }],
        },
      },
    };
    const text = flat(await plainText(await renderConventionPdf({ document: withProgramme, number: NUMBER })));
    // The table's cells share lines in the extracted text: each piece on its own.
    for (const expected of [
      'programme indicatif à partir du 04/05/2009,',
      'communiqué au salarié le 10/04/2009 ; du 01/06/2009 au 31/08/2009 :',
      '30 h par semaine ; les autres semaines à la durée du contrat ; modifié',
      'à partir du 05/10/2009, communiqué le 11/09/2009',
      'sa modification éventuelle respecte également un délai de prévenance de quinze jours',
    ])
      expect(text, expected).toContain(expected);
  });
});
