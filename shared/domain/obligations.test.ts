import { describe, expect, it } from 'vitest';
import type { ConventionDocument } from '../rules/index';
import { activityPlan } from '../rules/compute/activityPeriods';
import { exampleCae } from '../../test/helpers/conventions';
import { exampleDocument } from '../../test/helpers/documents';
import { buildObligations, obligationsSummary, type ConventionObligationsInput, type MarkInput, type ObligationsInput } from './obligations';

/** The example CAE (hired 09/06/2008, ends 08/12/2008, 20 h, Lyon) as a running convention of the workspace. */
function convention(doc: ConventionDocument = exampleCae(), extra: Partial<ConventionObligationsInput> = {}): ConventionObligationsInput {
  return { id: 7, number: '069-0608-69012-00001', measure: 'CAE', status: 'en_cours', person: 'MARTIN Paul', endsOn: '2008-12-08', doc, proofs: [], ...extra };
}

function build(conventions: ConventionObligationsInput[], over: Partial<ObligationsInput> = {}) {
  return buildObligations({
    today: '2008-07-15',
    renewalLeadMonths: 1,
    conventions,
    reportYears: [],
    reportRef: (y) => `réf. ${y}`,
    marks: new Map<string, MarkInput>(),
    ...over,
  });
}

const withSuspension = (reportedOn?: string): ConventionDocument => ({
  ...exampleCae(),
  events: [{ kind: 'SUSPENSION', from: '2008-07-01', to: '2008-07-04', paid: false, reason: 'ILLNESS', ...(reportedOn ? { reportedOn } : {}) }],
});

describe('Obligations of the employer across its conventions', () => {
  it('a suspension is to report within 7 jours francs (form CAE-0515, conditions générales), overdue once the day is past', () => {
    const items = build([convention(withSuspension())]);
    const report = items.find((i) => i.kind === 'EVENT_REPORT')!;
    expect(report.due).toBe('2008-07-09');
    expect(report.state).toBe('en_retard');
    expect(report.label).toContain('01/07/2008');
    expect(report.detail).toContain('à l’ANPE et au CNASEA');
    // The fact of July 2008 cites the recodified code, and the form's seven jours francs.
    expect(report.legalRef).toMatch(/L5134-20.*sept jours francs/);
    expect(report.action).toEqual({ kind: 'declaration', conventionId: 7, event: 'SUSPENSION', index: 0 });
    expect(report.markable).toBe(true);
  });

  it('a suspension reported (its date recorded in the convention) is done on that date and cannot be marked again', () => {
    const report = build([convention(withSuspension('2008-07-03'))]).find((i) => i.kind === 'EVENT_REPORT')!;
    expect(report.state).toBe('fait');
    expect(report.done).toEqual({ on: '2008-07-03', by: 'date saisie dans la convention', how: 'saisi' });
    expect(report.markable).toBe(false);
  });

  it('the renewal request is shown due one month before the convention ends, its legal limit being the last day (form CAE-0515, renouvellement)', () => {
    const request = build([convention()]).find((i) => i.kind === 'RENEWAL_REQUEST')!;
    expect(request.legalDue).toBe('2008-12-08');
    expect(request.due).toBe('2008-11-08');
    expect(request.state).toBe('a_venir');
    const noLead = build([convention()], { renewalLeadMonths: 0 }).find((i) => i.kind === 'RENEWAL_REQUEST')!;
    expect(noLead.due).toBe('2008-12-08');
  });

  it('a CAE already renewed twice brings no renewal reminder (form CAE-0515: « renouvelée deux fois dans la limite de vingt-quatre mois »)', () => {
    const doc: ConventionDocument = {
      ...exampleCae(),
      renewals: [
        { from: '2008-12-09', to: '2009-06-08' },
        { from: '2009-06-09', to: '2009-12-08' },
      ],
    };
    expect(build([convention(doc, { endsOn: '2009-12-08' })]).filter((i) => i.kind === 'RENEWAL_REQUEST')).toEqual([]);
  });

  it('a SMIC revaluation that leaves the pay below SMIC × hours asks a rise from its date (L322-4-7 I, salaire égal au SMIC × heures ; L5134-20 after 1 May 2008)', () => {
    const doc: ConventionDocument = { ...exampleCae(), contract: { ...exampleCae().contract!, monthlyGross: '747.93' } };
    const rise = build([convention(doc)]).find((i) => i.kind === 'PAY_BELOW_SMIC')!;
    expect(rise.due).toBe('2008-07-01');
    expect(rise.state).toBe('en_retard');
    expect(rise.label).toMatch(/^Porter le salaire à 754,87\s€ brut par mois au moins$/);
    expect(rise.detail).toMatch(/SMIC horaire porté à 8,71\s€/);
    expect(rise.legalRef).toContain('L5134-20');
    // The pay stated at hiring above each minimum owes nothing.
    expect(build([convention()]).filter((i) => i.kind === 'PAY_BELOW_SMIC')).toEqual([]);
  });

  it('each proof of activity is due after its quarter (form CAE-0515, justificatif trimestriel), listed once its period has begun, done when its lot left', () => {
    const periods = activityPlan(exampleCae()).periods;
    const proofs = periods.map((p, n) => ({
      start: p.start,
      label: p.label,
      due: p.due,
      status: n === 0 ? ('accepte' as const) : ('a_saisir' as const),
      sentOn: n === 0 ? '2008-09-10' : null,
      fileName: n === 0 ? 'lot-000001.json' : null,
    }));
    const listed = build([convention(exampleCae(), { proofs })], { today: '2008-09-20' }).filter((i) => i.kind === 'PROOF_OF_ACTIVITY');
    expect(listed.map((i) => [i.due, i.state])).toEqual([
      ['2008-09-09', 'fait'],
      ['2008-12-09', 'a_venir'],
    ]);
    expect(listed[0]!.done).toEqual({ on: '2008-09-10', by: 'envoyé dans le lot lot-000001.json', how: 'saisi' });
    expect(listed[1]!.action).toEqual({ kind: 'proof', conventionId: 7, periodStart: periods[1]!.start });
  });

  it('a CAE-DOM proof is due with each payment, end of months 3, 12, 24 and 30 with the RMI (R. 831-5, décret 2004 art. 8)', () => {
    const doc = exampleDocument('convention-cae-dom');
    const proofs = activityPlan(doc).periods.map((p) => ({
      start: p.start,
      label: p.label,
      due: p.due,
      status: 'a_saisir' as const,
      sentOn: null,
      fileName: null,
    }));
    const items = build([convention(doc, { measure: 'CAE_DOM', endsOn: null, proofs })], { today: '2007-01-01' }).filter((i) => i.kind === 'PROOF_OF_ACTIVITY');
    expect(items.map((i) => [i.label.replace(/ \(du .*$/, ''), i.due])).toEqual([
      ['Justificatif d’activité — Versement de la fin du 3e mois', '2004-08-03'],
      ['Justificatif d’activité — Versement de la fin du 12e mois', '2005-05-03'],
      ['Justificatif d’activité — Versement de la fin du 24e mois', '2006-05-03'],
      ['Justificatif d’activité — Versement de la fin du contrat', '2006-11-03'],
    ]);
    expect(items.every((i) => i.legalRef.includes('R. 831-5'))).toBe(true);
  });

  it('the yearly report to the staff representatives (L322-4-7 II) is due on 31 January of the next year, for last year and this one', () => {
    const items = build([], { today: '2009-06-15', reportYears: [2006, 2007, 2008, 2009] }).filter((i) => i.kind === 'STAFF_REPRESENTATIVES_REPORT');
    expect(items.map((i) => [i.key, i.due, i.state, i.legalRef])).toEqual([
      ['report:2008', '2009-01-31', 'en_retard', 'réf. 2008'],
      ['report:2009', '2010-01-31', 'a_venir', 'réf. 2009'],
    ]);
  });

  it('an item marked done keeps its day and who did it; the list is sorted by due date and summed up', () => {
    const marks = new Map([['report:2008', { doneOn: '2009-02-02', doneBy: 'Jeanne ROUX' }]]);
    const items = build([convention(withSuspension())], { today: '2009-06-15', reportYears: [2008], marks });
    const report = items.find((i) => i.key === 'report:2008')!;
    expect(report.done).toEqual({ on: '2009-02-02', by: 'Jeanne ROUX', how: 'marque' });
    expect(report.state).toBe('fait');
    expect(items.map((i) => i.due)).toEqual([...items.map((i) => i.due)].sort());
    const summary = obligationsSummary(items);
    expect(summary.done).toBe(1);
    expect(summary.overdue).toBe(items.filter((i) => i.state === 'en_retard').length);
  });

  it('a draft or a convention ended more than three months ago brings nothing', () => {
    expect(build([convention(withSuspension(), { status: 'brouillon' })])).toEqual([]);
    expect(build([convention(withSuspension(), { status: 'terminee' })], { today: '2009-06-15' })).toEqual([]);
  });
});
