import { describe, expect, it } from 'vitest';
import { checkConvention } from '../checkConvention';
import type { ConventionDocument } from '../document/schema';
import { OBLIGATION_LABELS, type ReportingDeadline } from './obligations';

/** The example CAE: hired 9 June 2008 until 8 December 2008, 20 h, 800 €, aid 90 %, in the Rhône. */
const cae = (events: ConventionDocument['events'], extra: Partial<ConventionDocument> = {}): ConventionDocument => ({
  schema: 'cae.convention/1',
  measure: 'CAE',
  department: '69',
  signedOn: '2008-06-05',
  contract: { type: 'CDD', hiredOn: '2008-06-09', plannedEnd: '2008-12-08', monthlyGross: '800.00', weeklyHours: 20 },
  funding: { aidRatePercent: '90' },
  events,
  ...extra,
});

const hoursChanges = (doc: ConventionDocument, today?: string): ReportingDeadline[] =>
  (checkConvention(doc, today ? { today } : {}).computed.reportingDeadlines ?? []).filter((d) => d.event === 'HOURS_CHANGE');

describe('reporting a change of the weekly hours (HOURS_CHANGE)', () => {
  it('formulaire CAE-0515, conditions générales (« Toute modification de la durée hebdomadaire du travail … doit être signalée à l’ANPE et au CNASEA ») : sept jours francs par analogie avec la suspension, du lundi 15/09/2008 au mardi 23/09/2008', () => {
    const doc = cae([
      { kind: 'SUSPENSION', from: '2008-07-07', to: '2008-07-11', reason: 'ILLNESS', paid: false },
      { kind: 'HOURS_CHANGE', on: '2008-09-15', weeklyHours: 26 },
    ]);
    const [d, ...rest] = hoursChanges(doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      event: 'HOURS_CHANGE',
      eventDate: '2008-09-15',
      due: '2008-09-23',
      index: 1,
      recipients: 'à l’ANPE et au CNASEA',
      bodies: ['l’ANPE', 'le CNASEA'],
    });
    expect(d?.reportedOn).toBeUndefined();
    expect(OBLIGATION_LABELS.HOURS_CHANGE).toBe('Déclaration du changement de durée du travail');
    // After 1 May 2008: the recodified code, then the form that asks for the report and says no delay.
    expect(d?.legalRef).toMatch(
      /^000_fd6cca7b32c3007e\.txt — art\. L5134-20 .* ; 002_d93b7135d023d406\.txt — conditions générales, « Rupture, suspension et modifications… »/,
    );
    expect(d?.legalRef).toContain('sans délai écrit ; sept jours francs appliqués par analogie avec la suspension et la rupture');
    // The suspension keeps its own deadline, from the same paragraph.
    expect((checkConvention(doc).computed.reportingDeadlines ?? []).find((x) => x.event === 'SUSPENSION')).toMatchObject({ index: 0, due: '2008-07-15' });
  });

  it('formulaire CAE-0515, conditions générales : un changement de durée du 04/02/2008 cite le formulaire seul (avant L5134-20), un changement du 06/04/2009 est signalé « à Pôle emploi et à l’ASP »', () => {
    const old = hoursChanges(
      cae([{ kind: 'HOURS_CHANGE', on: '2008-02-04', weeklyHours: 24, reportedOn: '2008-02-08' }], {
        signedOn: '2007-09-28',
        contract: { type: 'CDD', hiredOn: '2007-10-01', plannedEnd: '2008-09-30', monthlyGross: '900.00', weeklyHours: 20 },
      }),
    )[0];
    expect(old).toMatchObject({ due: '2008-02-12', reportedOn: '2008-02-08', recipients: 'à l’ANPE et au CNASEA' });
    expect(old?.legalRef).toMatch(/^002_d93b7135d023d406\.txt — /);
    expect(old?.legalRef).not.toContain('L5134');
    const renamed = hoursChanges(
      cae([{ kind: 'HOURS_CHANGE', on: '2009-04-06', weeklyHours: 24 }], {
        signedOn: '2008-12-01',
        contract: { type: 'CDD', hiredOn: '2008-12-08', plannedEnd: '2009-12-07', monthlyGross: '900.00', weeklyHours: 20 },
      }),
    )[0];
    // 6 April 2009 + 7 + 1 = 14 April (Easter Monday is the 13th, already passed).
    expect(renamed).toMatchObject({ due: '2009-04-14', recipients: 'à Pôle emploi et à l’ASP', bodies: ['Pôle emploi', 'l’ASP'] });
  });

  it('R. 5134-61 (sept jours francs) : le changement de durée d’un contrat d’avenir est signalé comme un renouvellement, aux trois destinataires de l’article, par analogie', () => {
    const doc: ConventionDocument = {
      schema: 'cae.convention/1',
      measure: 'CAV',
      department: '59',
      signedOn: '2009-04-10',
      employee: { allowances: ['RMI', 'ASS'] },
      contract: { type: 'CDD', hiredOn: '2009-04-14', plannedEnd: '2011-04-13', monthlyGross: '1143.00', weeklyHours: 26 },
      funding: { aidRatePercent: '75', allowancePayer: 'ASSEDIC du Nord' },
      events: [{ kind: 'HOURS_CHANGE', on: '2009-09-01', weeklyHours: 30 }],
    };
    const [d] = hoursChanges(doc);
    expect(d).toMatchObject({ due: '2009-09-09', index: 0 });
    expect(d?.bodies).toEqual(['l’organisme qui sert l’ASS (ASSEDIC du Nord)', 'l’organisme ou la collectivité qui verse l’aide', 'l’ASP']);
    expect(d?.recipients).toBe('à l’organisme qui sert l’ASS (ASSEDIC du Nord), à l’organisme ou à la collectivité qui verse l’aide et à l’ASP');
    expect(d?.legalRef).toMatch(/^004_270ee0ee401e397b\.txt — art\. R\. 5134-61 \(sept jours francs\), appliqué par analogie/);
  });

  it('formulaire CAE-0515 : rien à signaler pour un changement après la fin de la convention ou pour un CAE-DOM ; un changement non signalé n’est pas un constat (avenant sans justification, docs/rules.md)', () => {
    expect(hoursChanges(cae([{ kind: 'HOURS_CHANGE', on: '2008-12-15', weeklyHours: 26 }]))).toEqual([]);
    expect(hoursChanges(cae([{ kind: 'HOURS_CHANGE', on: '2008-09-15', weeklyHours: 26 }], { measure: 'CAE_DOM' }))).toEqual([]);
    const late = cae([{ kind: 'HOURS_CHANGE', on: '2008-09-15', weeklyHours: 26 }]);
    expect(hoursChanges(late, '2008-11-01')).toHaveLength(1);
    expect(checkConvention(late, { today: '2008-11-01' }).findings.filter((f) => f.code === 'EVENT_REPORTED_LATE')).toEqual([]);
  });
});
