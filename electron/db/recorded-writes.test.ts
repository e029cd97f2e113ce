import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { inTransaction, openDatabase, type Db } from './connection';
import { lastRowids, RecordingDb, replayWrites } from './recorded-writes';
import { insertEmployer, type NewEmployer } from './repositories/employers';
import { insertEmployee } from './repositories/employees';
import { useSeededNirKey } from './nir-digest';

const tempDir = useTempDir();

const AT = '2009-06-15T08:00:00.000Z';
/** The n-th association of Lyon. */
const employer = (n: number): NewEmployer => ({ siret: `7324829100${String(n).padStart(4, '0')}`, name: `Association ${n}`, ...ASSOCIATION, ...LYON });
const ASSOCIATION = { status: 'ASSOCIATION', collector: 'URSSAF', collectorOther: null, iban: null, at: AT } as const;
const LYON = { address: null, postalCode: null, city: 'Lyon', department: '69' } as const;

/** Writes two employers and an employee (its NIR hashed with a seeded key); returns the ids the writes answered. */
function write(db: Db): number[] {
  useSeededNirKey(db, 4);
  const ids = [insertEmployer(db, employer(1)), insertEmployer(db, employer(2))];
  ids.push(
    insertEmployee(db, {
      nir: '180016912345628',
      civility: 'M',
      lastName: 'MARTIN',
      birthName: null,
      firstNames: 'Paul',
      birthDate: '1980-01-01',
      birthPlace: 'Lyon',
      birthDepartment: '69',
      nationality: 'FR',
      educationLevel: null,
      at: AT,
    }),
  );
  return ids;
}

const rows = (db: Db) => ({
  employers: db.prepare('SELECT * FROM employers ORDER BY id').all(),
  employees: db.prepare('SELECT * FROM employees ORDER BY id').all(),
  key: db.prepare("SELECT value FROM settings WHERE key = 'search.nirKey'").pluck().get(),
});

describe('writes recorded in one thread and run in another (issue #16)', () => {
  it('give the rows and ids the same writes give made directly, ids following the rows already there', () => {
    const direct = openDatabase(path.join(tempDir(), 'direct.sqlite'));
    const replayed = openDatabase(path.join(tempDir(), 'replayed.sqlite'));
    for (const db of [direct, replayed]) inTransaction(db, () => insertEmployer(db, employer(9)));
    const directIds = inTransaction(direct, () => write(direct));
    const recorder = new RecordingDb(lastRowids(replayed));
    const recordedIds = write(recorder.asDb());
    inTransaction(replayed, () => replayWrites(replayed, [], recorder.take()));
    expect(recordedIds).toEqual([2, 3, 1]);
    expect(recordedIds).toEqual(directIds);
    expect(rows(replayed)).toEqual(rows(direct));
    direct.close();
    replayed.close();
  });

  it('refuse an id the database no longer gives, and the transaction writes nothing', () => {
    const db = openDatabase(path.join(tempDir(), 'moved.sqlite'));
    const recorder = new RecordingDb(lastRowids(db));
    write(recorder.asDb());
    // A row written after the recording began: the recorded employers would get other ids.
    inTransaction(db, () => insertEmployer(db, employer(9)));
    const before = rows(db);
    expect(() => inTransaction(db, () => replayWrites(db, [], recorder.take()))).toThrow(
      'Une écriture préparée dans un fil à part ne donne pas le résultat attendu (identifiant 1, obtenu 2, 1 ligne(s)).',
    );
    expect(rows(db)).toEqual(before);
    db.close();
  });

  it('count an INSERT of several rows as one: an id of its table asked after it is refused when run', () => {
    const db = openDatabase(path.join(tempDir(), 'several.sqlite'));
    const recorder = new RecordingDb(lastRowids(db));
    const columns = 'siret, name, status, collector, created_ms, updated_ms';
    recorder
      .prepare(`INSERT INTO employers (${columns}) VALUES (?, ?, 'ASSOCIATION', 'URSSAF', ?, ?), (?, ?, 'ASSOCIATION', 'URSSAF', ?, ?)`)
      .run(employer(1).siret, 'Une', Date.parse(AT), Date.parse(AT), employer(2).siret, 'Deux', Date.parse(AT), Date.parse(AT));
    expect(insertEmployer(recorder.asDb(), employer(3))).toBe(2);
    expect(() => inTransaction(db, () => replayWrites(db, [], recorder.take()))).toThrow('(identifiant 2, obtenu 3, 1 ligne(s))');
    expect(db.prepare('SELECT count(*) FROM employers').pluck().get()).toBe(0);
    db.close();
  });

  it('keep each SQL text once and, of named values, only those the statement binds; a read is refused', () => {
    const recorder = new RecordingDb({});
    const insert = recorder.prepare('INSERT INTO settings (key, value) VALUES (@key, @value)');
    insert.run({ key: 'a', value: '1', document: { large: 'not bound' } });
    insert.run({ key: 'b', value: '2' });
    expect(recorder.take()).toEqual({
      newSql: ['INSERT INTO settings (key, value) VALUES (@key, @value)'],
      calls: [0, 0, 0, [{ key: 'a', value: '1' }], 0, 0, 0, [{ key: 'b', value: '2' }]],
    });
    insert.run({ key: 'c', value: '3' });
    // The next batch sends the runs only: the SQL went with the first.
    expect(recorder.take()).toEqual({ newSql: [], calls: [0, 0, 0, [{ key: 'c', value: '3' }]] });
    expect(() => recorder.prepare('SELECT value FROM settings').get()).toThrow('la base ne peut pas y être lue');
  });

  it('record the named values as the drafting code’s hook leaves them, for the statements it names, and run those', () => {
    const db = openDatabase(path.join(tempDir(), 'hooked.sqlite'));
    const asked: string[] = [];
    const recorder = new RecordingDb(lastRowids(db), (sql) => {
      asked.push(sql);
      return sql.includes("'hooked.'") ? (named) => void (named.value = `"${String(named.value).toUpperCase()}"`) : undefined;
    });
    const hooked = "INSERT INTO settings (key, value) VALUES ('hooked.' || @key, @value)";
    const plain = "INSERT INTO settings (key, value) VALUES ('plain.' || @key, @value)";
    recorder.prepare(hooked).run({ key: 'a', value: 'un' });
    recorder.prepare(plain).run({ key: 'a', value: '"deux"' });
    const batch = recorder.take();
    expect(batch.calls).toEqual([0, 0, 0, [{ key: 'a', value: '"UN"' }], 1, 0, 0, [{ key: 'a', value: '"deux"' }]]);
    expect(asked).toEqual([hooked, plain]);
    inTransaction(db, () => replayWrites(db, [], batch));
    const value = (key: string) => db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
    expect([value('hooked.a'), value('plain.a')]).toEqual(['"UN"', '"deux"']);
    db.close();
  });
});
