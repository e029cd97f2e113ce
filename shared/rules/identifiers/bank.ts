import { electronicFormatIBAN, isSEPACountry, isValidIBAN } from 'ibantools';

const memo = new Map<string, boolean>();

/** IBAN of any SEPA country, mod 97 checked by ibantools; French IBANs also carry a valid RIB key. Memoised (pure). */
export function isValidSepaIban(iban: string): boolean {
  let ok = memo.get(iban);
  if (ok === undefined) {
    ok = checkSepaIban(iban);
    if (memo.size > 50_000) memo.clear();
    memo.set(iban, ok);
  }
  return ok;
}

function checkSepaIban(iban: string): boolean {
  const e = electronicFormatIBAN(iban);
  if (!e || !isValidIBAN(e) || !isSEPACountry(e.slice(0, 2))) return false;
  if (e.startsWith('FR') || e.startsWith('MC')) {
    return isValidRibKey(e.slice(4, 9), e.slice(9, 14), e.slice(14, 25), e.slice(25, 27));
  }
  return true;
}

/**
 * French RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), letters
 * of the account replaced by digits (A, J → 1; B, K, S → 2; …). ibantools
 * checks the IBAN's own key, not this one, hence these few lines.
 */
function ribDigits(s: string): string {
  return s.toUpperCase().replace(/[A-Z]/g, (c) => {
    const code = c.charCodeAt(0) - 64; // A = 1
    const value = code <= 9 ? code : code <= 18 ? code - 9 : code - 17;
    return String(value);
  });
}

export function ribKey(bank: string, branch: string, account: string): string {
  const n = 89n * BigInt(ribDigits(bank)) + 15n * BigInt(ribDigits(branch)) + 3n * BigInt(ribDigits(account));
  return (97n - (n % 97n)).toString().padStart(2, '0');
}

export function isValidRibKey(bank: string, branch: string, account: string, key: string): boolean {
  if (!/^\d{5}$/.test(bank) || !/^\d{5}$/.test(branch) || !/^[0-9A-Z]{11}$/i.test(account) || !/^\d{2}$/.test(key)) return false;
  return ribKey(bank, branch, account) === key;
}
