/**
 * What importing a convention package would do, line by line: the plan that
 * plan.ts decides (with match.ts for events, status changes and the
 * dénonciation), apply.ts writes and report.ts describes.
 */
import type { ConventionStatus, EventKind } from '../../../shared/domain/enums';
import type { KnownLot } from '../../db/repositories/exchanges/inbound';

type PackageChange = 'new' | 'updated' | 'unchanged';
export type ConventionField = 'measure' | 'employer' | 'employee' | 'status' | 'startsOn' | 'endsOn';

export interface PackageEventPlan {
  kind: EventKind;
  occurredOn: string;
  /** added: not known here; updated: known (same kind, same day), takes the agency's details; kept: known and identical. */
  action: 'added' | 'updated' | 'kept';
  localId: number | null;
}

export interface PackageConventionPlan {
  lineNo: number;
  conventionNumber: string;
  change: PackageChange;
  /** The local convention, null when the import creates it. */
  conventionId: number | null;
  /** Columns of the convention that change. */
  fields: ConventionField[];
  status: { from: ConventionStatus | null; to: ConventionStatus };
  /** The employee: an existing one (id) or one created by this import (id null); `key` ties lines naming the same person. */
  employee: { key: string; id: number | null; change: PackageChange };
  /** Avenant indexes. */
  versionsAdded: number[];
  versionsReplaced: number[];
  /** Versions this workspace holds that the package does not: kept as they are. */
  versionsOnlyHere: number[];
  events: PackageEventPlan[];
  /** Events this workspace holds that the package does not (declared by the employer): kept as they are. */
  eventsOnlyHere: { kind: EventKind; occurredOn: string }[];
  /** Indexes in the line's statusHistory of the changes not yet recorded here. */
  statusChangesAdded: number[];
  denunciation: { action: 'added' | 'updated' | 'kept'; localId: number | null } | null;
}

export interface PackagePlan {
  emitter: string;
  recipient: string;
  sequence: number;
  sha256: string;
  /** This employer workspace had no employer yet: the recipient becomes its own. */
  adoptsRecipient: boolean;
  /** Employers created or brought up to date, in the order they are written (the recipient first). */
  employers: { siret: string; name: string; change: 'new' | 'updated' }[];
  conventions: PackageConventionPlan[];
  /** Lines applied to nothing, with why. */
  ignored: { lineNo: number; conventionNumber: string; reason: string }[];
}

export type PackagePlanOutcome = { kind: 'refused'; reasons: string[] } | { kind: 'already'; lot: KnownLot } | { kind: 'ready'; plan: PackagePlan };
