/**
 * A demo workspace as an older version of the app would hold it, for the
 * migration tests: today's generator writes today's schema, so the demo is
 * generated at the latest version, then copied into a database migrated to
 * `version` (the columns both schemas have; the tables that exist then; the
 * full-text index rebuilt by its own triggers). A column a later migration
 * dropped gets back the value it held (weekly_minutes, dropped by 0006; a
 * version's details, its JSON text before 0020 packed it; a status change's
 * actor, its name before 0025 named it once in `actors`, and its statuses'
 * names before 0027 named them by id; a version's hiring date, ROME code and
 * job title, in its document only since 0030), and a value kept
 * in another form then, that form (a NIR's hash in hexadecimal before 0026, a
 * version's whole document before 0029 kept employer blocks apart).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { generateDemoWorkspace, type DemoOptions } from '../../electron/app/demo/generate';
import { loadMigrations, migrate } from '../../electron/db/migrate';
import { hoursToMinutes } from '../../shared/rules/index';
import { hoursChangeMinutes } from '../../electron/db/repositories/versions/hours';
import { documentJson } from '../../electron/db/repositories/versions/documents';
import { packDocument } from '../../electron/db/repositories/versions/packing';
import { tableRows } from './table-rows';

type Row = Record<string, unknown>;

const contractOf = (row: Row, source: Database.Database) =>
  (JSON.parse(documentJson(source, row.document as Buffer)) as { contract?: { hiredOn?: string; romeCode?: string; jobTitle?: string } }).contract ?? {};

/**
 * Values of columns today's schema no longer has, as the generator wrote them
 * then: every demo version had its contract's hours (its renewals keep them),
 * an hours change its event's.
 */
const DROPPED: Record<string, Record<string, (row: Row, source: Database.Database) => unknown>> = {
  convention_versions: {
    weekly_minutes: (row, source) =>
      hoursToMinutes((JSON.parse(documentJson(source, row.document as Buffer)) as { contract: { weeklyHours: number } }).contract.weeklyHours),
    // Before 0020 a version held its document as JSON text.
    details: (row, source) => documentJson(source, row.document as Buffer),
    // Before 0030 it held its contract's hiring date, ROME code and job title in columns too.
    hired_on: (row, source) => contractOf(row, source).hiredOn ?? null,
    rome_code: (row, source) => contractOf(row, source).romeCode ?? null,
    job_title: (row, source) => contractOf(row, source).jobTitle ?? null,
  },
  // Before 0025 a status change held its actor's name.
  status_changes: {
    actor: (row, source) => source.prepare('SELECT name FROM actors WHERE id = ?').pluck().get(row.actor_id),
    // Before 0027 it held the names of the statuses it went from and to.
    from_status: (row, source) => source.prepare('SELECT name FROM convention_statuses WHERE id = ?').pluck().get(row.from_status_id) ?? null,
    to_status: (row, source) => source.prepare('SELECT name FROM convention_statuses WHERE id = ?').pluck().get(row.to_status_id),
  },
  contract_events: {
    weekly_minutes: (row, source) => {
      if (row.kind !== 'HOURS_CHANGE') return null;
      const latest = source
        .prepare('SELECT document FROM convention_versions WHERE convention_id = ? ORDER BY avenant_index DESC LIMIT 1')
        .pluck()
        .get(row.convention_id) as Buffer | undefined;
      return hoursChangeMinutes(source, latest ?? null, String(row.occurred_on));
    },
  },
};

/**
 * Values an older schema keeps in another form: a NIR's hash in 32 hexadecimal digits before 0026 (16 bytes since); a
 * version's document whole (format 1) before 0029 stored employer blocks apart.
 */
const REFORMED: Record<string, Record<string, { before: number; value: (stored: unknown, source: Database.Database) => unknown }>> = {
  employees: { nir_digest: { before: 26, value: (stored) => (stored === null ? null : Buffer.from(stored as Uint8Array).toString('hex')) } },
  convention_versions: { document: { before: 29, value: (stored, source) => packDocument(documentJson(source, stored as Uint8Array)) } },
};

/**
 * Rows today's demo writes that an older schema cannot hold: the proofs of
 * activity an employer demo has sent (lot lines naming `activity:…`, allowed
 * from 0008) did not exist then: their lines are left out (their lots stay,
 * empty, which changes nothing the migrations read).
 */
const NOT_YET: Record<string, { before: number; keep: (row: Row) => boolean }> = {
  exchange_lot_lines: { before: 8, keep: (row) => row.record_kind !== 'PROOF_OF_ACTIVITY' },
};

const columnsOf = (db: Database.Database, table: string): string[] => db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
/** With the computed columns (a payment's last day and due day since 0021): an older schema stores them. */
const readableColumnsOf = (db: Database.Database, table: string): string[] =>
  db.prepare(`SELECT name FROM pragma_table_xinfo(?)`).pluck().all(table) as string[];

/** Tables a migration writes rows into (0013: the search key in `settings`; 0027: the seven statuses). */
const WRITTEN_BY_MIGRATIONS = new Set(['settings', 'convention_statuses']);

/** Totals the migrations' triggers keep from the rows copied (0015, 0016, 0017): filled by those triggers, never copied. */
const KEPT_BY_TRIGGERS = new Set(['aid_expected_by_month', 'convention_counts', 'convention_end_counts']);

export function generateDemoAtVersion(options: Omit<DemoOptions, 'openOptions'>, version: number): void {
  const latestFile = `${options.file}.latest`;
  generateDemoWorkspace({ ...options, file: latestFile });
  const source = new Database(latestFile, { readonly: true });
  const target = new Database(options.file);
  try {
    target.pragma('foreign_keys = OFF');
    migrate(target, loadMigrations(), version);
    const tables = target
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'convention_search%' ORDER BY rowid")
      .pluck()
      .all() as string[];
    const known = new Set(source.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    target.transaction(() => {
      for (const table of tables.filter((t) => known.has(t) && !KEPT_BY_TRIGGERS.has(t))) {
        const present = new Set(readableColumnsOf(source, table));
        const dropped = DROPPED[table] ?? {};
        const columns = columnsOf(target, table).filter((c) => present.has(c) || c in dropped);
        // A migration may write rows of its own (0013's search key, 0027's statuses): the demo's win.
        const verb = WRITTEN_BY_MIGRATIONS.has(table) ? 'INSERT OR REPLACE' : 'INSERT';
        const insert = target.prepare(`${verb} INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        const notYet = NOT_YET[table];
        for (const row of tableRows(source, table) as Row[]) {
          if (notYet && version < notYet.before && !notYet.keep(row)) continue;
          const reformed = (c: string) => {
            const rule = REFORMED[table]?.[c];
            return rule && version < rule.before ? rule.value(row[c], source) : row[c];
          };
          insert.run(columns.map((c) => (present.has(c) ? reformed(c) : dropped[c]!(row, source))));
        }
      }
    })();
  } finally {
    source.close();
    target.close();
  }
}

/**
 * The writes a count kept by triggers must follow (migrations 0016, 0017), run in the caller's transaction: a running
 * convention ended, a CAE made a CAE-DOM of 976, a draft without versions deleted, a convention of 971 added (CAV, to sign,
 * 01/07/2009 – 30/06/2011).
 */
export function writeConventionsEveryWay(db: Database.Database): void {
  const draft = db.prepare("SELECT id FROM conventions WHERE status = 'brouillon' AND id NOT IN (SELECT convention_id FROM convention_versions)").pluck().get();
  db.prepare("UPDATE conventions SET status = 'terminee' WHERE id = (SELECT min(id) FROM conventions WHERE status = 'en_cours')").run();
  db.prepare("UPDATE conventions SET measure = 'CAE_DOM', department = '976' WHERE id = (SELECT max(id) FROM conventions WHERE measure = 'CAE')").run();
  if (draft !== undefined) db.prepare('DELETE FROM conventions WHERE id = ?').run(draft);
  db.prepare(
    `INSERT INTO conventions (number, measure, department, prescriber_code, order_number, employer_id, employee_id, status, starts_on, ends_on, created_at, updated_at)
     SELECT '971-0101-97101-99999', 'CAV', '971', '97101', 99999, employer_id, employee_id, 'a_signer', '2009-07-01', '2011-06-30', created_at, updated_at
     FROM conventions ORDER BY id LIMIT 1`,
  ).run();
}
