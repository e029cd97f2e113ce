const integers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** A whole number with French digit grouping (`200 000`). */
export function formatInteger(n: number): string {
  return integers.format(n);
}

/** `0 convention`, `1 convention`, `300 conventions` (French: singular below 2). */
export function formatCount(n: number, singular: string, plural: string): string {
  return `${formatInteger(n)} ${Math.abs(n) < 2 ? singular : plural}`;
}
