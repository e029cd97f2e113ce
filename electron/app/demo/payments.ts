/**
 * The employer demo's aid received: every payment the rules expect, typed
 * from the payment organisation's notices twenty days after it falls due (as
 * long as that is not after the reference date: the month of the reference
 * date is still awaited), with the amount expected —
 * but one. In a running convention, the month of a SMIC revaluation was paid
 * at the previous month's amount, as if the revaluation had not been
 * applied: the « Aides » screen shows that difference and explains it.
 * Deterministic: drawn from the conventions only, no random stream.
 */
import { LocalDate } from '@js-joda/core';
import { payingAgencyName, reconcileAid, type ConventionDocument, type ReconciliationLine } from '../../../shared/rules/index';
import type { Db } from '../../db/connection';
import { listFollowedConventions, type FollowedConvention } from '../../db/repositories/conventions/aid-follow-up';
import { insertReceivedPayment } from '../../db/repositories/received-payments';
import { versionDocument } from '../../db/repositories/versions/documents';

const DAYS_TO_PAY = 20;

interface Planned {
  convention: FollowedConvention;
  line: ReconciliationLine;
  receivedOn: string;
}

const partial = (l: ReconciliationLine) => l.causes.some((c) => c.kind === 'HIRING' || c.kind === 'END');

/** The payment paid short: the latest SMIC revaluation month of a running convention, after a full month of another amount. */
function shortPaid(planned: Planned[]): { target: Planned; amountCents: number } | undefined {
  let found: { target: Planned; amountCents: number } | undefined;
  planned.forEach((p, i) => {
    const previous = planned[i - 1];
    const running = p.convention.status === 'en_cours' || p.convention.status === 'signee';
    if (!running || !previous || previous.convention.id !== p.convention.id || partial(p.line) || partial(previous.line)) return;
    if (!p.line.causes.some((c) => c.kind === 'SMIC') || previous.line.expectedCents === p.line.expectedCents) return;
    if (!found || p.line.periodStart > found.target.line.periodStart) found = { target: p, amountCents: previous.line.expectedCents };
  });
  return found;
}

export function insertDemoReceivedPayments(db: Db, reference: string, at: string, by: string): void {
  const planned: Planned[] = [];
  for (const convention of listFollowedConventions(db)) {
    const lines = reconcileAid(versionDocument(db, convention.document, null) as ConventionDocument, [], reference).lines;
    for (const line of lines) {
      if (line.due === null) continue;
      const receivedOn = LocalDate.parse(line.due).plusDays(DAYS_TO_PAY).toString();
      if (receivedOn <= reference) planned.push({ convention, line, receivedOn });
    }
  }
  const short = shortPaid(planned);
  planned.forEach((p, i) => {
    const amountCents = short?.target === p ? short.amountCents : p.line.expectedCents;
    insertReceivedPayment(db, {
      conventionId: p.convention.id,
      receivedOn: p.receivedOn,
      amountCents,
      periodStart: p.line.periodStart,
      periodEnd: p.line.periodEnd,
      source: 'saisie',
      reference: `Avis de paiement ${payingAgencyName(p.receivedOn)} n° ${p.line.periodStart.slice(0, 7).replace('-', '')}-${String(i + 1).padStart(4, '0')}`,
      lotId: null,
      lineNo: null,
      at,
      by,
    });
  });
}
