import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/api/contract';
import { maskNir } from '../../../shared/format/nir';
import { likePattern, prepared } from '../statements';

const WHERE = `WHERE (@search IS NULL OR e.last_name LIKE @search ESCAPE '\\' OR e.first_names LIKE @search ESCAPE '\\'
  OR e.birth_name LIKE @search ESCAPE '\\' OR e.nir LIKE @search ESCAPE '\\')`;

export function listEmployees(
  db: Database,
  filter: { search?: string | undefined; limit: number; offset: number },
): ChannelOutput<'employees.list'> {
  const params = { search: filter.search ? likePattern(filter.search) : null };
  const { total } = prepared<[typeof params], { total: number }>(db, `SELECT count(*) AS total FROM employees e ${WHERE}`).get(params)!;
  const rows = prepared<
    [typeof params & { limit: number; offset: number }],
    { id: number; last_name: string; first_names: string; nir: string | null; birth_date: string; conventions: number }
  >(
    db,
    `SELECT e.id, e.last_name, e.first_names, e.nir, e.birth_date,
            (SELECT count(*) FROM conventions c WHERE c.employee_id = e.id) AS conventions
     FROM employees e ${WHERE}
     ORDER BY e.last_name COLLATE NOCASE, e.first_names COLLATE NOCASE, e.id
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: filter.limit, offset: filter.offset });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      fullName: `${r.last_name} ${r.first_names}`,
      nirMasked: maskNir(r.nir),
      birthDate: r.birth_date,
      conventions: r.conventions,
    })),
  };
}

export function countEmployees(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM employees').get()!.n;
}
