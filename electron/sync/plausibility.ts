/**
 * Dates and amounts a received file could not truthfully carry, refused
 * before anything is planned: a file created, or a payment made, in the
 * future (beyond a few days of clock difference and of a transfer announced
 * for the coming days), a period that ends before it starts, an amount beyond
 * any aid of one period. The sequence window is in inbound-order.ts.
 */
import { formatDateFr } from '../../shared/format/date';
import { formatCents } from '../../shared/format/money';
import type { ExchangeFile } from './schemas';
import { exchangeFieldLabel } from './field-labels';

/** Days a file's creation or a payment may lie after the importing day. */
const FUTURE_TOLERANCE_DAYS = 7;
/** The most one payment line may carry: 100 000 €, far above any aid of one period (a year of CAV aid is about 15 000 €). */
const MAX_PAYMENT_CENTS = 10_000_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The reasons to refuse `file` received at `now` (ISO instant), at most 20; empty when plausible. */
export function implausible(file: ExchangeFile, now: string): string[] {
  const today = now.slice(0, 10);
  const latest = addDays(today, FUTURE_TOLERANCE_DAYS);
  const future = (day: string) => `daté du ${formatDateFr(day)}, dans le futur (aujourd’hui : ${formatDateFr(today)})`;
  const reasons: string[] = [];
  const created = file.header.createdAt.slice(0, 10);
  if (created > latest) reasons.push(`En-tête, champ « date de création du fichier » : fichier ${future(created)}.`);
  for (const line of file.lines) {
    if (reasons.length >= 20) break;
    if (line.record !== 'PAYMENT') continue;
    const at = (field: string) => `ligne ${line.lineNo}, ${exchangeFieldLabel([field])}`;
    if (line.paidOn > latest) reasons.push(`${at('paidOn')} : paiement ${future(line.paidOn)}.`);
    if (line.periodEnd < line.periodStart) {
      reasons.push(`${at('periodEnd')} : la période finit le ${formatDateFr(line.periodEnd)}, avant son début (${formatDateFr(line.periodStart)}).`);
    }
    if (line.amountCents > MAX_PAYMENT_CENTS) {
      reasons.push(`${at('amountCents')} : ${formatCents(line.amountCents)} pour une période, invraisemblable (${formatCents(MAX_PAYMENT_CENTS)} au plus).`);
    }
  }
  return reasons;
}
