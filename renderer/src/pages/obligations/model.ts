/**
 * The « Obligations » screen's model: the words and colours of each state and
 * kind, the filters (« À faire », « Faites », « Toutes », by kind), the
 * start-up summary's sentence, what a done item says, and where an item's
 * button leads. Pure: the page, the dashboard card and the start-up summary
 * share it.
 */
import type { MantineColor } from '@mantine/core';
import type { ReportedFactRef } from '../../../../shared/api/documents-contract';
import type { ObligationAction, ObligationItem, ObligationKind, ObligationList, ObligationState } from '../../../../shared/api/obligations-contract';
import { OBLIGATION_KINDS } from '../../../../shared/api/obligations-contract';
import { formatDateFr } from '../../../../shared/format/date';

/** Each state in words (the colour only repeats it). */
export const STATE_LABELS: Record<ObligationState, string> = {
  en_retard: 'En retard',
  a_faire: 'À faire',
  a_venir: 'À venir',
  fait: 'Fait',
};

export const STATE_HINTS: Record<ObligationState, string> = {
  en_retard: 'L’échéance est passée',
  a_faire: 'Échéance dans les 30 jours',
  a_venir: 'Échéance dans plus de 30 jours',
  fait: 'Fait, avec sa date et qui l’a fait',
};

export const STATE_COLORS: Record<ObligationState, MantineColor> = {
  en_retard: 'red',
  a_faire: 'orange',
  a_venir: 'gray',
  fait: 'green',
};

export const KIND_LABELS: Record<ObligationKind, string> = {
  RENEWAL_REQUEST: 'Demande de renouvellement',
  EVENT_REPORT: 'Déclaration d’un événement',
  PROOF_OF_ACTIVITY: 'Justificatif d’activité',
  PAY_BELOW_SMIC: 'Salaire au niveau du SMIC',
  HOURS_PROGRAMME: 'Programme de répartition des heures',
  DENUNCIATION: 'Observations sur une dénonciation',
  STAFF_REPRESENTATIVES_REPORT: 'Rapport aux représentants du personnel',
};

/** Which items the list shows: still to do (the default), done, or all. */
export const SHOW_OPTIONS = ['a_faire', 'faites', 'toutes'] as const;
export type Show = (typeof SHOW_OPTIONS)[number];

export const SHOW_LABELS: Record<Show, string> = { a_faire: 'À faire', faites: 'Faites', toutes: 'Toutes' };

const SHOWN: Record<Show, (state: ObligationState) => boolean> = {
  a_faire: (s) => s !== 'fait',
  faites: (s) => s === 'fait',
  toutes: () => true,
};

export interface Filters {
  show: Show;
  /** One kind, or every kind (''). */
  kind: ObligationKind | '';
}

export const DEFAULT_FILTERS: Filters = { show: 'a_faire', kind: '' };

/** The items the filters keep, in the list's order (due dates first). */
export function filterItems(items: readonly ObligationItem[], filters: Filters): ObligationItem[] {
  return items.filter((i) => SHOWN[filters.show](i.state) && (filters.kind === '' || i.kind === filters.kind));
}

/** How many items each « show » option keeps, within the kind chosen. */
export function countByShow(items: readonly ObligationItem[], kind: Filters['kind']): Record<Show, number> {
  const within = items.filter((i) => kind === '' || i.kind === kind);
  return {
    a_faire: within.filter((i) => SHOWN.a_faire(i.state)).length,
    faites: within.filter((i) => SHOWN.faites(i.state)).length,
    toutes: within.length,
  };
}

/** The kinds present, in the contract's order, each with how many items the « show » option keeps. */
export function kindsPresent(items: readonly ObligationItem[], show: Show): { kind: ObligationKind; count: number }[] {
  return OBLIGATION_KINDS.filter((k) => items.some((i) => i.kind === k)).map((kind) => ({
    kind,
    count: items.filter((i) => i.kind === kind && SHOWN[show](i.state)).length,
  }));
}

type Summary = ObligationList['summary'];

/** Whether the start-up summary has something to say: an item overdue or due within 30 days. */
export const needsAttention = (summary: Summary): boolean => summary.overdue > 0 || summary.dueWithin30Days > 0;

/** « 3 en retard, 2 à faire dans les 30 jours »; « Rien en retard ni à faire dans les 30 jours » when both are nil. */
export function summarySentence(summary: Summary): string {
  const parts = [
    summary.overdue > 0 ? `${summary.overdue} en retard` : null,
    summary.dueWithin30Days > 0 ? `${summary.dueWithin30Days} à faire dans les 30 jours` : null,
  ].filter((p) => p !== null);
  return parts.length ? parts.join(', ') : 'Rien en retard ni à faire dans les 30 jours';
}

/** The first `n` overdue items, oldest due date first (the list's order). */
export const firstOverdue = (items: readonly ObligationItem[], n: number): ObligationItem[] => items.filter((i) => i.state === 'en_retard').slice(0, n);

/** « Fait le 10/11/2007 par Jeanne ROUX » (a mark); « Fait le 10/11/2007 (date saisie dans la convention) » (a recorded fact). */
export function doneText(done: NonNullable<ObligationItem['done']>): string {
  return done.how === 'marque' ? `Fait le ${formatDateFr(done.on)} par ${done.by}` : `Fait le ${formatDateFr(done.on)} (${done.by})`;
}

/** The due date, and the legal limit when the item is shown due earlier: « 15/05/2009 », « limite légale le 15/06/2009 ». */
export function dueTexts(item: Pick<ObligationItem, 'due' | 'legalDue'>): { due: string; legal: string | null } {
  return { due: formatDateFr(item.due), legal: item.legalDue && item.legalDue !== item.due ? `limite légale le ${formatDateFr(item.legalDue)}` : null };
}

/** The convention page's `?onglet=` for a `convention` action's tab: its own page opens on its default section. */
const CONVENTION_TABS: Record<Extract<ObligationAction, { kind: 'convention' }>['tab'], string | null> = {
  convention: null,
  activite: 'activite',
  aides: 'aides',
};

/** Where an action that opens a screen leads (`proof`, `convention`; a declaration without its fact's rank shows the convention's events). */
export function actionPath(action: ObligationAction): string {
  switch (action.kind) {
    case 'proof':
      return `/conventions/${action.conventionId}?onglet=activite&periode=${action.periodStart}`;
    case 'convention': {
      const tab = CONVENTION_TABS[action.tab];
      return tab ? `/conventions/${action.conventionId}?onglet=${tab}` : `/conventions/${action.conventionId}`;
    }
    case 'declaration':
      return `/conventions/${action.conventionId}?onglet=evenements`;
    case 'report':
      return '/personnel';
  }
}

/** The words of an item's button. */
export function actionLabel(item: Pick<ObligationItem, 'kind' | 'action'>): string {
  switch (item.action.kind) {
    case 'declaration':
      return item.action.index === null ? 'Voir les événements' : 'Déclaration (PDF)';
    case 'report':
      return 'Rapport (PDF)';
    case 'proof':
      return 'Ouvrir le justificatif';
    case 'convention':
      return item.kind === 'RENEWAL_REQUEST' ? 'Préparer la demande' : item.action.tab === 'aides' ? 'Voir l’aide' : 'Ouvrir la convention';
  }
}

/**
 * The fact a `declaration` action prints (`documents.eventDeclarationPdf`): a
 * contrat d'avenir's renewal by its rank, any other reported fact by its rank
 * in the convention's events; null without a rank (the convention's events
 * then show it).
 */
export function declarationFact(action: Extract<ObligationAction, { kind: 'declaration' }>): ReportedFactRef | null {
  if (action.index === null) return null;
  return { kind: action.event === 'RENEWAL' ? 'RENEWAL' : 'EVENT', index: action.index };
}
