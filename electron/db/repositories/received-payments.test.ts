/** The payment notices of a return file, recorded 500 to an INSERT (issue #16): the same rows as one insert each. */
import { describe, expect, it } from 'vitest';
import { LocalDate } from '@js-joda/core';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { agency } from '../../../test/helpers/conventions';
import { signedCae } from '../../../test/helpers/exchanges';
import type { Db } from '../connection';
import { returnFileLot } from '../../../test/helpers/return-files';
import { insertReceivedPayment, insertReturnFilePayments, type ReturnFilePayment } from './received-payments';

const tempDir = useTempDir();

const rowsOf = (db: Db, lotId: number) =>
  db
    .prepare(
      `SELECT convention_id, received_on, amount_cents, typeof(amount_cents) AS amount_type, period_start, period_end, source, reference, line_no,
              typeof(line_no) AS line_type, created_at, created_by
       FROM received_payments WHERE lot_id = ? ORDER BY id`,
    )
    .all(lotId);

describe('insertReturnFilePayments', () => {
  it('writes the same rows, in the same order, as one insertReceivedPayment per notice, and keeps the first of a period twice in a file', async () => {
    const a = await agency(tempDir());
    const first = await signedCae(a);
    const second = await signedCae(a);
    const db = a.app.workspaces.current();
    const notices: ReturnFilePayment[] = [
      { conventionId: first, receivedOn: '2008-07-15', amountCents: 49364, periodStart: '2008-06-09', periodEnd: '2008-06-30', lineNo: 3 },
      { conventionId: first, receivedOn: '2008-08-15', amountCents: 67938, periodStart: '2008-07-01', periodEnd: '2008-07-31', lineNo: 1 },
      { conventionId: second, receivedOn: '2008-07-15', amountCents: 49364, periodStart: '2008-06-09', periodEnd: '2008-06-30', lineNo: 2 },
      { conventionId: second, receivedOn: '2008-07-16', amountCents: 1, periodStart: '2008-06-09', periodEnd: '2008-06-30', lineNo: 4 },
    ];
    // Enough more to fill two whole INSERTs and part of a third, the same period twice across the first boundary (the first kept).
    const days = (n: number) => LocalDate.parse('2001-01-01').plusDays(n).toString();
    const more = Array.from({ length: 1_200 }, (_, i): ReturnFilePayment => {
      const day = i === 497 ? days(494) : days(i); // notices 499 and 502 of the file
      return { conventionId: second, receivedOn: '2008-07-15', amountCents: 100 + i, periodStart: day, periodEnd: day, lineNo: 5 + i };
    });
    notices.push(...more);
    const one = returnFileLot(db, 1);
    const bulk = returnFileLot(db, 2);
    const file = (lotId: number) => ({ lotId, reference: 'retour.json', at: '2008-09-20T10:00:00.000Z' });
    db.transaction(() => {
      for (const n of notices) insertReceivedPayment(db, { ...n, source: 'fichier_retour', ...file(one), by: 'import' });
      insertReturnFilePayments(db, file(bulk), notices);
    })();
    const expected = rowsOf(db, one);
    expect(expected).toHaveLength(3 + 1_199);
    expect(expected[0]).toMatchObject({ amount_type: 'integer', line_type: 'integer', source: 'fichier_retour', created_by: 'import' });
    expect(rowsOf(db, bulk)).toEqual(expected);
    a.app.close();
  });

  it('writes nothing, in the transaction of its import, when one notice breaks a rule of the table (a negative amount, after 1,001 good ones)', async () => {
    const a = await agency(tempDir());
    const id = await signedCae(a);
    const db = a.app.workspaces.current();
    const lotId = returnFileLot(db, 1);
    const notices: ReturnFilePayment[] = [
      { conventionId: id, receivedOn: '2008-07-15', amountCents: 49364, periodStart: '2008-06-09', periodEnd: '2008-06-30', lineNo: 1 },
      { conventionId: id, receivedOn: '2008-08-15', amountCents: -5, periodStart: '2008-07-01', periodEnd: '2008-07-31', lineNo: 2 },
    ];
    // The import's own transaction: the notices already written by the INSERTs before are undone with it.
    const valid = Array.from({ length: 1_000 }, (_, i): ReturnFilePayment => {
      const day = LocalDate.parse('2006-01-01').plusDays(i).toString();
      return { conventionId: id, receivedOn: '2008-07-15', amountCents: 100, periodStart: day, periodEnd: day, lineNo: 3 + i };
    });
    notices.splice(1, 0, ...valid);
    const file = { lotId, reference: 'retour.json', at: '2008-09-20T10:00:00.000Z' };
    expect(() => db.transaction(() => insertReturnFilePayments(db, file, notices))()).toThrow(/CHECK/);
    expect(rowsOf(db, lotId)).toEqual([]);
    a.app.close();
  });
});
