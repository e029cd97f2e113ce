import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { agency, exampleCae, runningCae, snapshot } from '../../../test/helpers/conventions';

const tempDir = useTempDir();

describe('events of the contract', () => {
  it('records an unpaid suspension: 7 jours francs to report it, the documents to send, and less aid', async () => {
    const a = await agency(tempDir());
    const id = await runningCae(a);
    a.setToday('2008-09-10');
    const out = await a.ok('conventions.recordEvent', {
      id,
      event: { kind: 'SUSPENSION', from: '2008-09-01', to: '2008-09-14', reason: 'ILLNESS', paid: false, reportedOn: '2008-09-05' },
    });
    // Monday 1 September + 7 jours francs: Tuesday 9 September (form CAE-0515, conditions générales).
    expect(out.reportingDeadline).toMatchObject({ due: '2008-09-09', legalRef: expect.stringContaining('sept jours francs') });
    expect(out.checklist).toEqual([{ document: expect.stringContaining('arrêt médical'), legalRef: expect.stringContaining('R. 5134-61 5°') }]);
    // « Lorsque le contrat de travail CAE est suspendu, sans maintien de la rémunération, l'aide afférente à cette période n'est pas versée. »
    expect(out.aid.totalAfterCents).toBeLessThan(out.aid.totalBeforeCents);
    expect(out.aid.repaymentDue).toBeNull();
    expect(out.convention.status).toBe('en_cours');
    expect(out.convention.events).toEqual([
      { kind: 'SUSPENSION', occurredOn: '2008-09-01', endsOn: '2008-09-14', reason: 'ILLNESS', reportedOn: '2008-09-05' },
    ]);
    // The fact joins the current version's document; the signed terms are unchanged.
    expect(out.convention.versions[0]!.document.events).toEqual([
      { kind: 'SUSPENSION', from: '2008-09-01', to: '2008-09-14', reason: 'ILLNESS', paid: false, reportedOn: '2008-09-05' },
    ]);
    a.app.close();
  });

  it('records a rupture by the employer outside the allowed cases: the convention is résiliée and the aid repaid', async () => {
    const a = await agency(tempDir());
    const id = await runningCae(a);
    a.setToday('2008-10-20');
    const out = await a.ok('conventions.recordEvent', { id, event: { kind: 'RUPTURE', on: '2008-10-15', initiative: 'EMPLOYER', reason: 'OTHER' } });
    expect(out.reportingDeadline?.due).toBe('2008-10-23');
    expect(out.checklist.map((c) => c.document)).toEqual(['Copie de la lettre de rupture, indiquant si la rupture a lieu pendant la période d’essai']);
    // Form CAE-0515: the employer repays « l'intégralité des sommes déjà perçues » and the exempted contributions.
    expect(out.aid.repaymentDue).toMatchObject({ kind: 'FULL', due: '2008-11-17' });
    expect(out.aid.repaymentDue!.amountCents).toBeGreaterThan(0);
    expect(out.convention).toMatchObject({ status: 'resiliee', endsOn: '2008-10-14' });
    expect(out.convention.timeline.at(-1)).toMatchObject({
      from: 'en_cours',
      to: 'resiliee',
      on: '2008-10-15',
      reason: expect.stringContaining('initiative de l’employeur'),
    });
    // A résiliée convention takes no further event.
    const before = snapshot(a);
    expect(
      await a.call('conventions.recordEvent', { id, event: { kind: 'RUPTURE', on: '2008-10-16', initiative: 'EMPLOYEE', reason: 'NEW_CDI' } }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(a)).toEqual(before);
    a.app.close();
  });

  it('asks the proof of the new job for a rupture by the employee for a CDI, with no repayment', async () => {
    const a = await agency(tempDir());
    const id = await runningCae(a);
    a.setToday('2008-08-20');
    const out = await a.ok('conventions.recordEvent', {
      id,
      event: { kind: 'RUPTURE', on: '2008-08-18', initiative: 'EMPLOYEE', reason: 'NEW_CDI', reportedOn: '2008-08-19' },
    });
    expect(out.checklist.map((c) => c.legalRef)).toEqual([expect.stringContaining('R. 5134-61 1°'), expect.stringContaining('R. 5134-61 3°')]);
    expect(out.aid.repaymentDue?.kind ?? 'UNDUE').toBe('UNDUE');
    a.app.close();
  });

  it('refuses a fact outside the convention or dated in the future, changing nothing', async () => {
    const a = await agency(tempDir());
    const id = await runningCae(a);
    a.setToday('2008-07-01');
    const before = snapshot(a);
    const future = await a.call('conventions.recordEvent', { id, event: { kind: 'TRIAL_PERIOD_ELSEWHERE', from: '2008-07-02', paid: false } });
    expect(future).toMatchObject({ ok: false, error: { message: expect.stringContaining('dans le futur') } });
    const early = await a.call('conventions.recordEvent', { id, event: { kind: 'SUSPENSION', from: '2008-06-01', reason: 'OTHER', paid: false } });
    expect(early).toMatchObject({ ok: false, error: { message: expect.stringContaining('pendant la convention') } });
    expect(snapshot(a)).toEqual(before);
    a.app.close();
  });

  it('records a fact once: the same suspension reported again is refused, changing nothing', async () => {
    const a = await agency(tempDir());
    const id = await runningCae(a);
    a.setToday('2008-09-10');
    const suspension = { kind: 'SUSPENSION', from: '2008-09-01', to: '2008-09-14', reason: 'ILLNESS', paid: false, reportedOn: '2008-09-05' } as const;
    await a.ok('conventions.recordEvent', { id, event: suspension });
    const before = snapshot(a);
    const audited = a.count('audit_log');
    // A second click, or the same report sent again: the suspension starting that day is already there.
    const again = await a.call('conventions.recordEvent', { id, event: { ...suspension, to: '2008-09-15' } });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'La suspension du 01/09/2008 est déjà enregistrée pour la convention 069-0608-69012-00001.' },
    });
    expect(snapshot(a)).toEqual(before);
    expect(a.count('audit_log')).toBe(audited);
    const view = await a.ok('conventions.get', { id });
    expect(view.events).toHaveLength(1);
    expect(view.versions[0]!.document.events).toHaveLength(1);
    // Another suspension, starting another day, is another fact.
    await a.ok('conventions.recordEvent', { id, event: { ...suspension, from: '2008-09-02' } });
    a.app.close();
  });
});

describe('dénonciation', () => {
  it('follows its steps: notice, 7 days for observations, decision with repayment and appeal deadline, organisations informed', async () => {
    const a = await agency(tempDir());
    const id = await runningCae(a);
    a.setToday('2008-10-20');
    expect(
      await a.call('conventions.denunciation', { id, step: 'DECISION', date: '2008-10-01', decision: 'DENOUNCED', reason: 'Formation non réalisée' }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('notifiez d’abord') },
    });
    const notice = await a.ok('conventions.denunciation', { id, step: 'NOTICE', date: '2008-10-01', grounds: 'Actions de formation prévues non réalisées' });
    // R. 5134-51: « Celui-ci dispose d'un délai de sept jours pour faire connaître ses observations. »
    expect(notice.procedure).toMatchObject({ intentNotifiedOn: '2008-10-01', observationsDeadline: '2008-10-08', decision: null });
    expect(notice.convention.versions[0]!.document.denunciation).toEqual({ intentNotifiedOn: '2008-10-01' });
    const early = await a.call('conventions.denunciation', {
      id,
      step: 'DECISION',
      date: '2008-10-07',
      decision: 'DENOUNCED',
      reason: 'Formation non réalisée',
    });
    expect(early).toMatchObject({ ok: false, error: { message: expect.stringContaining('jusqu’au 08/10/2008') } });
    await a.ok('conventions.denunciation', { id, step: 'OBSERVATIONS', date: '2008-10-06', observations: 'La formation commencera en novembre.' });
    const decided = await a.ok('conventions.denunciation', {
      id,
      step: 'DECISION',
      date: '2008-10-07',
      decision: 'DENOUNCED',
      reason: 'Formation non réalisée',
    });
    expect(decided.convention.status).toBe('denoncee');
    // Two months to appeal (form CAE-0515): 7 December 2008 is a Sunday.
    expect(decided.procedure).toMatchObject({
      decision: 'DENOUNCED',
      decisionNotifiedOn: '2008-10-07',
      appealDeadline: '2008-12-08',
      contributionsDueOn: '2008-11-17',
    });
    expect(decided.procedure.repaymentCents).toBe(decided.convention.computed.repaymentDue!.amountCents);
    expect(decided.procedure.repaymentCents).toBeGreaterThan(0);
    await a.ok('conventions.denunciation', { id, step: 'PAYMENT_ORGANISATION_INFORMED', date: '2008-10-08' });
    const done = await a.ok('conventions.denunciation', { id, step: 'COLLECTOR_INFORMED', date: '2008-10-09' });
    expect(done.procedure).toMatchObject({ paymentOrganisationInformedOn: '2008-10-08', collectorInformedOn: '2008-10-09' });
    expect(done.convention.timeline.at(-1)).toMatchObject({ to: 'denoncee', on: '2008-10-07', reason: 'Formation non réalisée' });
    // The transition channel does not shortcut the procedure.
    expect(await a.call('conventions.transition', { id, to: 'denoncee', date: '2008-10-09', reason: 'x' })).toMatchObject({ ok: false });
    a.app.close();
  });

  it('may maintain the convention after the observations', async () => {
    const a = await agency(tempDir());
    const id = await runningCae(a);
    a.setToday('2008-10-20');
    await a.ok('conventions.denunciation', { id, step: 'NOTICE', date: '2008-10-01', grounds: 'Justificatifs trimestriels manquants' });
    const kept = await a.ok('conventions.denunciation', { id, step: 'DECISION', date: '2008-10-10', decision: 'MAINTAINED', reason: 'Justificatifs reçus' });
    expect(kept.convention.status).toBe('en_cours');
    expect(kept.procedure).toMatchObject({ decision: 'MAINTAINED', appealDeadline: null, repaymentCents: null });
    expect(await a.call('conventions.denunciation', { id, step: 'COLLECTOR_INFORMED', date: '2008-10-11' })).toMatchObject({ ok: false });
    a.app.close();
  });
});

describe('contrat d’avenir', () => {
  it('asks the other employer’s contract for a trial period elsewhere (R. 5134-61 4°)', async () => {
    const a = await agency(tempDir());
    const doc = exampleCae();
    doc.measure = 'CAV';
    doc.employer = { ...doc.employer, address: '4 rue de la Thibaudière, 69007 Lyon' };
    doc.employee = { ...doc.employee, address: '10 rue Garibaldi, 69006 Lyon', allowances: ['RMI'] };
    // 1 000 € stay above SMIC × 26 h × 52 / 12 through the 2009 and 2010 revaluations (998,23 € from 1 January 2010).
    doc.contract = { ...doc.contract, plannedEnd: '2010-06-08', weeklyHours: 26, monthlyGross: '1000.00' };
    doc.support = { ...doc.support, actionsDuration: '120 heures', referent: 'Référent RMI du conseil général' };
    doc.funding = { aidRatePercent: '75', allowanceDebtorAid: '425.40', allowancePayer: 'Conseil général du Rhône' };
    doc.clauses = { monitoring: 'Bilan trimestriel', repayment: 'Reversement en cas de manquement (R. 5134-52)' };
    // The annex R. 5134-50 requires.
    doc.annex = {
      objectives: 'Qualification d’agent d’entretien',
      programme: '120 heures de formation',
      organisationAndEvaluation: 'Pendant le temps de travail ; bilan à six mois',
      referentIntervention: 'Entretien mensuel avec le référent RMI',
    };
    const draft = await a.ok('conventions.saveDraft', { document: doc });
    expect(draft.findings).toEqual([]);
    a.setToday('2008-06-09');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
    await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
    a.setToday('2008-09-01');
    const out = await a.ok('conventions.recordEvent', {
      id: draft.id,
      event: { kind: 'TRIAL_PERIOD_ELSEWHERE', from: '2008-08-25', to: '2008-08-29', paid: false },
    });
    expect(out.checklist).toEqual([
      { document: 'Copie du contrat de travail conclu avec l’autre employeur (période d’essai)', legalRef: '004_270ee0ee401e397b.txt — art. R. 5134-61 4°' },
    ]);
    expect(out.reportingDeadline).toEqual({ due: '2008-09-02', legalRef: expect.stringContaining('R. 5134-61') });
    a.app.close();
  });
});
