import { describe, expect, it } from 'vitest';
import { caeExample, cavExample, domExample } from '../../../test/helpers/rule-documents';
import type { ConventionDocument } from '../document/schema';
import { reconcileAid, type ReceivedAid } from './reconciliation';

/** A CAE hired 1 June 2008 for a year, 20 h a week, aid 90 % of the SMIC. */
const cae = (extra: Partial<ConventionDocument> = {}): ConventionDocument => ({
  ...caeExample({ hiredOn: '2008-06-01', plannedEnd: '2009-05-31' }),
  ...extra,
});

/** A payment received for a month, five days after it fell due. */
function paid(id: number, month: string, amountCents: number): ReceivedAid {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return { id, receivedOn: `${month}-06`, amountCents, periodStart: `${month}-01`, periodEnd: `${month}-${last}` };
}

/** Money as Intl writes it has no-break spaces (before €, between thousands): compared as plain spaces. */
const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

const line = (doc: ConventionDocument, received: ReceivedAid[], today: string, period: string) =>
  reconcileAid(doc, received, today).lines.find((l) => l.period === period)!;

describe('aid expected by the rules beside the payments received', () => {
  it('formulaire CAE-0515, « Aides de l’État » (versée mensuellement par avance, en % du SMIC horaire brut) : juillet 2008 payé au montant de juin, l’écart nomme la revalorisation du SMIC du 01/07/2008', () => {
    // 90 % × 8,63 € × 20 h × 52/12 = 673,14 € in June; 90 % × 8,71 € × 20 h × 52/12 = 679,38 € from July.
    const received = [paid(1, '2008-06', 67314), paid(2, '2008-07', 67314)];
    const june = line(cae(), received, '2008-07-15', '2008-06');
    expect(june).toMatchObject({ status: 'conforme', expectedCents: 67314, receivedCents: 67314, differenceCents: 0, explanation: null });
    const july = line(cae(), received, '2008-07-15', '2008-07');
    expect(july).toMatchObject({ status: 'ecart', expectedCents: 67938, receivedCents: 67314, differenceCents: -624, receivedIds: [2] });
    expect(plain(july.explanation)).toBe(
      'juillet 2008 : 6,24 € de moins que prévu (reçu 673,14 €, prévu 679,38 €) ; ' +
        'le SMIC horaire brut a été revalorisé le 01/07/2008 (8,63 € → 8,71 € de l’heure) : l’aide prévue en tient compte à partir de ce jour ; ' +
        'le montant reçu est celui de juin 2008 : le changement n’a pas été pris en compte dans le versement.',
    );
    const [smic] = july.causes;
    expect(smic?.kind).toBe('SMIC');
    expect(smic?.legalRef).toMatch(/002_d93b7135d023d406\.txt — conditions générales, « Aides de l’État »/);
    expect(smic?.legalRef).toContain('smic-horaire-brut.csv');
    expect(smic?.legalRef).toContain('valeur au 01/07/2008');
    // The expected figure keeps its « Pourquoi ce montant ? ».
    expect(july.trace?.label).toBe('Aide de l’État pour 2008-07 (versée par avance)');
  });

  it('formulaire CAE-0515, conditions générales (« suspendu, sans maintien de la rémunération, l’aide afférente à cette période n’est pas versée ») : septembre 2008 payé en entier malgré la suspension du 08/09 au 21/09/2008', () => {
    const doc = cae({ events: [{ kind: 'SUSPENSION', from: '2008-09-08', to: '2008-09-21', paid: false, reason: 'OTHER' }] });
    // 16 days of 30 paid: 679,38 € × 16/30 = 362,34 €.
    const september = line(doc, [paid(1, '2008-08', 67938), paid(2, '2008-09', 67938)], '2008-09-15', '2008-09');
    expect(september).toMatchObject({ status: 'ecart', expectedCents: 36234, differenceCents: 67938 - 36234 });
    expect(plain(september.explanation)).toContain('septembre 2008 : 317,04 € de plus que prévu (reçu 679,38 €, prévu 362,34 €)');
    expect(plain(september.explanation)).toContain('suspension non rémunérée du 08/09/2008 au 21/09/2008 : pas d’aide pour ces 14 jours du mois');
    expect(plain(september.explanation)).toContain('le montant reçu est celui d’août 2008');
    expect(september.causes[0]?.legalRef).toMatch(/002_d93b7135d023d406\.txt — conditions générales, suspension sans maintien de la rémunération/);
  });

  it('formulaire CAE-0515, « Aides de l’État » (aide applicable pendant la période d’exécution de la convention) : un versement pour le mois qui suit la rupture est indu, à reverser au CNASEA', () => {
    const doc = cae({ events: [{ kind: 'RUPTURE', on: '2008-10-15', initiative: 'EMPLOYEE', reason: 'NEW_CDI' }] });
    const r = reconcileAid(doc, [paid(1, '2008-10', 67938), paid(2, '2008-11', 67938)], '2008-11-20');
    const october = r.lines.find((l) => l.period === '2008-10')!;
    // Paid in advance for the whole month: expected in full, the rupture said with what follows.
    expect(october).toMatchObject({ status: 'conforme', expectedCents: 67938, periodEnd: '2008-10-14' });
    expect(october.causes.map((c) => plain(c.text))).toEqual([
      'rupture du contrat le 15/10/2008 : l’aide s’arrête ce jour-là ; l’aide du mois, versée d’avance en entier, n’est due que jusqu’à la veille : le reste est indu et se reverse',
    ]);
    const november = r.lines.find((l) => l.period === '2008-11')!;
    expect(november).toMatchObject({ status: 'non_prevu', due: null, expectedCents: 0, receivedCents: 67938, differenceCents: 67938 });
    expect(plain(november.explanation)).toBe(
      'novembre 2008 : 679,38 € reçus alors que les règles ne prévoient aucune aide pour cette période ; ' +
        'la convention a pris fin le 14/10/2008 (rupture du contrat le 15/10/2008) : aucune aide n’est due après ; la somme est à reverser au CNASEA.',
    );
    expect(r.lines.map((l) => l.period)).toEqual(['2008-06', '2008-07', '2008-08', '2008-09', '2008-10', '2008-11']);
    expect(r.differences).toBe(1);
  });

  it('formulaire CAE-0515 (avenant de durée : « montant de l’aide sur la base de la nouvelle durée ») : une durée portée à 26 h le 15/03/2009 explique l’écart de mars', () => {
    const doc = cae({ events: [{ kind: 'HOURS_CHANGE', on: '2009-03-15', weeklyHours: 26 }] });
    const march = line(doc, [paid(1, '2009-02', 67938), paid(2, '2009-03', 67938)], '2009-03-20', '2009-03');
    expect(march.status).toBe('ecart');
    expect(march.expectedCents).toBeGreaterThan(67938);
    expect(march.causes.map((c) => plain(c.text))).toEqual([
      'la durée hebdomadaire passe de 20 h à 26 h le 15/03/2009 (avenant) : l’aide prévue suit à partir de ce jour',
    ]);
    expect(plain(march.explanation)).toContain('le montant reçu est celui de février 2009');
  });

  it('sépare une aide échue non reçue d’une aide à venir, et compte ce qui est reçu et attendu à ce jour', () => {
    const r = reconcileAid(cae(), [paid(1, '2008-06', 67314)], '2008-08-01');
    expect(r.lines.slice(0, 4).map((l) => [l.period, l.status, l.differenceCents])).toEqual([
      ['2008-06', 'conforme', 0],
      ['2008-07', 'non_recu', -67938],
      ['2008-08', 'non_recu', -67938],
      ['2008-09', 'a_venir', 0],
    ]);
    expect(r).toMatchObject({ expectedToDateCents: 67314 + 2 * 67938, receivedCents: 67314, differences: 0 });
    // Nothing but the facts of the month: June 2008 starts on the hiring day, no other change.
    expect(r.lines[0]!.causes).toEqual([]);
    expect(r.lines[1]!.causes.map((c) => c.kind)).toEqual(['SMIC']);
  });

  it('écart sans changement des règles dans le mois : dit qu’aucun fait ne l’explique et qu’il est à signaler à l’organisme payeur du jour', () => {
    const august = line(cae(), [paid(1, '2008-08', 60000)], '2008-08-15', '2008-08');
    expect(plain(august.explanation)).toBe(
      'août 2008 : 79,38 € de moins que prévu (reçu 600,00 €, prévu 679,38 €) ; aucun changement ce mois-là (SMIC, heures, taux, suspension, embauche ou fin, rupture, dénonciation) n’explique l’écart : à signaler au CNASEA.',
    );
    expect(august.causes.map((c) => c.kind)).toEqual(['UNEXPLAINED']);
  });
});

describe('contrat d’avenir and CAE-DOM', () => {
  it('R. 5134-63 : suspension pour maladie avec rémunération maintenue, l’aide continue ; suspension non rémunérée, l’aide est interrompue', () => {
    const doc: ConventionDocument = {
      ...cavExample(),
      events: [
        { kind: 'SUSPENSION', from: '2009-01-05', to: '2009-01-18', paid: true, reason: 'ILLNESS' },
        { kind: 'SUSPENSION', from: '2009-02-02', to: '2009-02-08', paid: false, reason: 'OTHER' },
      ],
    };
    const r = reconcileAid(doc, [], '2009-03-15');
    const january = r.lines.find((l) => l.period === '2009-01')!;
    const february = r.lines.find((l) => l.period === '2009-02')!;
    expect(january.expectedCents).toBe(73600);
    expect(plain(january.causes[0]?.text)).toBe('suspension avec maintien de la rémunération du 05/01/2009 au 18/01/2009 : l’aide continue d’être versée');
    // 21 days of 28: 736,00 € × 21/28 = 552,00 €.
    expect(february.expectedCents).toBe(55200);
    expect(plain(february.causes[0]?.text)).toBe('suspension non rémunérée du 02/02/2009 au 08/02/2009 : pas d’aide pour ces 7 jours du mois');
    for (const c of [january.causes[0], february.causes[0]]) expect(c?.legalRef).toMatch(/004_270ee0ee401e397b\.txt — art\. R\. 5134-63/);
  });

  it('R. 5134-52 : après la dénonciation notifiée le 15/10/2009, un versement pour novembre est à reverser à l’ASP', () => {
    const doc: ConventionDocument = { ...cavExample(), denunciation: { intentNotifiedOn: '2009-10-01', decisionNotifiedOn: '2009-10-15' } };
    const november = line(doc, [paid(1, '2009-11', 50000)], '2009-12-01', '2009-11');
    expect(november.status).toBe('non_prevu');
    expect(plain(november.explanation)).toContain(
      'la convention a pris fin le 14/10/2009 (dénonciation de la convention notifiée le 15/10/2009) : aucune aide n’est due après',
    );
    expect(plain(november.explanation)).toContain('la somme est à reverser à l’ASP');
    expect(november.causes[0]?.legalRef).toMatch(/R\. 5134-52/);
  });

  it('R. 831-5 (décret 2004, art. 8 III) : le CAE-DOM se rapproche par échéance (fin des 3e, 12e, 24e mois, fin du contrat), un versement attribué à l’échéance qui couvre sa période', () => {
    const doc = domExample();
    const received: ReceivedAid[] = [
      { id: 1, receivedOn: '2004-08-10', amountCents: 60000, periodStart: '2004-05-03', periodEnd: '2004-08-02' },
      { id: 2, receivedOn: '2005-05-12', amountCents: 150000, periodStart: '2004-08-03', periodEnd: '2005-05-02' },
    ];
    const r = reconcileAid(doc, received, '2006-06-01');
    expect(r.lines.map((l) => [l.label, l.periodStart, l.periodEnd, l.expectedCents, l.status])).toEqual([
      ['fin du 3e mois (02/08/2004)', '2004-05-03', '2004-08-02', 60000, 'conforme'],
      ['fin du 12e mois (02/05/2005)', '2004-08-03', '2005-05-02', 180000, 'ecart'],
      ['fin du 24e mois (02/05/2006)', '2005-05-03', '2006-05-02', 240000, 'non_recu'],
      ['fin du contrat (02/11/2006)', '2006-05-03', '2006-11-02', 120000, 'a_venir'],
    ]);
    const twelfth = r.lines[1]!;
    expect(plain(twelfth.explanation)).toBe(
      'fin du 12e mois (02/05/2005) : 300,00 € de moins que prévu (reçu 1 500,00 €, prévu 1 800,00 €) ; aucun changement ce mois-là (SMIC, heures, taux, suspension, embauche ou fin, rupture, dénonciation) n’explique l’écart : à signaler au CNASEA.',
    );
    expect(twelfth.causes[0]?.legalRef).toMatch(/003_2988f0b5120431bc\.txt — art\. 8 III \(R\. 831-5/);
  });
});
