/**
 * The Échanges screen's reads: the list of lots (lots.ts) and one
 * lot with its lines, each rejection
 * explained in French (shared/domain/rejections.ts) with the record to open
 * and, for a rejected convention or avenant, what may be corrected in place.
 * A line of an imported convention package that could not be applied
 * (NON_APPLIQUEE) is explained as the workspace's own, not as the payment
 * organisation's rejection.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput } from '../../../shared/api/contract';
import type { LineRow as LineOut } from '../../../shared/api/exchanges-contract';
import { AppError } from '../../../shared/api/result';
import { EVENT_KIND_LABELS, type EventKind, type VersionKind } from '../../../shared/domain/enums';
import { isLineStatus, RECORD_KIND_LABELS } from '../../../shared/domain/exchange-lines';
import { CORRECTABLE_BY_VERSION_KIND, explainRejection, type CorrectableField } from '../../../shared/domain/rejections';
import { formatDateFr } from '../../../shared/format/date';
import { maskNir } from '../../../shared/format/nir';
import { laterLineOf, linesOfLot, paymentsOfLot, type LineRow } from '../../db/repositories/exchanges/lines';
import { findLot } from '../../db/repositories/exchanges/lots';
import { pendingRecords } from '../../sync/records';
import { findExchangeIdentity } from '../../sync/workspace-id';
import { alertDaysOf, countsByLot, lotRow, lotView } from './lots';

const bpToPercent = (bp: number | null): string | null => (bp === null ? null : String(bp / 100));

function target(line: LineRow): LineOut['target'] {
  if (line.conventionId === null) return null;
  // A line of a convention package carries the whole convention: it opens the convention (when it is known here).
  if (line.recordKind === 'CONVENTION_FILE') {
    return {
      conventionId: line.conventionId,
      section: 'versions',
      avenantIndex: null,
      eventId: null,
      denunciationId: null,
      description: RECORD_KIND_LABELS.CONVENTION_FILE,
    };
  }
  if (line.ref === null) return null;
  const [kind, rawId] = line.ref.split(':') as [string, string];
  const id = Number(rawId);
  const base = { conventionId: line.conventionId, avenantIndex: null, eventId: null, denunciationId: null };
  if (kind === 'version' && line.avenantIndex !== null) {
    const description = line.avenantIndex === 0 ? 'Convention initiale' : `Avenant n° ${line.avenantIndex}`;
    return { ...base, section: 'versions', avenantIndex: line.avenantIndex, description };
  }
  if (kind === 'event') {
    const label = EVENT_KIND_LABELS[line.eventKind as EventKind];
    return { ...base, section: 'evenements', eventId: id, description: label ? `Événement : ${label.toLowerCase()}` : 'Événement' };
  }
  if (kind === 'denunciation') return { ...base, section: 'denonciation', denunciationId: id, description: 'Dénonciation' };
  // A proof of activity (`activity:<convention id>:<first day of its period>`) opens the convention's Activité tab.
  if (kind === 'activity') {
    const start = line.ref.split(':')[2] ?? '';
    return { ...base, section: 'activite', description: `Justificatif d’activité de la période commençant le ${formatDateFr(start)}` };
  }
  return null;
}

/** What may be corrected in place on a rejected version line, or why not. */
function correction(line: LineRow, fields: readonly CorrectableField[]): Pick<LineOut, 'correction' | 'correctionBlocked'> {
  const none = { correction: null, correctionBlocked: null };
  if (line.status !== 'rejected' || line.versionId === null || line.avenantIndex === null) return none;
  if (line.conventionStatus === 'brouillon' || line.conventionStatus === 'a_signer') {
    return { correction: null, correctionBlocked: 'La convention n’est plus signée : terminez son instruction, elle repartira à sa signature.' };
  }
  if (line.latestVersion !== 1) {
    return {
      correction: null,
      correctionBlocked:
        'Un avenant a suivi cette version : elle ne se corrige plus sur place. Corrigez par un nouvel avenant, ou contactez l’organisme payeur.',
    };
  }
  const allowed = CORRECTABLE_BY_VERSION_KIND[line.versionKind as VersionKind] ?? ['nir'];
  const open = fields.filter((f) => allowed.includes(f));
  if (fields.length > 0 && open.length === 0) {
    return {
      correction: null,
      correctionBlocked: 'Ce type d’avenant ne porte pas la donnée refusée : corrigez par un nouvel avenant, ou contactez l’organisme payeur.',
    };
  }
  if (open.length === 0) return none;
  return {
    correction: {
      versionId: line.versionId,
      avenantIndex: line.avenantIndex,
      fields: open,
      values: {
        weeklyHours: line.weeklyHours,
        startsOn: line.versionStartsOn,
        endsOn: line.versionEndsOn,
        aidRatePercent: bpToPercent(line.aidRateBp),
        nirMasked: maskNir(line.nir),
      },
    },
    correctionBlocked: null,
  };
}

/** The records of these conventions that would leave with the next lot (corrected rejected lines among them). */
function pendingRefs(db: Database, conventionIds: number[]): Set<string> {
  const identity = findExchangeIdentity(db);
  // No exchange identity yet (agency code, employer SIRET): nothing can leave.
  if (!identity) return new Set();
  return new Set(pendingRecords(db, identity.role, conventionIds).records.map((r) => r.ref));
}

function lineOut(db: Database, line: LineRow, lotId: number, pending: ReadonlySet<string>): LineOut {
  const status = isLineStatus(line.status) ? line.status : 'sent';
  // A rejected line is always explained (without a code: the generic advice); a resent one when it had a code.
  const explained = status === 'rejected' || (status === 'resent' && line.code !== null);
  const explanation = explained ? explainRejection(line.code, line.label, line.versionStartsOn ?? undefined) : null;
  const later = status === 'resent' && line.ref !== null ? laterLineOf(db, line.ref, lotId) : undefined;
  return {
    lineNo: line.lineNo,
    conventionId: line.conventionId,
    conventionNumber: line.conventionNumber,
    recordKind: line.recordKind,
    status,
    code: line.code,
    label: line.label,
    explanation,
    resentIn: later ? { lotId: later.lotId, fileName: later.fileName, sequence: later.sequence, lineNo: later.lineNo } : null,
    target: target(line),
    ...correction(line, explanation?.fields ?? []),
    correctedPending: status === 'rejected' && line.ref !== null && pending.has(line.ref),
  };
}

export function lotDetail(db: Database, lotId: number, today: string): ChannelOutput<'exchanges.lot'> {
  const lot = findLot(db, lotId);
  if (!lot) throw new AppError('NOT_FOUND', `Le lot n° ${lotId} n’existe pas (ou plus) dans cet espace de travail.`);
  const row = lotRow(lotView(lot, countsByLot(db, lotId).get(lotId), today, alertDaysOf(db)));
  const lines = linesOfLot(db, lotId);
  const rejectedIn = [...new Set(lines.flatMap((l) => (l.status === 'rejected' && l.conventionId !== null ? [l.conventionId] : [])))];
  const pending = rejectedIn.length ? pendingRefs(db, rejectedIn) : new Set<string>();
  return { lot: row, lines: lines.map((l) => lineOut(db, l, lotId, pending)), payments: paymentsOfLot(db, lotId) };
}
