/**
 * The columns of a convention version, a contract event and a dénonciation
 * as the repositories read and write them (camelCase), declared once: each
 * repository adds its own keys (ids, the employer as id or SIRET, the stored
 * or parsed document). Weekly hours are not columns: the document holds
 * them (migration 0006, versions/hours.ts); nor are the hiring date, the ROME
 * code and the job title (migration 0030, exchanges/package-read.ts).
 */
import type { EventKind, VersionKind } from '../../../shared/domain/enums';

export interface VersionColumns {
  kind: VersionKind;
  filedOn: string | null;
  signedOn: string | null;
  startsOn: string;
  endsOn: string | null;
  contractType: 'CDD' | 'CDI';
  monthlyGrossCents: number | null;
  aidRateBp: number | null;
  totalAidCents: number | null;
}

/** `paid` as stored: 0, 1 or null. */
export interface EventColumns {
  kind: EventKind;
  occurredOn: string;
  endsOn: string | null;
  reason: string | null;
  initiative: 'EMPLOYEE' | 'EMPLOYER' | null;
  paid: number | null;
  reportedOn: string | null;
}

export interface DenunciationColumns {
  grounds: string;
  intentNotifiedOn: string;
  observationsDeadline: string;
  observationsReceivedOn: string | null;
  observations: string | null;
  decision: 'DENOUNCED' | 'MAINTAINED' | null;
  decisionNotifiedOn: string | null;
  decisionReason: string | null;
  appealDeadline: string | null;
  repaymentCents: number | null;
  exemptedBaseCents: number | null;
  contributionsDueOn: string | null;
  paymentOrganisationInformedOn: string | null;
  collectorInformedOn: string | null;
}
