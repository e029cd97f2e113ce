/**
 * What a valid return file would change, checked against the database before
 * anything is written: the recipient, the sequence (a file older than one
 * already applied is refused, the same file again changes nothing), the lot it
 * answers (known, same checksum, every line answered once) and the payments.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { lotLineNumbers, outboundLot, paymentsFor, rejectedLine, type KnownLot } from '../db/repositories/exchanges/inbound';
import { formatDateFr } from '../../shared/format/date';
import { LOT_STATUS_LABELS, type LotStatus } from '../../shared/domain/enums';
import { checkInboundOrder } from './inbound-order';
import type { ReturnFile } from './schemas';
import type { ExchangeIdentity } from './workspace-id';

/** A rejected line of the answered lot, with what its report shows (its record's kind and convention, the code and label). */
interface RejectedLine {
  lineNo: number;
  conventionNumber: string | null;
  recordKind: string;
  code: string;
  label: string;
}

/**
 * The answer to a lot: its status, how many of its lines are accepted (every
 * line not rejected: the plan refuses a file that leaves one unanswered) and
 * the rejected ones. A count, not 100,000 objects (issue #16).
 */
interface LotAnswer {
  lot: KnownLot;
  status: 'accepted' | 'partly_rejected' | 'rejected';
  accepted: number;
  rejected: RejectedLine[];
}

interface PaymentChange {
  lineNo: number;
  conventionId: number;
  conventionNumber: string;
  periodStart: string;
  periodEnd: string;
  amountCents: number;
  paidOn: string;
}

export interface ImportPlan {
  emitter: string;
  sequence: number;
  sha256: string;
  answers: LotAnswer | null;
  payments: PaymentChange[];
  /** Lines applied to nothing, with why: listed, never dropped silently. */
  ignored: { lineNo: number; reason: string }[];
}

export type PlanOutcome = { kind: 'refused'; reasons: string[] } | { kind: 'already'; lot: KnownLot } | { kind: 'ready'; plan: ImportPlan };

function answeredLot(db: Database, identity: ExchangeIdentity, file: ReturnFile, onLine: () => void): LotAnswer | string[] {
  const answers = file.header.answers!;
  const lot = outboundLot(db, identity.emitter, answers.sequence);
  if (!lot) return [`En-tête, champ « numéro du lot auquel le fichier répond » : aucun lot n° ${answers.sequence} n’a été envoyé par ${identity.emitter}.`];
  if (lot.sha256 !== answers.sha256) {
    return [`En-tête, champ « somme de contrôle du lot auquel le fichier répond » : ne correspond pas au lot n° ${answers.sequence} envoyé (${lot.fileName}).`];
  }
  // A ready lot the organisation answers was handed over by other means than the screen's download.
  if (lot.status !== 'sent' && lot.status !== 'ready') {
    return [
      `Le lot n° ${answers.sequence} (${lot.fileName}) ${lot.status === 'prepared' ? 'n’a jamais été terminé' : `a déjà reçu sa réponse (statut « ${LOT_STATUS_LABELS[lot.status as LotStatus] ?? lot.status} »)`}.`,
    ];
  }
  // Each line of the lot by its number: 0 not in the lot, 1 in it, 2 answered (a lot's lines are numbered from 1, mostly without gaps).
  const numbers = lotLineNumbers(db, lot.id);
  const state = new Uint8Array((numbers.at(-1) ?? 0) + 1);
  for (const n of numbers) state[n] = 1;
  const reasons: string[] = [];
  const rejected: RejectedLine[] = [];
  let accepted = 0;
  for (const line of file.lines) {
    if (line.record === 'PAYMENT') continue;
    onLine();
    const n = line.lotLineNo;
    if (!(n < state.length && state[n]))
      reasons.push(`ligne ${line.lineNo}, champ « ligne du lot concernée » : le lot n° ${answers.sequence} n’a pas de ligne ${n}.`);
    else if (state[n] === 2) reasons.push(`ligne ${line.lineNo}, champ « ligne du lot concernée » : la ligne ${n} du lot a déjà une réponse plus haut.`);
    else {
      state[n] = 2;
      // Named only where the report shows it: a rejected line (one lookup each, not 100,000).
      if (line.record === 'REJECTED') rejected.push({ lineNo: n, ...rejectedLine(db, lot.id, n), code: line.code, label: line.label });
      else accepted++;
    }
  }
  const missing = numbers.filter((n) => state[n] === 1);
  if (missing.length) reasons.push(`Réponse incomplète : les lignes ${missing.slice(0, 10).join(', ')} du lot n° ${answers.sequence} n’ont pas de résultat.`);
  if (reasons.length) return reasons;
  const status = rejected.length === 0 ? 'accepted' : accepted === 0 ? 'rejected' : 'partly_rejected';
  return { lot, status, accepted, rejected };
}

/** `onLine` is told of each line of the file checked (the progress of a preview). */
export function planImport(db: Database, identity: ExchangeIdentity, file: ReturnFile, onLine: () => void = () => {}): PlanOutcome {
  const { header } = file;
  if (header.recipient !== identity.emitter) {
    return {
      kind: 'refused',
      reasons: [`En-tête, champ « destinataire » : ce fichier est destiné à ${header.recipient}, pas à cet espace de travail (${identity.emitter}).`],
    };
  }
  const order = checkInboundOrder(db, header, { the: 'Le fichier', bare: 'Fichier' });
  if (order) return order;
  let answers: ImportPlan['answers'] = null;
  if (header.answers) {
    const found = answeredLot(db, identity, file, onLine);
    if (Array.isArray(found)) return { kind: 'refused', reasons: found };
    answers = found;
  } else if (file.lines.some((l) => l.record !== 'PAYMENT')) {
    return { kind: 'refused', reasons: ['En-tête, champ « lot auquel le fichier répond » : des résultats de lignes sans lot de référence.'] };
  }
  const payments: PaymentChange[] = [];
  const ignored: ImportPlan['ignored'] = [];
  const paymentLines = file.lines.filter((line) => line.record === 'PAYMENT');
  const matches = paymentsFor(db, paymentLines);
  paymentLines.forEach((line, i) => {
    onLine();
    const found = matches[i]!;
    if (!found.conventionKnown) ignored.push({ lineNo: line.lineNo, reason: `convention ${line.conventionNumber} inconnue dans cet espace de travail` });
    else if (found.conventionId === undefined) {
      ignored.push({
        lineNo: line.lineNo,
        reason: `convention ${line.conventionNumber} : aucune échéance du ${formatDateFr(line.periodStart)} au ${formatDateFr(line.periodEnd)}`,
      });
    } else {
      const { periodStart, periodEnd, amountCents, paidOn, conventionNumber, lineNo } = line;
      payments.push({
        lineNo,
        conventionId: found.conventionId,
        conventionNumber,
        periodStart,
        periodEnd,
        amountCents,
        paidOn,
      });
    }
  });
  return { kind: 'ready', plan: { emitter: header.emitter, sequence: header.sequence, sha256: header.sha256, answers, payments, ignored } };
}
