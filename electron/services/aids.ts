/**
 * The employer's aid follow-up (« Aides »): for each signed convention, the
 * aid its current document gives by the rules, period by period, beside the
 * payments received (return files imported, or typed), each difference
 * explained (shared/rules/compute/reconciliation.ts); the exempted base per
 * month and employee; « Et si… » for a running convention. `today` is the
 * day the workspace is seen from (a demo's reference date).
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ConventionAid } from '../../shared/api/aids-contract';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import { AppError } from '../../shared/api/result';
import { formatDateFr } from '../../shared/format/date';
import { exemptedBase, reconcileAid, whatIfEndedOn, type ConventionDocument, type ReceivedAid, type ReconciliationLine } from '../../shared/rules/index';
import { inTransaction } from '../db/connection';
import { appendAudit } from '../db/repositories/audit';
import { findFollowedConvention, listFollowedConventions, type FollowedConvention } from '../db/repositories/conventions/aid-follow-up';
import { findConvention } from '../db/repositories/conventions/read';
import { versionDocument } from '../db/repositories/versions/documents';
import {
  deleteTypedPayment,
  findReceivedPayment,
  findSameTypedPayment,
  insertReceivedPayment,
  listAllReceivedPayments,
  listReceivedPayments,
  type ReceivedPaymentRecord,
} from '../db/repositories/received-payments';
import { actorOf, type ServiceContext } from './conventions/state';

const documentOf = (db: Database, c: FollowedConvention) => versionDocument(db, c.document, null) as ConventionDocument;

const header = (c: FollowedConvention) => ({
  conventionId: c.id,
  number: c.number,
  measure: c.measure,
  status: c.status,
  employeeName: c.employeeName,
});

const asReceived = (r: ReceivedPaymentRecord): ReceivedAid => ({
  id: r.id,
  receivedOn: r.receivedOn,
  amountCents: r.amountCents,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
});

/** A line for the API: the trace (a lazy getter) read once, or left out. */
function plainLine(l: ReconciliationLine, withTrace: boolean) {
  return {
    period: l.period,
    label: l.label,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
    due: l.due,
    expectedCents: l.expectedCents,
    receivedCents: l.receivedCents,
    receivedIds: l.receivedIds,
    differenceCents: l.differenceCents,
    status: l.status,
    causes: l.causes,
    explanation: l.explanation,
    trace: withTrace ? (l.trace ?? null) : null,
  };
}

function followed(db: Database, id: number): FollowedConvention {
  const c = findFollowedConvention(db, id);
  if (c) return c;
  const row = findConvention(db, id);
  if (!row) throw new AppError('NOT_FOUND', `La convention n° ${id} n’existe pas (ou plus) dans cet espace de travail.`);
  throw new AppError('CONFLICT', `La convention ${row.number} n’est pas signée : aucune aide n’est attendue avant la signature.`);
}

/** One convention's aid, payments received, exempted base and « Et si… ». */
export function conventionAid(db: Database, id: number, today: string): ConventionAid {
  const c = followed(db, id);
  const doc = documentOf(db, c);
  const received = listReceivedPayments(db, c.id);
  const r = reconcileAid(doc, received.map(asReceived), today);
  const ex = exemptedBase(doc);
  const whatIf = whatIfEndedOn(doc, today);
  return {
    today,
    ...header(c),
    lines: r.lines.map((l) => plainLine(l, true)),
    expectedToDateCents: r.expectedToDateCents,
    receivedCents: r.receivedCents,
    differences: r.differences,
    received: received.map((p) => ({ ...asReceived(p), source: p.source, reference: p.reference })),
    exemption: ex ? { months: ex.months, totalBaseCents: ex.totalBaseCents, endsOn: ex.endsOn, trace: ex.trace } : null,
    whatIf: whatIf ? { ...whatIf, receivedBeforeCents: received.filter((p) => p.receivedOn < today).reduce((s, p) => s + p.amountCents, 0) } : null,
  };
}

function receivedByConvention(db: Database): Map<number, ReceivedAid[]> {
  const map = new Map<number, ReceivedAid[]>();
  for (const r of listAllReceivedPayments(db)) map.set(r.conventionId, [...(map.get(r.conventionId) ?? []), asReceived(r)]);
  return map;
}

/** Every followed convention reconciled: one row each, and every difference with its explanation. */
export function aidsOverview(db: Database, today: string): ChannelOutput<'aids.overview'> {
  const received = receivedByConvention(db);
  const conventions: ChannelOutput<'aids.overview'>['conventions'] = [];
  const differences: ChannelOutput<'aids.overview'>['differences'] = [];
  for (const c of listFollowedConventions(db)) {
    const r = reconcileAid(documentOf(db, c), received.get(c.id) ?? [], today);
    const periods = r.lines
      .filter((l) => l.due !== null)
      .map((l) => ({ label: l.label, periodStart: l.periodStart, periodEnd: l.periodEnd, expectedCents: l.expectedCents }));
    const awaiting = r.lines.filter((l) => l.status === 'non_recu').length;
    conventions.push({
      ...header(c),
      expectedToDateCents: r.expectedToDateCents,
      receivedCents: r.receivedCents,
      differences: r.differences,
      awaiting,
      periods,
    });
    for (const l of r.lines) {
      if (l.status === 'ecart' || l.status === 'non_prevu') differences.push({ ...header(c), line: plainLine(l, false) });
    }
  }
  return { today, conventions, differences };
}

/** Every line of every followed convention, for the accountant's CSV (expected, received, difference per period). */
export function aidLines(db: Database, today: string): { convention: ReturnType<typeof header>; line: ReturnType<typeof plainLine> }[] {
  const received = receivedByConvention(db);
  return listFollowedConventions(db).flatMap((c) =>
    reconcileAid(documentOf(db, c), received.get(c.id) ?? [], today).lines.map((l) => ({ convention: header(c), line: plainLine(l, false) })),
  );
}

/** The exempted base of every followed convention, month by month and employee. */
export function exemptionTable(db: Database): ChannelOutput<'aids.exemptions'> {
  const rows: ChannelOutput<'aids.exemptions'>['rows'] = [];
  const refs = new Set<string>();
  for (const c of listFollowedConventions(db)) {
    const ex = exemptedBase(documentOf(db, c));
    if (!ex) continue;
    for (const p of ex.trace.parameters) refs.add(p.legalRef);
    for (const m of ex.months) rows.push({ month: m.month, ...header(c), baseCents: m.baseCents });
  }
  rows.sort((a, b) =>
    a.month < b.month ? -1 : a.month > b.month ? 1 : a.employeeName.localeCompare(b.employeeName, 'fr') || a.number.localeCompare(b.number),
  );
  return { months: [...new Set(rows.map((r) => r.month))], rows, legalRefs: [...refs] };
}

/** Records a payment typed by the employer, in one transaction with its audit entry; returns the convention's aid. */
export function recordReceivedPayment(sc: ServiceContext, today: string, input: ParsedInput<'aids.recordPayment'>): ConventionAid {
  const { db } = sc;
  const actor = actorOf(sc);
  inTransaction(db, () => {
    const c = followed(db, input.conventionId);
    if (input.receivedOn > today) {
      throw new AppError(
        'INVALID_INPUT',
        `Date de réception du ${formatDateFr(input.receivedOn)} : elle ne peut pas suivre aujourd’hui (${formatDateFr(today)}).`,
      );
    }
    const doc = documentOf(db, c);
    const hiredOn = doc.contract?.hiredOn ?? c.startsOn;
    const lastDay = lastPlannedDay(doc, c);
    if (input.periodEnd < hiredOn || (lastDay !== null && input.periodStart > lastDay)) {
      throw new AppError(
        'INVALID_INPUT',
        `La période du ${formatDateFr(input.periodStart)} au ${formatDateFr(input.periodEnd)} est hors de la convention ${c.number} (du ${formatDateFr(hiredOn)}${lastDay ? ` au ${formatDateFr(lastDay)}` : ''}).`,
      );
    }
    const row = {
      conventionId: c.id,
      receivedOn: input.receivedOn,
      amountCents: input.amountCents,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
    };
    if (findSameTypedPayment(db, row)) {
      throw new AppError(
        'CONFLICT',
        `Ce versement (${formatDateFr(input.receivedOn)}, même montant, même période) est déjà enregistré pour la convention ${c.number}.`,
      );
    }
    const at = sc.now();
    const id = insertReceivedPayment(db, { ...row, source: 'saisie', reference: input.reference ?? '', lotId: null, lineNo: null, at, by: actor });
    appendAudit(db, { at, actor, action: 'aids.recordPayment', entity: 'convention', entityId: c.id, details: { paymentId: id, ...row } });
  });
  return conventionAid(db, input.conventionId, today);
}

/** The planned last day (renewals included, before any early end): a payment may be received for a period after an early end. */
function lastPlannedDay(doc: ConventionDocument, c: FollowedConvention): string | null {
  const ends = [doc.contract?.plannedEnd, ...(doc.renewals ?? []).map((r) => r.to), c.endsOn].filter((d): d is string => typeof d === 'string' && d !== '');
  return ends.length > 0 ? ends.reduce((a, b) => (a > b ? a : b)) : null;
}

/** Deletes a typed payment (an imported one is refused: its return file is the proof), with its audit entry. */
export function deleteReceivedPayment(sc: ServiceContext, today: string, id: number): ConventionAid {
  const { db } = sc;
  const conventionId = inTransaction(db, () => {
    const p = findReceivedPayment(db, id);
    if (!p) throw new AppError('NOT_FOUND', `Le versement n° ${id} n’existe pas (ou plus).`);
    if (p.source !== 'saisie' || !deleteTypedPayment(db, id)) {
      throw new AppError('CONFLICT', 'Ce versement vient d’un fichier retour de l’organisme payeur : il ne se supprime pas (le fichier en fait foi).');
    }
    const { receivedOn, amountCents, periodStart, periodEnd } = p;
    appendAudit(db, {
      at: sc.now(),
      actor: actorOf(sc),
      action: 'aids.deletePayment',
      entity: 'convention',
      entityId: p.conventionId,
      details: { paymentId: id, receivedOn, amountCents, periodStart, periodEnd },
    });
    return p.conventionId;
  });
  return conventionAid(db, conventionId, today);
}
