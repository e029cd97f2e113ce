/** A count as a French reader reads it: « 177 723 » (narrow no-break space between thousands). */
const integers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

export function formatInteger(n: number): string {
  return integers.format(n);
}
