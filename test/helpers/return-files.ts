/**
 * A return file of the payment organisation recorded as an import records it
 * (insertLot), for the tests that need a lot for payments to name.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { insertLot } from '../../electron/db/repositories/exchanges/lots';

export function returnFileLot(db: Database, sequence: number, at = '2008-09-20T10:00:00.000Z'): number {
  return insertLot(db, {
    direction: 'IN',
    kind: 'return-file',
    emitter: 'CNASEA',
    recipient: '69012',
    sequence,
    fileName: `retour-${sequence}.json`,
    sha256: String(sequence % 10).repeat(64),
    status: 'accepted',
    createdAt: at,
    sentAt: null,
    acknowledgedAt: at,
  });
}
