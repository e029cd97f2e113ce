/**
 * Writes recorded in a worker thread and run on the database in another
 * (issue #16: a large demo is drafted so, electron/app/demo/draft-in-worker.ts).
 * The code writes through the repositories as it does in one thread; in the
 * worker its `db` is a RecordingDb: each statement run is kept (its SQL
 * once, then its bound values), and an INSERT answers the rowid SQLite will
 * give it — the table's largest rowid when the draft began, plus one per
 * INSERT run since — so that the ids it returns (an employee's, a
 * convention's) can be written into the next rows. An INSERT of several rows
 * at once counts as one: an id of its table asked after it would be wrong.
 * Whatever the case, the calling thread runs the same statements in the same
 * order (replayWrites) and checks every id and change count the draft relied
 * on: a difference is an error, and the caller's transaction writes nothing.
 *
 * Written by hand: no library records better-sqlite3 statements. A draft only
 * writes; a read (get, all, iterate) throws.
 */
import type { Db } from './connection';
import { prepared } from './statements';

/** Each table's largest rowid (or AUTOINCREMENT sequence) when the draft begins. */
export type LastRowids = Record<string, number>;

/**
 * The writes recorded since the last batch: the SQL texts not sent before, then, for each statement run, four values:
 * the index of its SQL, the rowid the draft used (0: none), whether the draft relied on its change count (1) or not (0),
 * and its bound values.
 */
export interface RecordedWrites {
  newSql: string[];
  calls: unknown[];
}

const INSERT_INTO = /^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+"?(\w+)"?/i;

/**
 * What the drafting code may do to the named values of a statement's runs before they are recorded, by the statement's
 * SQL (undefined: nothing): the demo's worker deflates a version's document there while the writing thread lags
 * (app/demo/demo-worker.ts). The statement must give the same row with either value.
 */
export type RecordedValuesHook = (sql: string) => ((named: Record<string, unknown>) => void) | undefined;

export class RecordingDb {
  private readonly sqlIds = new Map<string, number>();
  private newSql: string[] = [];
  private calls: unknown[] = [];

  constructor(
    private readonly lastRowids: LastRowids,
    private readonly valuesHook?: RecordedValuesHook,
  ) {}

  /** As better-sqlite3's `prepare`: a statement that records its runs. */
  prepare(sql: string): RecordingStatement {
    let id = this.sqlIds.get(sql);
    if (id === undefined) {
      id = this.sqlIds.size;
      this.sqlIds.set(sql, id);
      this.newSql.push(sql);
    }
    return new RecordingStatement(this, id, INSERT_INTO.exec(sql)?.[1], namedParameters(sql), this.valuesHook?.(sql));
  }

  /** Records a run of the statement `sqlId`; its position, where `lastInsertRowid` and `changes` mark what the draft used. */
  record(sqlId: number, values: unknown[]): { calls: unknown[]; at: number } {
    const at = this.calls.length;
    this.calls.push(sqlId, 0, 0, values);
    return { calls: this.calls, at };
  }

  /** The rowid the row of the next INSERT into `table` gets (a single row: see the module's comment). */
  nextRowid(table: string): number {
    return (this.lastRowids[table] = (this.lastRowids[table] ?? 0) + 1);
  }

  /** The writes recorded since the last call, handed over (the recorder starts a new batch). */
  take(): RecordedWrites {
    const batch = { newSql: this.newSql, calls: this.calls };
    this.newSql = [];
    this.calls = [];
    return batch;
  }

  /** The repositories take a `Db`: this one answers the part of it they use to write. */
  asDb(): Db {
    return this as unknown as Db;
  }
}

/** The names of a statement's named parameters (`@name`, `:name`, `$name`), in order. */
function namedParameters(sql: string): string[] {
  return [...new Set(Array.from(sql.matchAll(/[@:$]([A-Za-z_]\w*)/g), (m) => m[1]!))];
}

/**
 * What a recorded run answers, marking in the batch what the draft used. A class, its getters on the prototype: an
 * object literal with getters made at each run is a dictionary whose accessor pairs V8 keeps outside its young
 * generation; through the getters' closures, each kept the whole batch alive past the young collections, copied then
 * to the old generation (measured: 3.1 → 2.1 s for 20,000 conventions drafted; docs/performance.md, « Le
 * ramasse-miettes du fil à part : la cause trouvée »).
 */
class RecordedRun {
  constructor(
    private readonly calls: unknown[],
    private readonly at: number,
    private readonly rowid: number | undefined,
    private readonly table: string | undefined,
  ) {}

  get changes(): number {
    this.calls[this.at + 2] = 1;
    return 1;
  }

  get lastInsertRowid(): number {
    if (this.rowid === undefined)
      throw new Error(`Écriture préparée dans un fil à part : identifiant demandé à une instruction qui n’insère pas (${this.table ?? 'inconnue'}).`);
    this.calls[this.at + 1] = this.rowid;
    return this.rowid;
  }
}

class RecordingStatement {
  constructor(
    private readonly recorder: RecordingDb,
    private readonly sqlId: number,
    private readonly table: string | undefined,
    private readonly names: readonly string[],
    private readonly adjust: ((named: Record<string, unknown>) => void) | undefined,
  ) {}

  run(...values: unknown[]): { readonly changes: number; readonly lastInsertRowid: number } {
    const { calls, at } = this.recorder.record(this.sqlId, values.length === 1 && this.names.length > 0 ? [this.bound(values[0])] : values);
    const rowid = this.table === undefined ? undefined : this.recorder.nextRowid(this.table);
    return new RecordedRun(calls, at, rowid, this.table);
  }

  /**
   * Of an object of named values, those the statement binds: the rest (a version's whole document beside its packed
   * bytes) would be copied to the other thread for nothing.
   */
  private bound(value: unknown): unknown {
    if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || Array.isArray(value)) return value;
    const named = value as Record<string, unknown>;
    const kept: Record<string, unknown> = {};
    for (const name of this.names) if (name in named) kept[name] = named[name];
    this.adjust?.(kept);
    return kept;
  }

  get(): never {
    return readRefused();
  }

  all(): never {
    return readRefused();
  }

  iterate(): never {
    return readRefused();
  }

  pluck(): this {
    return this;
  }
}

function readRefused(): never {
  throw new Error('Écritures préparées dans un fil à part : la base ne peut pas y être lue, seulement écrite.');
}

/** Each table's largest rowid in `db` (the AUTOINCREMENT sequence when larger): where a draft's rowids start. */
export function lastRowids(db: Db): LastRowids {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'
         AND sql NOT LIKE '%WITHOUT ROWID%'`,
    )
    .pluck()
    .all() as string[];
  const sequences = new Map<string, number>();
  const hasSequences = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'").get() !== undefined;
  if (hasSequences)
    for (const row of db.prepare('SELECT name, seq FROM sqlite_sequence').all() as { name: string; seq: number }[]) sequences.set(row.name, row.seq);
  const last: LastRowids = {};
  for (const name of tables) {
    const max = (db.prepare(`SELECT coalesce(max(rowid), 0) FROM "${name}"`).pluck().get() as number) ?? 0;
    last[name] = Math.max(max, sequences.get(name) ?? 0);
  }
  return last;
}

/**
 * Runs recorded writes on `db`, in their order (inside the caller's transaction); `statements`: the SQL of the batches run
 * before, by index, extended with this batch's. Throws when a rowid or a change count differs from what the draft used.
 */
export function replayWrites(db: Db, statements: string[], batch: RecordedWrites): void {
  statements.push(...batch.newSql);
  const { calls } = batch;
  for (let i = 0; i < calls.length; i += 4) {
    const sql = statements[calls[i] as number]!;
    const info = prepared(db, sql).run(...(calls[i + 3] as unknown[]));
    const rowid = calls[i + 1] as number;
    if ((rowid !== 0 && Number(info.lastInsertRowid) !== rowid) || (calls[i + 2] === 1 && info.changes !== 1)) {
      throw new Error(
        `Une écriture préparée dans un fil à part ne donne pas le résultat attendu (identifiant ${rowid}, obtenu ${Number(info.lastInsertRowid)}, ${info.changes} ligne(s)).`,
      );
    }
  }
}
