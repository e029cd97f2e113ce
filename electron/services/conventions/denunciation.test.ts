import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { agency, runningCae } from '../../../test/helpers/conventions';
import { listAidPayments } from '../../db/repositories/aid-payments';

const tempDir = useTempDir();

describe('dénonciation decision', () => {
  it('formulaire CAE-0515, conditions générales (reversement en cas de dénonciation) : la décision du 15/10/2008 enregistre l’assiette exonérée jusqu’à la veille, et plus aucune aide ni fin au-delà', async () => {
    const a = await agency(tempDir());
    const id = await runningCae(a);
    a.setToday('2008-10-20');
    await a.ok('conventions.denunciation', { id, step: 'NOTICE', date: '2008-10-01', grounds: 'Actions de formation prévues non réalisées' });
    const decided = await a.ok('conventions.denunciation', {
      id,
      step: 'DECISION',
      date: '2008-10-15',
      decision: 'DENOUNCED',
      reason: 'Formation non réalisée',
    });
    // SMIC × 20 h × 52/12 from 9 June to 14 October 2008: 548,48 + 3 × 754,87 + 340,91 = 3 154,00 € (not the 4 517,63 € of the whole convention).
    expect(decided.procedure).toMatchObject({
      decision: 'DENOUNCED',
      decisionNotifiedOn: '2008-10-15',
      exemptedBaseCents: 315400,
      contributionsDueOn: '2008-11-17',
    });
    const stored = listAidPayments(a.app.workspaces.current(), id);
    // The five months paid in advance before the decision, all to be repaid; none after.
    expect(stored.map((r) => r.dueOn)).toEqual(['2008-06-09', '2008-07-01', '2008-08-01', '2008-09-01', '2008-10-01']);
    expect(decided.procedure.repaymentCents).toBe(stored.reduce((s, r) => s + r.expectedCents, 0));
    expect(decided.convention.computed.aidPayments.map((p) => p.due)).toEqual(stored.map((r) => r.dueOn));
    expect(decided.convention).toMatchObject({ status: 'denoncee', endsOn: '2008-10-14' });
    expect(decided.convention.computed.conventionEnd).toBe('2008-10-14');
    expect(decided.convention.computed.reportingDeadlines.map((d) => d.event)).not.toContain('RENEWAL_REQUEST');
    a.app.close();
  });
});
