/**
 * Money is held in integer cents everywhere; only display turns it into
 * euros. Intl gives French typography: narrow no-break space between
 * thousands, decimal comma, no-break space before the euro sign. Rule
 * messages and screens share it (shared/format/money.ts).
 */
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`montant en centimes attendu, reçu ${cents}`);
  return euros.format(cents / 100);
}

/** Basis points (hundredths of a percent) shown as a French percentage: 9000 → `90 %`, 8750 → `87,5 %`. */
export function formatBasisPoints(bp: number): string {
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(bp / 100)}\u00a0%`;
}
