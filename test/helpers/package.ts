/**
 * Test helpers for the convention package: a fresh employer workspace, the
 * demo agency's employer best suited to a round trip, and one convention as
 * its package line (everything the package carries, read from a database).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../electron/db/connection';
import { conventionByNumber } from '../../electron/db/repositories/exchanges/package-read';
import { insertWorkspace } from '../../electron/db/repositories/workspace';
import { packageLineOf, type PackageLineDraft } from '../../electron/sync/package/lines';
import { withDb } from './agency-workspace';

/** A new employer workspace with no employer yet (it takes the first package's recipient). */
export function freshEmployer(file: string): string {
  const db = openDatabase(file);
  try {
    insertWorkspace(db, {
      role: 'employeur',
      name: 'Association destinataire',
      department: '69',
      agencyCode: null,
      isDemo: false,
      createdAt: '2009-06-01T08:00:00Z',
    });
  } finally {
    db.close();
  }
  return file;
}

export interface RichEmployer {
  siret: string;
  signed: string[];
  /** A convention of that employer with an avenant, and one with a contract event. */
  withAvenant: string;
  withEvent: string;
  /** A convention still running, to add an avenant or an event to. */
  running: string;
}

/** The demo agency's employer with the most signed conventions among those holding an avenant and an event. */
export function richEmployer(file: string): RichEmployer {
  return withDb(file, (db) => {
    const row = db
      .prepare(
        `SELECT er.siret,
           (SELECT min(c.number) FROM conventions c WHERE c.employer_id = er.id AND EXISTS (SELECT 1 FROM convention_versions v WHERE v.convention_id = c.id AND v.avenant_index > 0)) AS withAvenant,
           (SELECT min(c.number) FROM conventions c WHERE c.employer_id = er.id AND c.status NOT IN ('brouillon', 'a_signer') AND EXISTS (SELECT 1 FROM contract_events e WHERE e.convention_id = c.id)) AS withEvent,
           (SELECT min(c.number) FROM conventions c WHERE c.employer_id = er.id AND c.status = 'en_cours' AND NOT EXISTS (SELECT 1 FROM contract_events e WHERE e.convention_id = c.id)) AS running,
           (SELECT count(*) FROM conventions c WHERE c.employer_id = er.id AND c.status NOT IN ('brouillon', 'a_signer')) AS n
         FROM employers er ORDER BY (withAvenant IS NOT NULL AND withEvent IS NOT NULL AND running IS NOT NULL) DESC, n DESC, er.id LIMIT 1`,
      )
      .get() as { siret: string; withAvenant: string | null; withEvent: string | null; running: string | null };
    if (!row.withAvenant || !row.withEvent || !row.running)
      throw new Error('la démonstration n’a plus d’employeur avec avenant, événement et convention en cours');
    const signed = db
      .prepare(
        "SELECT c.number FROM conventions c JOIN employers er ON er.id = c.employer_id WHERE er.siret = ? AND c.status NOT IN ('brouillon', 'a_signer') ORDER BY c.number",
      )
      .pluck()
      .all(row.siret) as string[];
    return { siret: row.siret, signed, withAvenant: row.withAvenant, withEvent: row.withEvent, running: row.running };
  });
}

/** Everything a package says about one convention, as read from `db` (ids left out). */
export function conventionFile(db: Database, number: string): PackageLineDraft {
  const row = conventionByNumber(db, number);
  if (!row) throw new Error(`convention ${number} absente`);
  return packageLineOf(db, row, 1);
}

export function conventionId(db: Database, number: string): number {
  return conventionByNumber(db, number)!.id;
}
