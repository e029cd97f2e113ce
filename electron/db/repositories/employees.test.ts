/** An employee is written with the keyed hash of the NIR (nir-digest.ts), so that a NIR typed in a search finds them at once. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { inTransaction, openDatabase } from '../connection';
import { nirDigest } from '../nir-digest';
import { insertEmployee, type NewEmployee } from './employees';

const tempDir = useTempDir();

const person = (nir: string | null): NewEmployee => ({
  nir,
  civility: 'MME',
  lastName: 'MARTIN',
  birthName: null,
  firstNames: 'Julie',
  birthDate: '1980-03-14',
  birthPlace: null,
  birthDepartment: null,
  nationality: null,
  educationLevel: null,
  at: '2008-06-02T10:00:00.000Z',
});

describe('insertEmployee', () => {
  it('writes the hash of the NIR with the row, none for a person without NIR, and leaves nothing for the end of the transaction to hash', () => {
    const db = openDatabase(path.join(tempDir(), 'cae.sqlite'));
    const digestOf = (id: number) => db.prepare('SELECT nir_digest FROM employees WHERE id = ?').pluck().get(id);
    const due = () => db.prepare('SELECT id FROM employees INDEXED BY employees_nir_digest_due WHERE nir IS NOT NULL AND nir_digest IS NULL').pluck().all();
    inTransaction(db, () => {
      const withNir = insertEmployee(db, person('280037505612345'));
      const without = insertEmployee(db, person(null));
      // Inside the transaction, before refreshNirDigests runs at its end.
      expect(digestOf(withNir)).toEqual(nirDigest(db, '280037505612345'));
      expect(digestOf(without)).toBeNull();
      expect(due()).toEqual([]);
      // A NIR changed afterwards is hashed again at the end of the transaction (trigger of 0013, then refreshNirDigests).
      db.prepare("UPDATE employees SET nir = '175016912345678' WHERE id = ?").run(withNir);
      expect(due()).toEqual([withNir]);
    });
    expect(db.prepare('SELECT nir_digest FROM employees WHERE nir = ?').pluck().get('175016912345678')).toEqual(nirDigest(db, '175016912345678'));
    db.close();
  });
});
