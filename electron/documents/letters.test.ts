import { describe, expect, it } from 'vitest';
import type { ConventionDocument } from '../../shared/rules/index';
import { renderAvenantPdf } from './avenant';
import { denunciationRepayment, renderDenunciationPdf } from './denunciation';
import { cavDocument, exampleDocument, pdfFonts, pdfInfo, plainText } from '../../test/helpers/documents';

const NUMBER = '069-0608-69012-00001';

function renewed(): ConventionDocument {
  const doc = exampleDocument('convention-cae');
  return { ...doc, signedOn: '2008-12-01', renewals: [{ from: '2008-12-09', to: '2009-06-08', weeklyHours: 26, aidRatePercent: '85' }] };
}

describe('avenant PDF', () => {
  it('names the amended version and lists what changes, before and after', async () => {
    const pdf = await renderAvenantPdf({
      number: NUMBER,
      avenantIndex: 1,
      kind: 'RENEWAL',
      before: exampleDocument('convention-cae'),
      after: renewed(),
      effectiveOn: '2008-12-09',
    });
    const text = await plainText(pdf);
    for (const expected of [
      'AVENANT N° 01',
      `${NUMBER}-00`,
      `${NUMBER}-01`,
      'Avenant de renouvellement',
      '09/12/2008',
      'Date de fin prévue du contrat',
      '08/12/2008',
      '08/06/2009',
      '20 h',
      '26 h',
      '90 %',
      '85 %',
      'Avant l’avenant',
      'Après l’avenant',
      'Les autres clauses de la convention demeurent inchangées.',
      'Fait le : 01/12/2008',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('Salaire brut mensuel');
    expect((await pdfInfo(pdf)).a4).toBe(true);
    expect((await pdfFonts(pdf)).every((f) => f.embedded)).toBe(true);
  });
});

describe('dénonciation letter PDF', () => {
  it('gives the employer seven days for observations and states the amounts to repay and the appeal routes', async () => {
    const doc = exampleDocument('convention-cae');
    const expected = denunciationRepayment(doc, '2008-10-15');
    expect(expected?.kind).toBe('FULL');
    expect(expected?.amountCents).toBeGreaterThan(0);
    const pdf = await renderDenunciationPdf({
      number: NUMBER,
      document: doc,
      stage: 'INTENT',
      letterDate: '2008-10-15',
      grounds: ['Actions de formation prévues non mises en œuvre', 'Justificatifs trimestriels non transmis'],
      place: 'Lyon',
    });
    const text = await plainText(pdf);
    for (const s of [
      'Lyon, le 15/10/2008',
      'Association Les Jardins du Rhône',
      `intention de dénoncer la convention n° ${NUMBER}`,
      'Actions de formation prévues non mises en œuvre',
      'sept jours',
      '22/10/2008',
      'deux mois',
      'recours gracieux',
      'recours hiérarchique',
      'tribunal administratif',
      'au CNASEA',
      'Agence nationale pour l’emploi',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).toContain(
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(expected!.amountCents / 100).replace(/[\u00a0\u202f]/g, ' '),
    );
  });

  it('prints the decision with the names in force after 2009', async () => {
    const doc = {
      ...exampleDocument('convention-cae'),
      signedOn: '2009-06-05',
      contract: { ...exampleDocument('convention-cae').contract, hiredOn: '2009-06-09', plannedEnd: '2009-12-08' },
    };
    const text = await plainText(
      await renderDenunciationPdf({ number: NUMBER, document: doc, stage: 'DECISION', letterDate: '2009-10-01', grounds: ['Tutorat non assuré'] }),
    );
    expect(text).toContain(`dénonciation de la convention n° ${NUMBER}`);
    expect(text).toMatch(/L’ASP et\s+l’organisme de recouvrement/);
    expect(text).toContain('Pôle emploi');
    expect(text).not.toContain('sept jours');
  });

  it('reference/README.md : la lettre nomme les organismes de sa date, pas de celle de la convention (convention de 2008, lettre d’octobre 2009)', async () => {
    const text = await plainText(
      await renderDenunciationPdf({
        number: NUMBER,
        document: exampleDocument('convention-cae'),
        stage: 'DECISION',
        letterDate: '2009-10-01',
        grounds: ['Tutorat non assuré'],
      }),
    );
    expect(text).not.toMatch(/ANPE|CNASEA|agence locale pour l’emploi|Agence nationale pour l’emploi/);
    for (const expected of ['à l’ASP', 'Direction générale de Pôle emploi', 'Le directeur de l’agence Pôle emploi']) expect(text, expected).toContain(expected);
    expect(text).toMatch(/L’ASP et\s+l’organisme de recouvrement/);
  });
});

describe('dénonciation d’un contrat d’avenir : l’autorité ou le délégataire signataire (R. 5134-41, R. 5134-42, R. 5134-51)', () => {
  const NUMBER_CAV = '059-0409-59350-00012';
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const letter = (document: ConventionDocument, letterDate = '2009-10-01') =>
    renderDenunciationPdf({ number: NUMBER_CAV, document, stage: 'DECISION', letterDate, grounds: ['Actions de formation non mises en œuvre'] })
      .then(plainText)
      .then(flat);

  it('R. 5134-41 : la convention conclue par une commune est dénoncée par la commune et signée par le maire, sans recours hiérarchique ni ANPE / Pôle emploi', async () => {
    const doc = cavDocument();
    const text = await letter({
      ...doc,
      employee: { ...doc.employee, allowances: ['RMI'] },
      concludedBy: { authority: 'COMMUNE', name: 'Commune de Lille', departmentDelegationOn: '2009-01-15' },
    });
    expect(text).toContain('RÉPUBLIQUE FRANÇAISE Le 01/10/2009 Commune de Lille Commune de Lambersart');
    expect(text).toContain('par un recours gracieux auprès du maire (Commune de Lille) ;');
    expect(text).not.toContain('recours hiérarchique');
    expect(text).toContain('Le maire (Signature et cachet)');
    expect(text).not.toMatch(/Pôle emploi|ANPE|Agence nationale pour l’emploi/);
  });

  it('R. 5134-51 : un département qui a délégué la convention la fait dénoncer par son délégataire', async () => {
    const doc = { ...cavDocument(), concludedBy: { authority: 'DEPARTMENT' as const, name: 'Département du Nord', delegate: 'PLIE de Lille' } };
    const text = await letter(doc);
    expect(text).toContain('RÉPUBLIQUE FRANÇAISE Le 01/10/2009 PLIE de Lille Commune de Lambersart');
    expect(text).toContain('Pour le président du conseil général et par délégation, PLIE de Lille');
    expect(text).toContain('par un recours gracieux auprès de PLIE de Lille, par délégation du président du conseil général (Département du Nord) ;');
  });

  it('R. 5134-42 : la convention de l’État (signataire non indiqué) est dénoncée, comme avant, par l’agence du jour de la lettre (Pôle emploi en 2009)', async () => {
    const doc = cavDocument();
    const text = await letter(doc);
    expect(text).toContain('RÉPUBLIQUE FRANÇAISE Le 01/10/2009 Pôle emploi Commune de Lambersart');
    expect(text).toContain('par un recours hiérarchique auprès de la Direction générale de Pôle emploi');
    expect(text).toContain('Le directeur de l’agence Pôle emploi');
  });
});
