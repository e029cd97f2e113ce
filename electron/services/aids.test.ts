import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { agency, exampleCae, runningCae, type Agency } from '../../test/helpers/conventions';
import { exportedAndAnswered, imported } from '../../test/helpers/exchanges';

const tempDir = useTempDir('cae-aids-');

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

/** Rows of received_payments and the audit log: a refused call changes neither. */
function dump(a: Agency): string {
  const db = a.app.workspaces.current();
  return ['received_payments', 'audit_log'].map((t) => JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');
}

/** The example CAE (hired 9 June 2008, 20 h, 90 %) running, seen on 15 August 2008. */
async function running(): Promise<{ a: Agency; id: number }> {
  const a = await agency(tempDir());
  const id = await runningCae(a);
  a.setToday('2008-08-15');
  return { a, id };
}

const july = { periodStart: '2008-07-01', periodEnd: '2008-07-31' };

describe('aids: payments received beside the aid expected', () => {
  it('records a typed payment in one transaction with its audit entry, and explains its difference (formulaire CAE-0515, « Aides de l’État »)', async () => {
    const { a, id } = await running();
    const before = await a.ok('aids.convention', { id });
    expect(before.lines.slice(0, 3).map((l) => [l.label, l.status])).toEqual([
      ['juin 2008', 'non_recu'],
      ['juillet 2008', 'non_recu'],
      ['août 2008', 'non_recu'],
    ]);
    const after = await a.ok('aids.recordPayment', {
      conventionId: id,
      receivedOn: '2008-07-04',
      amountCents: 67314,
      ...july,
      reference: 'Avis CNASEA 2008-07-118',
    });
    expect(after.received).toEqual([
      { id: expect.any(Number), receivedOn: '2008-07-04', amountCents: 67314, ...july, source: 'saisie', reference: 'Avis CNASEA 2008-07-118' },
    ]);
    const line = after.lines.find((l) => l.period === '2008-07')!;
    expect(line).toMatchObject({ status: 'ecart', expectedCents: 67938, receivedCents: 67314, differenceCents: -624 });
    expect(plain(line.explanation)).toMatch(/^juillet 2008 : 6,24 € de moins que prévu .* le SMIC horaire brut a été revalorisé le 01\/07\/2008/);
    expect(line.trace?.label).toBe('Aide de l’État pour 2008-07 (versée par avance)');
    expect(after).toMatchObject({ expectedToDateCents: 49364 + 67938 + 67938, receivedCents: 67314, differences: 1 });
    const audit = a.app.workspaces.current().prepare("SELECT actor, details FROM audit_log WHERE action = 'aids.recordPayment'").all() as {
      actor: string;
      details: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ conventionId: id, amountCents: 67314, receivedOn: '2008-07-04' });
    // The overview lists the convention and its difference, explained.
    const overview = await a.ok('aids.overview', {});
    expect(overview.conventions).toEqual([expect.objectContaining({ conventionId: id, receivedCents: 67314, differences: 1 })]);
    expect(overview.differences.map((d) => [d.number, d.line.period])).toEqual([[after.number, '2008-07']]);
    expect(overview.conventions[0]!.periods[1]).toEqual({ label: 'juillet 2008', ...july, expectedCents: 67938 });
    a.app.close();
  });

  it('refuses bad input in French and changes nothing', async () => {
    const { a, id } = await running();
    const base = { conventionId: id, receivedOn: '2008-07-04', amountCents: 67938, ...july };
    await a.ok('aids.recordPayment', base);
    const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
    const rows = dump(a);
    const refusals: [Record<string, unknown>, string, RegExp][] = [
      [{ ...base, amountCents: 0 }, 'INVALID_INPUT', /montant reçu : 0,01 € au moins/],
      [{ ...base, amountCents: 12.5 }, 'INVALID_INPUT', /montant reçu attendu en centimes entiers/],
      [{ ...base, periodStart: '2008-07-31', periodEnd: '2008-07-01' }, 'INVALID_INPUT', /la fin de la période couverte doit suivre son début/],
      [{ ...base, receivedOn: '04/07/2008' }, 'INVALID_INPUT', /date attendue au format AAAA-MM-JJ/],
      [{ ...base, receivedOn: '2008-08-16' }, 'INVALID_INPUT', /Date de réception du 16\/08\/2008 : elle ne peut pas suivre aujourd’hui \(15\/08\/2008\)/],
      [{ ...base, periodStart: '2009-01-01', periodEnd: '2009-01-31' }, 'INVALID_INPUT', /hors de la convention .* \(du 09\/06\/2008 au 08\/12\/2008\)/],
      [base, 'CONFLICT', /déjà enregistré/],
      [{ ...base, conventionId: 999 }, 'NOT_FOUND', /n’existe pas/],
    ];
    for (const [input, code, message] of refusals) {
      const reply = await a.call('aids.recordPayment', input as never);
      expect(reply.ok).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).toBe(code);
        expect(reply.error.message).toMatch(message);
      }
    }
    const notSigned = await a.call('aids.recordPayment', { ...base, conventionId: draft.id });
    expect(notSigned.ok ? '' : notSigned.error.message).toMatch(/n’est pas signée : aucune aide n’est attendue avant la signature/);
    expect(dump(a)).toBe(rows);
    a.app.close();
  });

  it('deletes a typed payment, with its audit entry', async () => {
    const { a, id } = await running();
    const recorded = await a.ok('aids.recordPayment', { conventionId: id, receivedOn: '2008-07-04', amountCents: 60000, ...july });
    const after = await a.ok('aids.deletePayment', { id: recorded.received[0]!.id });
    expect(after.received).toEqual([]);
    expect(after.differences).toBe(0);
    expect(a.app.workspaces.current().prepare("SELECT count(*) FROM audit_log WHERE action = 'aids.deletePayment'").pluck().get()).toBe(1);
    const again = await a.call('aids.deletePayment', { id: recorded.received[0]!.id });
    expect(again.ok ? '' : again.error.code).toBe('NOT_FOUND');
    a.app.close();
  });

  it('reuses the payments a return file brought: imported, kept as the file’s, compared with the rules', async () => {
    const x = await exportedAndAnswered(tempDir(), undefined, false);
    await imported(x);
    const aid = await x.a.ok('aids.convention', { id: x.conventionId });
    expect(aid.received).toEqual([
      expect.objectContaining({ source: 'fichier_retour', reference: x.answer.fileName, periodStart: '2008-06-09', periodEnd: '2008-06-30' }),
    ]);
    // The counterpart pays gross × rate for the first month (800 € × 90 %); the rules expect 22/30 of 673,14 €.
    const june = aid.lines[0]!;
    expect(june).toMatchObject({ status: 'ecart', expectedCents: 49364, receivedCents: 72000, differenceCents: 72000 - 49364 });
    expect(plain(june.explanation)).toBe(
      'juin 2008 : 226,36 € de plus que prévu (reçu 720,00 €, prévu 493,64 €) ; embauche le 09/06/2008 : aide pour 22 jours sur 30.',
    );
    const refused = await x.a.call('aids.deletePayment', { id: aid.received[0]!.id });
    expect(refused.ok ? '' : refused.error.message).toMatch(/vient d’un fichier retour/);
    x.a.app.close();
  });

  it('« Et si… » for a running convention, with the payments recorded before today; none once it has ended', async () => {
    const { a, id } = await running();
    await a.ok('aids.recordPayment', { conventionId: id, receivedOn: '2008-07-04', amountCents: 67938, ...july });
    const aid = await a.ok('aids.convention', { id });
    expect(aid.whatIf).toMatchObject({ receivedBeforeCents: 67938, rupture: { kind: 'FULL', on: '2008-08-15' }, denunciation: { kind: 'FULL' } });
    // June (22/30), July and August, paid in advance, fallen due before 15 August.
    expect(aid.whatIf?.rupture.amountCents).toBe(49364 + 67938 + 67938);
    expect(aid.exemption?.months[0]).toEqual({ month: '2008-06', baseCents: 54848 });
    a.setToday('2009-01-10');
    expect((await a.ok('aids.convention', { id })).whatIf).toBeNull();
    a.app.close();
  });

  it('gives the exempted base per month and employee, for the payroll', async () => {
    const { a, id } = await running();
    const table = await a.ok('aids.exemptions', {});
    expect(table.months).toEqual(['2008-06', '2008-07', '2008-08', '2008-09', '2008-10', '2008-11', '2008-12']);
    expect(table.rows[0]).toMatchObject({ month: '2008-06', conventionId: id, employeeName: 'MARTIN Claire', baseCents: 54848 });
    expect(table.legalRefs.join(' ')).toMatch(/Exonération de cotisations|exemption|L5134-20/);
    a.app.close();
  });
});
