/**
 * Convention numbers as the administration block of form CAE-0515 lays them
 * out: department (3), month (2), year (2), ALE or prescriber code (5),
 * order number (5), then the avenant index (2) for each version.
 */
export interface ConventionNumberParts {
  department: string;
  /** YYYY-MM-DD of the filing date: gives the month and year boxes. */
  filedOn: string;
  prescriberCode: string;
  orderNumber: number;
}

export function formatConventionNumber(parts: ConventionNumberParts): string {
  const dept = parts.department.padStart(3, '0');
  const [year, month] = parts.filedOn.split('-');
  return `${dept}-${month}${year!.slice(2)}-${parts.prescriberCode}-${String(parts.orderNumber).padStart(5, '0')}`;
}

/** The avenant index in its two boxes: 0 → `00` (the convention), 1 → `01`. */
export function formatAvenantIndex(avenantIndex: number): string {
  return String(avenantIndex).padStart(2, '0');
}

/** `069-0608-69012-00001-01`: the convention number and the avenant index. */
export function formatVersionNumber(conventionNumber: string, avenantIndex: number): string {
  return `${conventionNumber}-${formatAvenantIndex(avenantIndex)}`;
}
