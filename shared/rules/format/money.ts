/**
 * Money is held in integer cents everywhere; only display turns it into
 * euros. Intl gives French typography: narrow no-break space between
 * thousands, decimal comma, no-break space before the euro sign. Rule
 * messages and screens share it (shared/format/money.ts).
 */
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** Intl formatting is slow and a bulk check formats the same few amounts (SMIC, aids) again and again: a bounded memo. */
const formattedCents = new Map<number, string>();
const FORMATTED_CENTS_MAX = 10_000;

export function formatCents(cents: number): string {
  let s = formattedCents.get(cents);
  if (s === undefined) {
    if (!Number.isSafeInteger(cents)) throw new RangeError(`montant en centimes attendu, reçu ${cents}`);
    s = euros.format(cents / 100);
    if (formattedCents.size >= FORMATTED_CENTS_MAX) formattedCents.clear();
    formattedCents.set(cents, s);
  }
  return s;
}

const percent = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** Basis points (hundredths of a percent) shown as a French percentage: 9000 → `90 %`, 8750 → `87,5 %`. */
export function formatBasisPoints(bp: number): string {
  return `${percent.format(bp / 100)}\u00a0%`;
}
