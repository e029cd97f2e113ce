/**
 * Side-by-side comparison of two versions: every leaf that differs, by its
 * path in the `cae.convention/1` document (`contract.weeklyHours`,
 * `renewals[1].to`), with its value before and after.
 */
import { AppError } from '../../../shared/api/result';
import { conventionNir, versionDocument } from '../../db/repositories/versions/documents';
import { loadConvention, type ServiceContext } from './state';

export interface Difference {
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function join(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** Differences between two JSON values; a missing key and null count as the same (absent). */
function diffVersions(a: unknown, b: unknown, path = ''): Difference[] {
  const absent = (v: unknown) => v === undefined || v === null;
  if (absent(a) && absent(b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: Difference[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...diffVersions(a[i], b[i], join(path, i)));
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => diffVersions(a[k], b[k], join(path, k)));
  }
  if (Object.is(a, b)) return [];
  return [{ path: path || '(document)', before: a ?? null, after: b ?? null }];
}

export function diffConventionVersions(sc: ServiceContext, input: { id: number; from: number; to: number }): Difference[] {
  const { versions, row } = loadConvention(sc.db, input.id);
  const nir = conventionNir(sc.db, input.id);
  const pick = (index: number) => {
    const v = versions.find((x) => x.avenantIndex === index);
    if (!v) throw new AppError('NOT_FOUND', `La convention ${row.number} n’a pas de version ${index} (versions 0 à ${versions.length - 1}).`);
    return versionDocument(sc.db, v.document, nir) as unknown;
  };
  return diffVersions(pick(input.from), pick(input.to));
}
