import { isValidDepartment } from './codes';

/**
 * NIR (numéro d'inscription au répertoire): 13 characters + a 2-digit key,
 * key = 97 − (number mod 97). Corsica's 2A / 2B count as 19 / 18 for the key.
 * Hand-written because the rule is one line and no library here covers it.
 */
interface NirParts {
  sex: string;
  year: string;
  month: string;
  department: string;
  key: string;
}

const NIR_SHAPE = /^([1-478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/;

function numericBody(first13: string): bigint {
  const body = first13.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  return BigInt(body);
}

/** The 2-digit key of a 13-character NIR body (handles 2A / 2B). */
export function nirKey(first13: string): string {
  const upper = first13.toUpperCase();
  if (!/^\d{5}(\d{2}|2[AB])\d{6}$/.test(upper)) throw new RangeError('13 caractères attendus (chiffres, 2A ou 2B)');
  const key = 97n - (numericBody(upper) % 97n);
  return key.toString().padStart(2, '0');
}

function parseNir(nir: string): NirParts | undefined {
  const m = NIR_SHAPE.exec(nir.replace(/\s/g, '').toUpperCase());
  if (!m) return undefined;
  return { sex: m[1] ?? '', year: m[2] ?? '', month: m[3] ?? '', department: m[4] ?? '', key: m[7] ?? '' };
}

export function isValidNir(nir: string): boolean {
  const clean = nir.replace(/\s/g, '').toUpperCase();
  const parts = parseNir(clean);
  return parts !== undefined && nirKey(clean.slice(0, 13)) === parts.key;
}

export interface NirExpectations {
  sex?: '1' | '2';
  birthDate?: string;
  birthDepartment?: string;
}

export type NirMismatch = 'sex' | 'year' | 'month' | 'department';

/**
 * Which known facts the NIR contradicts. Months 20–42 and 50–99 are
 * "unknown month" codes and match anything; people born abroad carry 99.
 */
export function nirMismatches(nir: string, expected: NirExpectations): NirMismatch[] {
  const parts = parseNir(nir);
  if (!parts) return [];
  const out: NirMismatch[] = [];
  if (expected.sex !== undefined && parts.sex !== expected.sex && (parts.sex === '1' || parts.sex === '2')) out.push('sex');
  if (expected.birthDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(expected.birthDate)) {
    if (parts.year !== expected.birthDate.slice(2, 4)) out.push('year');
    const month = Number(parts.month);
    if (month >= 1 && month <= 12 && parts.month !== expected.birthDate.slice(5, 7)) out.push('month');
  }
  if (expected.birthDepartment !== undefined && isValidDepartment(expected.birthDepartment.toUpperCase())) {
    // Overseas births carry 97x in positions 6–8, others the 2-character department.
    const dep = expected.birthDepartment.toUpperCase();
    const clean = nir.replace(/\s/g, '').toUpperCase();
    if (clean.slice(5, 5 + dep.length) !== dep) out.push('department');
  }
  return out;
}
