import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { WorkspaceRole } from '../../../shared/domain/enums';
import { prepared } from '../statements';

/** The workspace row: who the workspace is. */
export interface WorkspaceRecord {
  role: WorkspaceRole;
  name: string;
  department: string | null;
  agencyCode: string | null;
  isDemo: boolean;
  createdAt: string;
}

interface WorkspaceRow {
  role: WorkspaceRole;
  name: string;
  department: string | null;
  agency_code: string | null;
  is_demo: number;
  created_at: string;
}

export function getWorkspace(db: Database): WorkspaceRecord | null {
  const row = prepared<[], WorkspaceRow>(db, 'SELECT role, name, department, agency_code, is_demo, created_at FROM workspace WHERE id = 1').get();
  if (!row) return null;
  return {
    role: row.role,
    name: row.name,
    department: row.department,
    agencyCode: row.agency_code,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
  };
}

export function insertWorkspace(db: Database, ws: WorkspaceRecord): void {
  prepared(
    db,
    `INSERT INTO workspace (id, role, name, department, agency_code, is_demo, created_at)
     VALUES (1, @role, @name, @department, @agencyCode, @isDemo, @createdAt)`,
  ).run({ ...ws, isDemo: ws.isDemo ? 1 : 0 });
}

export function getSetting<T>(db: Database, key: string): T | undefined {
  const row = prepared<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key);
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function putSetting(db: Database, key: string, value: unknown): void {
  prepared(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

/** The setting of a demo workspace: the day it is seen from (YYYY-MM-DD). */
const REFERENCE_DATE_SETTING = 'referenceDate';

export function readReferenceDate(db: Database): string | undefined {
  return getSetting<string>(db, REFERENCE_DATE_SETTING);
}

export function writeReferenceDate(db: Database, day: string): void {
  putSetting(db, REFERENCE_DATE_SETTING, day);
}
