/**
 * The employer's bank account is shown masked by default, like the NIR: its
 * country and check digits and its last three characters stay readable, so
 * the right account can be recognised without reading it out.
 */
export function maskIban(iban: string | null | undefined): string | null {
  if (!iban) return null;
  const compact = iban.replace(/\s/g, '').toUpperCase();
  const visibleEnd = 3;
  const masked = compact.slice(0, 4) + '•'.repeat(Math.max(0, compact.length - 4 - visibleEnd)) + compact.slice(-visibleEnd);
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}
