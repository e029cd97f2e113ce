import { describe, expect, it } from 'vitest';
import { caeExample } from '../../test/helpers/rule-documents';
import type { ConventionDocument } from '../rules/index';
import { buildStaffRepresentativesReport, durationText, executionStateText, type ReportConvention } from './staff-representatives-report';

/** The example CAE (Claire MARTIN, signed 05/06/2008, hired 09/06/2008, 20 h, to 08/12/2008) renewed to 08/06/2009 at 26 h. */
function renewedCae(latest: Partial<ConventionDocument> = {}, status: ReportConvention['status'] = 'terminee', endsOn = '2009-06-08'): ReportConvention {
  const first = caeExample();
  const renewal: ConventionDocument = { ...first, renewals: [{ from: '2008-12-09', to: '2009-06-08', weeklyHours: 26 }] };
  return {
    number: '069-0608-69012-00001',
    measure: 'CAE',
    status,
    person: 'MARTIN Claire',
    startsOn: '2008-06-09',
    endsOn,
    versions: [
      { avenantIndex: 0, kind: 'INITIAL', signedOn: '2008-06-05', startsOn: '2008-06-09', endsOn: '2008-12-08', document: first },
      { avenantIndex: 1, kind: 'RENEWAL', signedOn: '2008-11-20', startsOn: '2008-12-09', endsOn: '2009-06-08', document: { ...renewal, ...latest } },
    ],
  };
}

/** A CAE signed in December for a hiring in January. */
function signedInDecember(): ReportConvention {
  const doc = caeExample({ hiredOn: '2009-01-05', plannedEnd: '2009-07-04', weeklyHours: 24 });
  return {
    number: '069-1208-69012-00002',
    measure: 'CAE',
    status: 'en_cours',
    person: 'BLANC Paul',
    startsOn: '2009-01-05',
    endsOn: '2009-07-04',
    versions: [{ avenantIndex: 0, kind: 'INITIAL', signedOn: '2008-12-15', startsOn: '2009-01-05', endsOn: '2009-07-04', document: doc }],
  };
}

const report = (year: number, today: string, ...conventions: ReportConvention[]) => buildStaffRepresentativesReport({ year, today, conventions });

describe('yearly report to the staff representatives', () => {
  it('L322-4-7 II (« informées des conventions conclues », « rapport sur leur exécution ») : une convention signée le 15/12/2008 pour une embauche le 05/01/2009 est conclue en 2008 et exécutée en 2009 seulement', () => {
    const r2008 = report(2008, '2009-06-15', signedInDecember());
    expect(r2008.concluded).toEqual([
      {
        number: '069-1208-69012-00002',
        person: 'BLANC Paul',
        measure: 'CAE',
        establishment: { name: 'Association Les Jardins du Rhône', siret: '81943026500028' },
        signedOn: '2008-12-15',
        hiredOn: '2009-01-05',
        plannedEnd: '2009-07-04',
        weeklyHours: 24,
      },
    ]);
    expect(r2008.executed).toEqual([]);
    const r2009 = report(2009, '2009-06-15', signedInDecember());
    expect(r2009.concluded).toEqual([]);
    // The year in progress is reported up to the workspace's day.
    expect([r2009.from, r2009.to, r2009.complete]).toEqual(['2009-01-01', '2009-06-15', false]);
    expect(r2009.executed.map((e) => [e.from, e.to, e.days, durationText(e.duration), executionStateText(e.state)])).toEqual([
      ['2009-01-05', '2009-06-15', 162, '5 mois et 11 jours', 'en cours au 15/06/2009'],
    ]);
  });

  it('L322-4-7 II : une convention exécutée à cheval sur deux années compte dans chacune ses jours de l’année ; en cours au 31/12/2008, terminée le 08/06/2009, le renouvellement conclu le 20/11/2008 compte en 2008', () => {
    const r2008 = report(2008, '2009-06-15', renewedCae());
    expect(r2008.complete).toBe(true);
    const [line] = r2008.executed;
    expect(line).toMatchObject({ from: '2008-06-09', to: '2008-12-31', days: 206, duration: { months: 6, days: 23 }, weeklyHours: 26 });
    expect(executionStateText(line!.state)).toBe('en cours au 31/12/2008');
    expect(r2008.renewals).toEqual([
      {
        number: '069-0608-69012-00001',
        person: 'MARTIN Claire',
        measure: 'CAE',
        signedOn: '2008-11-20',
        from: '2008-12-09',
        to: '2009-06-08',
        weeklyHours: 26,
      },
    ]);
    expect(r2008.concluded.map((c) => c.signedOn)).toEqual(['2008-06-05']);

    const r2009 = report(2009, '2009-12-31', renewedCae());
    expect(r2009.executed.map((e) => [e.from, e.to, durationText(e.duration), executionStateText(e.state)])).toEqual([
      ['2009-01-01', '2009-06-08', '5 mois et 8 jours', 'terminée le 08/06/2009'],
    ]);
    expect([r2009.concluded.length, r2009.renewals.length]).toEqual([0, 0]);
    // A whole year is 12 months.
    expect(durationText({ months: 12, days: 0 })).toBe('12 mois');
  });

  it('L322-4-7 II, dernier alinéa : une rupture dans l’année est rapportée « rompue » à sa date, avec son motif et son initiative ; la suspension compte ses jours dans l’année', () => {
    const ruptured = renewedCae(
      {
        events: [
          { kind: 'SUSPENSION', from: '2008-12-22', to: '2009-01-09', reason: 'ILLNESS', paid: false },
          { kind: 'RUPTURE', on: '2009-03-02', initiative: 'EMPLOYEE', reason: 'NEW_CDI' },
        ],
      },
      'resiliee',
      '2009-03-01',
    );
    const r2009 = report(2009, '2009-06-15', ruptured);
    expect(r2009.executed.map((e) => [e.from, e.to, e.suspendedDays, executionStateText(e.state)])).toEqual([
      ['2009-01-01', '2009-03-01', 9, 'rompue le 02/03/2009 (Embauche en CDI, à l’initiative du salarié)'],
    ]);
    expect(r2009.totals).toEqual([expect.objectContaining({ measure: 'CAE', executed: 1, ruptures: 1, ended: 0, ongoing: 0, suspendedDays: 9 })]);
    // In 2008 the same convention was suspended on 31/12: 10 days of 2008.
    const r2008 = report(2008, '2009-06-15', ruptured);
    expect(r2008.executed.map((e) => [e.suspendedDays, executionStateText(e.state)])).toEqual([[10, 'en cours, suspendue au 31/12/2008']]);
  });

  it('L322-4-7 I al. 2 et II : les actions d’accompagnement et de formation prévues par la convention et celles datées dans l’année, faites ou prévues, sont rapportées et comptées', () => {
    const withActions = renewedCae({
      support: {
        trainingPlanned: true,
        trainingNature: ['ADAPTATION'],
        trainingType: 'EXTERNAL',
        tutor: true,
        vae: false,
        actionsDuration: '150 heures',
        referent: 'Mission locale',
        actions: [
          { label: 'Formation CACES', organisation: 'AFPA', hours: 35, doneOn: '2008-10-15' },
          { label: 'Bilan de compétences', plannedOn: '2009-02-10' },
          { label: 'Sauveteur secouriste du travail', plannedOn: '2008-11-05', doneOn: '2008-11-06' },
        ],
      } as ConventionDocument['support'],
    });
    const r2008 = report(2008, '2009-06-15', withActions);
    const [line] = r2008.support;
    expect(line!.planned).toEqual({
      training: 'oui : adaptation au poste, externe',
      accompaniment: ['tuteur désigné par l’employeur', 'référent : Mission locale'],
      vae: 'non',
      duration: '150 heures',
      other: [],
    });
    expect(line!.done).toEqual([
      { on: '2008-10-15', lines: ['Intitulé : Formation CACES', 'Organisme : AFPA', 'Durée (heures) : 35'] },
      { on: '2008-11-06', lines: ['Intitulé : Sauveteur secouriste du travail', 'Prévue le : 05/11/2008'] },
    ]);
    expect(line!.plannedInYear).toEqual([]);
    expect(r2008.totals[0]).toMatchObject({ trainingPlanned: 1, tutored: 1, actionsDone: 2 });
    // A field the form does not have, or an older free text, is still reported, word for word.
    const legacy = renewedCae({ support: { trainingPlanned: false, legacyEntries: ['Formation : permis C'] } as ConventionDocument['support'] });
    expect(report(2008, '2009-06-15', legacy).support[0]!.planned).toMatchObject({
      training: 'non',
      accompaniment: [],
      other: ['Ancienne saisie : Formation : permis C'],
    });
    const r2009 = report(2009, '2009-06-15', withActions);
    expect(r2009.support[0]!.plannedInYear).toEqual([{ on: '2009-02-10', lines: ['Intitulé : Bilan de compétences'] }]);
    expect(r2009.totals[0]!.actionsDone).toBe(0);
  });

  it('L322-4-7 II (CAE) : le contrat d’avenir et le CAE-DOM figurent pour information, avec leurs totaux et un total de l’ensemble', () => {
    const cav: ReportConvention = { ...signedInDecember(), number: '069-0107-69012-00003', measure: 'CAV', person: 'ARNAUD Léa' };
    const r = report(2009, '2009-06-15', signedInDecember(), cav);
    expect(r.informationOnly).toEqual(['CAV']);
    expect(r.executed.map((e) => e.person)).toEqual(['ARNAUD Léa', 'BLANC Paul']);
    expect(r.totals.map((t) => [t.measure, t.executed, t.executionDays])).toEqual([
      ['CAE', 1, 162],
      ['CAV', 1, 162],
      ['ALL', 2, 324],
    ]);
  });

  it('L322-4-7 II avant le 1er mai 2008, L5134-20 et suivants ensuite (l’article qui reprend le rapport annuel n’est pas dans les sources)', () => {
    expect(report(2007, '2009-06-15').legalRef).toMatch(/^001_36f2403dfa8c0a26\.txt — art\. L322-4-7 II, avant-dernier alinéa/);
    const after = report(2008, '2009-06-15').legalRef;
    expect(after).toMatch(/^000_fd6cca7b32c3007e\.txt — art\. L5134-20 et suivants/);
    expect(after).toContain('n’est pas dans les sources');
    expect(after).toContain('anciennement 001_36f2403dfa8c0a26.txt — art. L322-4-7 II');
  });

  it('a year before every convention, or after the workspace’s day, reports nothing executed', () => {
    expect(report(2007, '2009-06-15', renewedCae()).executed).toEqual([]);
    expect(report(2007, '2009-06-15', renewedCae()).totals).toEqual([]);
    expect(report(2010, '2009-06-15', renewedCae()).executed).toEqual([]);
  });
});
