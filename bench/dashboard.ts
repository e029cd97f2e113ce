/**
 * The dashboard and the Échanges screen on the main demo workspace: the
 * dashboard's summary, the list of lots and every lot's page, each a p95
 * over repeated runs, against the plainest statements on the same database
 * (one walk of an index over every convention: the conventions by status;
 * the lines of every lot counted by status); and the room aid_payments
 * takes, its indexes included, per convention (baseline: the table alone).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DEMO_REFERENCE_DATE } from '../electron/app/demo/generate';
import { openDatabase } from '../electron/db/connection';
import { dashboardSummary } from '../electron/services/dashboard';
import { listExchangeLots } from '../electron/services/exchanges/lots';
import { lotDetail } from '../electron/services/exchanges/reads';
import { metric, time, type BenchContext, type Metric } from './harness';

/** Bytes of aid_payments and its indexes, and of the table alone: their pages, in the dbstat table (SQLITE_ENABLE_DBSTAT_VTAB, in this build). */
function aidPaymentsBytes(db: Database): { all: number; table: number } {
  return db
    .prepare(
      `SELECT sum(pgsize) AS "all", sum(CASE WHEN name = 'aid_payments' THEN pgsize END) AS "table"
       FROM dbstat WHERE aggregate = 1 AND name IN (SELECT name FROM sqlite_schema WHERE tbl_name = 'aid_payments')`,
    )
    .get() as { all: number; table: number };
}

function measure(db: Database) {
  const conventions = db.prepare('SELECT count(*) FROM conventions').pluck();
  const byStatus = db.prepare('SELECT status, count(*) FROM conventions GROUP BY status').raw();
  const lineCounts = db.prepare('SELECT lot_id, status, count(*) FROM exchange_lot_lines GROUP BY lot_id, status').raw();
  const lotIds = listExchangeLots(db, DEMO_REFERENCE_DATE).lots.map((l) => l.id);
  const screens = [() => listExchangeLots(db, DEMO_REFERENCE_DATE), ...lotIds.map((id) => () => lotDetail(db, id, DEMO_REFERENCE_DATE))];
  return {
    conventions: conventions.get() as number,
    dashboard: time(() => dashboardSummary(db, DEMO_REFERENCE_DATE), 20).p95,
    dashboardBaseline: time(() => byStatus.all(), 20).p95,
    exchanges: Math.max(...screens.map((screen) => time(screen, 20).p95)),
    exchangesBaseline: time(() => lineCounts.all(), 20).p95,
    aidBytes: aidPaymentsBytes(db),
  };
}

export async function run(context: BenchContext): Promise<Metric[]> {
  const db = openDatabase(context.workspaces.get(context.conventions)!);
  try {
    const m = measure(db);
    const n = m.conventions.toLocaleString('fr-FR');
    return [
      metric('dashboard.p95', `tableau de bord (${n} conventions), p95`, m.dashboard, 'ms', 100, m.dashboardBaseline),
      metric('exchanges.p95', 'écran Échanges : liste des lots et page de chaque lot, pire p95', m.exchanges, 'ms', 100, m.exchangesBaseline),
      metric(
        'db.aidPaymentsKBPerConvention',
        'aid_payments et ses index, par convention',
        m.aidBytes.all / 1024 / m.conventions,
        'KB',
        null,
        m.aidBytes.table / 1024 / m.conventions,
      ),
    ];
  } finally {
    db.close();
  }
}
