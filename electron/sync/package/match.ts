/**
 * How the records of one package line meet what the employer workspace
 * already holds for that convention: events by (kind, day), status changes
 * by (from, to, day), the dénonciation by its notification day. Each local
 * record is matched once; what only the workspace has is left alone.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { denunciationNotifiedOn, eventsOf } from '../../db/repositories/exchanges/package-read';
import { statusChangeKeys } from '../../db/repositories/exchanges/package-write';
import { sameDenunciation, sameEvent } from './compare';
import type { PackageConventionPlan, PackageEventPlan } from './types';
import type { PackageLine, PackageStatusChange } from '../schemas';

const statusKey = (s: PackageStatusChange) => `${s.fromStatus ?? ''}>${s.toStatus}@${s.onDate}`;

/** The package's events matched to the local ones, and the local events the package does not have (kept, reported). */
export function planEvents(
  db: Database,
  conventionId: number | null,
  line: PackageLine,
): { events: PackageEventPlan[]; onlyHere: PackageConventionPlan['eventsOnlyHere'] } {
  const pool = conventionId === null ? [] : eventsOf(db, conventionId);
  const events = line.events.map((e): PackageEventPlan => {
    const at = pool.findIndex((l) => l.kind === e.eventKind && l.occurredOn === e.occurredOn);
    if (at < 0) return { kind: e.eventKind, occurredOn: e.occurredOn, action: 'added', localId: null };
    const [local] = pool.splice(at, 1);
    return { kind: e.eventKind, occurredOn: e.occurredOn, action: sameEvent(local!, e) ? 'kept' : 'updated', localId: local!.id };
  });
  return { events, onlyHere: pool.map((l) => ({ kind: l.kind, occurredOn: l.occurredOn })) };
}

export function planStatusChanges(db: Database, conventionId: number | null, line: PackageLine): number[] {
  const pool = conventionId === null ? [] : statusChangeKeys(db, conventionId);
  const added: number[] = [];
  line.statusHistory.forEach((s, i) => {
    const at = pool.indexOf(statusKey(s));
    if (at < 0) added.push(i);
    else pool.splice(at, 1);
  });
  return added;
}

export function planDenunciation(db: Database, conventionId: number | null, line: PackageLine): PackageConventionPlan['denunciation'] {
  const d = line.denunciation;
  if (!d) return null;
  const local = conventionId === null ? undefined : denunciationNotifiedOn(db, conventionId, d.intentNotifiedOn);
  if (!local) return { action: 'added', localId: null };
  return { action: sameDenunciation(local, d) ? 'kept' : 'updated', localId: local.id };
}
