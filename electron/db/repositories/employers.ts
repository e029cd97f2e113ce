import type { Database } from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/api/contract';
import type { EmployerStatus } from '../../../shared/domain/enums';
import { likePattern, prepared } from '../statements';

const WHERE = `WHERE (@search IS NULL OR e.name LIKE @search ESCAPE '\\' OR e.siret LIKE @search ESCAPE '\\' OR e.city LIKE @search ESCAPE '\\')`;

export function listEmployers(
  db: Database,
  filter: { search?: string | undefined; limit: number; offset: number },
): ChannelOutput<'employers.list'> {
  const params = { search: filter.search ? likePattern(filter.search) : null };
  const { total } = prepared<[typeof params], { total: number }>(db, `SELECT count(*) AS total FROM employers e ${WHERE}`).get(params)!;
  const items = prepared<
    [typeof params & { limit: number; offset: number }],
    { id: number; siret: string; name: string; status: EmployerStatus; city: string | null; conventions: number }
  >(
    db,
    `SELECT e.id, e.siret, e.name, e.status, e.city,
            (SELECT count(*) FROM conventions c WHERE c.employer_id = e.id) AS conventions
     FROM employers e ${WHERE}
     ORDER BY e.name COLLATE NOCASE, e.id
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: filter.limit, offset: filter.offset });
  return { total, items };
}

export function countEmployers(db: Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM employers').get()!.n;
}
