/**
 * The lines of the exchanged lots (docs/exchange-format.md, « Cycle de vie »):
 * prepared → sent → accepted or rejected → resent when the corrected record
 * leaves in a later lot; and what each line carries, in French.
 */
export const LINE_STATUSES = ['prepared', 'sent', 'accepted', 'rejected', 'resent'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

export const LINE_STATUS_LABELS: Record<LineStatus, string> = {
  prepared: 'Préparée',
  sent: 'Envoyée',
  accepted: 'Acceptée',
  rejected: 'Rejetée',
  resent: 'Corrigée et renvoyée',
};

/** « Acceptées (131) »: the lines of one status, in a filter. */
const LINE_STATUS_PLURALS: Record<LineStatus, string> = {
  prepared: 'Préparées',
  sent: 'Envoyées',
  accepted: 'Acceptées',
  rejected: 'Rejetées',
  resent: 'Corrigées et renvoyées',
};

/**
 * A line of a convention package received by an employer is applied here or
 * not: the payment organisation has no part in it, so « acceptée » and
 * « rejetée » would mislead.
 */
const PACKAGE_LINE_WORDS: Partial<Record<LineStatus, [one: string, many: string]>> = {
  accepted: ['Appliquée', 'Appliquées'],
  rejected: ['Non appliquée', 'Non appliquées'],
};

/** The label of a line's status; `packageLine` for a line of a convention package (record CONVENTION_FILE). */
export function lineStatusLabel(status: LineStatus, packageLine: boolean, plural = false): string {
  const words = packageLine ? PACKAGE_LINE_WORDS[status] : undefined;
  if (words) return plural ? words[1] : words[0];
  return plural ? LINE_STATUS_PLURALS[status] : LINE_STATUS_LABELS[status];
}

export type RecordKind = 'CONVENTION' | 'AVENANT' | 'EVENT' | 'DENUNCIATION' | 'PROOF_OF_ACTIVITY' | 'CONVENTION_FILE';

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  CONVENTION: 'Convention',
  AVENANT: 'Avenant',
  EVENT: 'Événement',
  DENUNCIATION: 'Dénonciation',
  PROOF_OF_ACTIVITY: 'Justificatif trimestriel',
  CONVENTION_FILE: 'Dossier de convention',
};

export function isLineStatus(value: string): value is LineStatus {
  return (LINE_STATUSES as readonly string[]).includes(value);
}
