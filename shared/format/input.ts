/**
 * What a French agent types, turned into the document's values and back:
 * dates `JJ/MM/AAAA` ↔ `YYYY-MM-DD`, amounts `1 234,56` ↔ `"1234.56"`,
 * percentages `87,5` ↔ `"87.5"`, hours `17,5` ↔ `17.5`. Pure functions: an
 * empty text is "no value" (null), a wrong one a French message.
 */
import { decimalToUnits, percentFr } from '../rules/money/exact';
import { MAX_AID_RATE_BP } from '../rules/parameters/measures';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; error: string };

const SPACES = /[\s\u00a0\u202f]/g;
const FR_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const COMPACT_DATE = /^(\d{2})(\d{2})(\d{4})$/;

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** `09/06/2008` (or `9/6/2008`, `09.06.2008`, `09062008`) → `2008-06-09`. */
export function parseFrDate(text: string): Parsed<string> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const m = FR_DATE.exec(t) ?? COMPACT_DATE.exec(t);
  if (!m) return { ok: false, error: 'Date attendue au format JJ/MM/AAAA (ex. 09/06/2008)' };
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (year < 1900 || year > 2100) return { ok: false, error: `Année improbable (${year}) : vérifiez la date` };
  if (!isRealDay(year, month, day)) return { ok: false, error: `Cette date n’existe pas au calendrier (${t})` };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** `2008-06-09` → `09/06/2008`; anything else is shown as it is. */
export function formatFrDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Digits with an optional decimal comma (or point), thousands separated by spaces. */
function parseDecimal(text: string, maxDecimals: number, what: string, example: string): Parsed<{ int: string; dec: string }> {
  const t = text.replace(SPACES, '').replace(/€$|%$/, '');
  if (t === '') return { ok: true, value: null };
  if (t.startsWith('-')) return { ok: false, error: `${what} négatif : indiquez un nombre positif` };
  const m = /^(\d+)(?:[,.](\d*))?$/.exec(t);
  if (!m) return { ok: false, error: `${what} attendu en chiffres, virgule pour les décimales (ex. ${example})` };
  const dec = m[2] ?? '';
  if (dec.length > maxDecimals) return { ok: false, error: `${what} : ${maxDecimals} décimale(s) au plus (ex. ${example})` };
  return { ok: true, value: { int: m[1]!.replace(/^0+(?=\d)/, ''), dec } };
}

/** `1 234,5` → `"1234.50"` (the document's money: euros, 2 decimals). */
export function parseFrAmount(text: string): Parsed<string> {
  const p = parseDecimal(text, 2, 'Montant', '1 234,56');
  if (!p.ok || p.value === null) return p as Parsed<string>;
  return { ok: true, value: `${p.value.int}.${p.value.dec.padEnd(2, '0')}` };
}

/** `"1234.5"` → `1 234,50` (narrow no-break space between thousands, as French typography). */
export function formatFrAmount(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  return `${m[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')},${(m[2] ?? '').padEnd(2, '0')}`;
}

/** `87,5` → `"87.5"`, `90,00` → `"90"` (the document's percentages). */
export function parseFrPercent(text: string): Parsed<string> {
  const p = parseDecimal(text, 2, 'Pourcentage', '87,5');
  if (!p.ok || p.value === null) return p as Parsed<string>;
  const dec = p.value.dec.replace(/0+$/, '');
  const value = dec ? `${p.value.int}.${dec}` : p.value.int;
  if ((decimalToUnits(value, 2) ?? 0) > MAX_AID_RATE_BP) return { ok: false, error: `Pourcentage improbable : ${percentFr(MAX_AID_RATE_BP)} au plus` };
  return { ok: true, value };
}

/** `"87.5"` → `87,5`. */
export function formatFrPercent(value: string | null | undefined): string {
  return value ? value.replace('.', ',') : '';
}

/** `17,5` → `17.5` hours a week. */
export function parseFrHours(text: string): Parsed<number> {
  const p = parseDecimal(text, 2, 'Nombre d’heures', '17,5');
  if (!p.ok || p.value === null) return p as Parsed<number>;
  const value = Number(`${p.value.int}.${p.value.dec || '0'}`);
  if (value > 99) return { ok: false, error: 'Durée hebdomadaire improbable (plus de 99 h)' };
  return { ok: true, value };
}

/** `17.5` → `17,5`. */
export function formatFrHours(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

/** The time of a save, `HH:MM` in the user's clock (« Enregistré à 14:05 »). */
export function formatClock(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
