import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { checkConvention } from '../../shared/rules/index';
import { listAidPayments } from '../db/repositories/aid-payments';
import { insertReturnFilePayments } from '../db/repositories/received-payments';
import { returnFileLot } from '../../test/helpers/return-files';
import { agency, exampleCae, type Agency } from '../../test/helpers/conventions';
import { exampleDocument } from '../../test/helpers/documents';
import { replaceExpectedPayments } from '../db/repositories/aid-payments';

const tempDir = useTempDir();

/** The example CAE (hired 9 June 2008, 90 % at 20 h), signed on 5 June 2008. */
async function signedCae(a: Agency): Promise<number> {
  const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
  a.setToday('2008-06-09');
  await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
  expect(listAidPayments(a.app.workspaces.current(), draft.id)).toEqual([]);
  await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
  return draft.id;
}

const rowsOf = (a: Agency, id: number) => listAidPayments(a.app.workspaces.current(), id);

/** A return file's payment for one period of a convention, as an import records it (migration 0018: in received_payments only). */
function paidByReturnFile(a: Agency, conventionId: number, period: { start: string; end: string }, cents: number, on: string): void {
  const db = a.app.workspaces.current();
  const at = `${on}T10:00:00.000Z`;
  const lotId = returnFileLot(db, 1, at);
  insertReturnFilePayments(db, { lotId, reference: 'retour-1.json', at }, [
    { conventionId, receivedOn: on, amountCents: cents, periodStart: period.start, periodEnd: period.end, lineNo: 1 },
  ]);
}

describe('expected aid payments', () => {
  it('are stored at signature, equal to the rules’ schedule', async () => {
    const a = await agency(tempDir());
    const id = await signedCae(a);
    const rows = rowsOf(a, id);
    const schedule = checkConvention({ ...exampleCae(), signedOn: '2008-06-05' }).computed.aidPayments ?? [];
    expect(rows.map((r) => ({ due: r.dueOn, amountCents: r.expectedCents }))).toEqual(schedule.map((p) => ({ due: p.due, amountCents: p.amountCents })));
    // The first month from the hiring day, then 90 % × SMIC × 20 h × 52 / 12 each month.
    expect(rows[0]).toMatchObject({ periodStart: '2008-06-09', periodEnd: '2008-06-30', dueOn: '2008-06-09', expectedCents: 49364, receivedCents: null });
    expect(rows[1]).toMatchObject({ periodStart: '2008-07-01', periodEnd: '2008-07-31', dueOn: '2008-07-01', expectedCents: 67938 });
    expect(rows.at(-1)).toMatchObject({ periodStart: '2008-12-01', periodEnd: '2008-12-08' });
    const total = schedule.reduce((s, p) => s + p.amountCents, 0);
    expect(rows.reduce((s, r) => s + r.expectedCents, 0)).toBe(total);
    a.app.close();
  });

  it('are replaced after a rupture: no payment after the month of the rupture, a received one kept', async () => {
    const a = await agency(tempDir());
    const id = await signedCae(a);
    await a.ok('conventions.transition', { id, to: 'en_cours', date: '2008-06-09' });
    paidByReturnFile(a, id, { start: '2008-06-09', end: '2008-06-30' }, 49364, '2008-06-20');
    a.setToday('2008-10-20');
    const out = await a.ok('conventions.recordEvent', {
      id,
      event: { kind: 'RUPTURE', on: '2008-10-15', initiative: 'EMPLOYEE', reason: 'NEW_CDI', reportedOn: '2008-10-17' },
    });
    const rows = rowsOf(a, id);
    expect(rows.map((r) => r.dueOn)).toEqual(['2008-06-09', '2008-07-01', '2008-08-01', '2008-09-01', '2008-10-01']);
    expect(rows[0]).toMatchObject({ receivedCents: 49364, receivedOn: '2008-06-20' });
    expect(rows.at(-1)).toMatchObject({ periodEnd: '2008-10-14' });
    expect(rows.reduce((s, r) => s + r.expectedCents, 0)).toBe(out.aid.totalAfterCents);
    a.app.close();
  });

  it('follow a renewal avenant', async () => {
    const a = await agency(tempDir());
    const id = await signedCae(a);
    await a.ok('conventions.transition', { id, to: 'en_cours', date: '2008-06-09' });
    a.setToday('2008-11-20');
    await a.ok('conventions.addAvenant', { id, kind: 'RENEWAL', signedOn: '2008-11-20', from: '2008-12-09', to: '2009-06-08' });
    const rows = rowsOf(a, id);
    expect(rows.at(-1)).toMatchObject({ periodStart: '2009-06-01', periodEnd: '2009-06-08', dueOn: '2009-06-01' });
    expect(rows.find((r) => r.dueOn === '2008-12-01')).toMatchObject({ periodEnd: '2008-12-31' });
    a.app.close();
  });

  it('of a CAE-DOM fall due at the end of the days each instalment covers, the first from the hiring day', async () => {
    const a = await agency(tempDir());
    const document = exampleDocument('convention-cae-dom');
    const draft = await a.ok('conventions.saveDraft', { document });
    a.setToday('2004-05-03');
    await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2004-04-28' });
    await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2004-04-30' });
    const rows = rowsOf(a, draft.id);
    const schedule = checkConvention(document).computed.aidPayments ?? [];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => ({ due: r.dueOn, amountCents: r.expectedCents }))).toEqual(schedule.map((p) => ({ due: p.due, amountCents: p.amountCents })));
    expect(rows[0]!.periodStart).toBe('2004-05-03');
    for (const [i, r] of rows.entries()) {
      expect(r.dueOn).toBe(r.periodEnd);
      if (i > 0) expect(r.periodStart > rows[i - 1]!.periodEnd).toBe(true);
    }
    a.app.close();
  });

  it('are refused, and nothing written, when one would fall due neither on its first day nor on its last (migration 0021)', async () => {
    const a = await agency(tempDir());
    const id = await signedCae(a);
    const db = a.app.workspaces.current();
    const before = rowsOf(a, id);
    const odd = { periodStart: '2009-01-01', periodEnd: '2009-01-31', dueOn: '2009-01-10', expectedCents: 100 };
    expect(() => db.transaction(() => replaceExpectedPayments(db, id, [odd]))()).toThrow(
      'Versement attendu du 01/01/2009 au 31/01/2009, dû le 10/01/2009 : ni au premier ni au dernier jour de sa période.',
    );
    expect(rowsOf(a, id)).toEqual(before);
    const invalid = { ...odd, periodEnd: '2009-02-30', dueOn: odd.periodStart };
    expect(() => db.transaction(() => replaceExpectedPayments(db, id, [invalid]))()).toThrow(
      'Versement attendu sur une période invalide : du 01/01/2009 au 30/02/2009.',
    );
    expect(rowsOf(a, id)).toEqual(before);
    const backwards = { ...odd, periodEnd: '2008-12-31', dueOn: odd.periodStart };
    expect(() => db.transaction(() => replaceExpectedPayments(db, id, [backwards]))()).toThrow(
      'Versement attendu sur une période invalide : du 01/01/2009 au 31/12/2008.',
    );
    expect(rowsOf(a, id)).toEqual(before);
    a.app.close();
  });
});
