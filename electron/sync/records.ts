/** The records not yet sent (or rejected and corrected since): the content of the next outbound lots. */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import {
  contractEvents,
  decidedDenunciations,
  lastSentLines,
  signedVersions,
  type ConventionScope,
  type VersionRow,
} from '../db/repositories/exchanges/outbound';
import { RECORD_KIND_LABELS, type RecordKind } from '../../shared/domain/exchange-lines';
import { canonicalJson, sha256Hex } from './canonical';
import { proofRecords } from './proofs';
import type { OutboundLine } from './schemas';

/** A line's payload: a lot line without its number. */
type Payload = OutboundLine extends infer L ? (L extends OutboundLine ? Omit<L, 'lineNo'> : never) : never;

export interface PendingRecord {
  ref: string;
  conventionId: number;
  payload: Payload;
  payloadSha256: string;
}

export interface PendingRecords {
  records: PendingRecord[];
  /** Rejected lines whose record has not changed since: they wait for a correction (« 069-0608-69012-00001 (convention) »). */
  awaitingCorrection: string[];
}

function versionPayload(v: VersionRow): Payload {
  return {
    record: v.avenantIndex === 0 ? 'CONVENTION' : 'AVENANT',
    conventionNumber: v.number,
    measure: v.measure,
    avenantIndex: v.avenantIndex,
    versionKind: v.kind,
    employer: { siret: v.siret, name: v.employerName },
    employee: { nir: v.nir, lastName: v.lastName, firstNames: v.firstNames, birthDate: v.birthDate },
    signedOn: v.signedOn,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    contractType: v.contractType,
    weeklyMinutes: v.weeklyMinutes,
    monthlyGrossCents: v.monthlyGrossCents,
    aidRateBp: v.aidRateBp,
    totalAidCents: v.totalAidCents,
  };
}

/** Every record the workspace can send, in a stable order (convention number, then versions, events, dénonciations). */
function allRecords(db: Database, role: 'agence' | 'employeur', only: ConventionScope): Omit<PendingRecord, 'payloadSha256'>[] {
  const records: (Omit<PendingRecord, 'payloadSha256'> & { number: string; rank: number })[] = [];
  // The agency sends conventions, avenants and dénonciations; both roles declare events, the employer only
  // those the agency does not know (an event the agency's package brought is declared by the agency).
  if (role === 'agence') {
    for (const v of signedVersions(db, only)) {
      records.push({ ref: `version:${v.versionId}`, conventionId: v.conventionId, number: v.number, rank: 0, payload: versionPayload(v) });
    }
  }
  for (const e of contractEvents(db, role === 'employeur', only)) {
    const payload: Payload = {
      record: 'EVENT',
      conventionNumber: e.number,
      eventKind: e.kind,
      occurredOn: e.occurredOn,
      endsOn: e.endsOn,
      reason: e.reason,
      initiative: e.initiative,
      paid: e.paid === null ? null : e.paid === 1,
      weeklyMinutes: e.weeklyMinutes,
      newEmployerSiret: e.newEmployerSiret,
      reportedOn: e.reportedOn,
    };
    records.push({ ref: `event:${e.eventId}`, conventionId: e.conventionId, number: e.number, rank: 1, payload });
  }
  if (role === 'agence') {
    for (const d of decidedDenunciations(db, only)) {
      const payload: Payload = {
        record: 'DENUNCIATION',
        conventionNumber: d.number,
        grounds: d.grounds,
        decisionNotifiedOn: d.decisionNotifiedOn,
        repaymentCents: d.repaymentCents,
        exemptedBaseCents: d.exemptedBaseCents,
        contributionsDueOn: d.contributionsDueOn,
      };
      records.push({ ref: `denunciation:${d.denunciationId}`, conventionId: d.conventionId, number: d.number, rank: 2, payload });
    }
  }
  // The employer's proofs of activity, each period once its months are recorded and checked (proofs.ts).
  if (role === 'employeur') {
    for (const p of proofRecords(db, only)) records.push({ ref: p.ref, conventionId: p.conventionId, number: p.number, rank: 3, payload: p.payload });
  }
  // Stable sort: within a convention and rank, the query order (avenant index, date, id) stays.
  records.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : a.rank - b.rank));
  return records.map(({ ref, conventionId, payload }) => ({ ref, conventionId, payload }));
}

/**
 * `only`: the records of these conventions alone (null: the whole workspace, as an export needs);
 * `kinds`: of these kinds alone (the proofs of activity sent from a convention's Activité tab).
 */
export function pendingRecords(db: Database, role: 'agence' | 'employeur', only: ConventionScope = null, kinds?: readonly RecordKind[]): PendingRecords {
  const sent = lastSentLines(db);
  const records: PendingRecord[] = [];
  const awaitingCorrection: string[] = [];
  for (const record of allRecords(db, role, only)) {
    if (kinds && !kinds.includes(record.payload.record)) continue;
    const payloadSha256 = sha256Hex(canonicalJson(record.payload));
    const last = sent.get(record.ref);
    if (last && last.status !== 'rejected') continue;
    if (last && last.payloadSha256 === payloadSha256) {
      awaitingCorrection.push(`${record.payload.conventionNumber} (${RECORD_KIND_LABELS[record.payload.record].toLowerCase()})`);
      continue;
    }
    records.push({ ...record, payloadSha256 });
  }
  return { records, awaitingCorrection };
}
