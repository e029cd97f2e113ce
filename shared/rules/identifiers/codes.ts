/** ROME job codes: v2 is five digits (e.g. 43311), v3 one letter A–N and four digits (e.g. K1304). */
export function isValidRomeCode(code: string): boolean {
  return /^\d{5}$/.test(code) || /^[A-N]\d{4}$/.test(code);
}

/** Departments: 01–95 (no 20), 2A, 2B, overseas 971–976. */
const DEPARTMENT = /^(0[1-9]|1\d|[3-8]\d|9[0-5]|2[1-9]|2A|2B|97[1-6])$/;

export function isValidDepartment(code: string): boolean {
  return DEPARTMENT.test(code);
}
