/**
 * A person's timeline on aided contracts, from the stored versions and facts
 * of their conventions: hiring, renewals, hours changes, suspensions, trial
 * periods elsewhere, ruptures, employer substitution, dénonciation, the
 * support and training actions and the tutor of the convention's `support`
 * block, and the end. Pure (the day is given), in French, dates JJ/MM/AAAA.
 */
import { formatFrHours } from '../format/input';
import { formatDateFr } from '../format/date';
import { formatDay, parseDay, weeklyHoursOn, type ConventionDocument } from '../rules/index';
import type { Measure } from '../rules/vocabulary';
import { isDeclaredEvent } from './declarations';
import { formatAvenantIndex } from './numbering';
import { MEASURE_LABELS, RUPTURE_REASON_LABELS, SUSPENSION_REASON_LABELS, type ConventionStatus, type VersionKind } from './enums';
import { summarizeSupport } from './support-lines';

export const TIMELINE_KINDS = [
  'HIRING',
  'SUPPORT',
  'TUTOR',
  'SUPPORT_ACTION',
  'RENEWAL',
  'HOURS_CHANGE',
  'EMPLOYER_SUBSTITUTION',
  'MODIFICATION',
  'SUSPENSION',
  'TRIAL_PERIOD_ELSEWHERE',
  'RUPTURE',
  'DENUNCIATION_INTENT',
  'DENUNCIATION_DECISION',
  'END',
] as const;
type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  /** `YYYY-MM-DD`. */
  on: string;
  kind: TimelineKind;
  title: string;
  details: string[];
  conventionNumber: string;
  /** Done (on or before the day), or planned. */
  done: boolean;
  /** A reported fact with a deadline: its declaration (« Déclaration (PDF) »), the convention and the fact's rank in its events. */
  declaration?: { conventionId: number; index: number };
}

/** What the timeline reads of a convention (a subset of the convention view). */
export interface TimelineConvention {
  /** With `computed`, the facts that have a declaration carry it. */
  id?: number;
  number: string;
  measure: Measure;
  status: ConventionStatus;
  endsOn: string | null;
  employer: { name: string };
  versions: readonly {
    avenantIndex: number;
    kind: VersionKind;
    signedOn: string | null;
    startsOn: string;
    endsOn: string | null;
    document: ConventionDocument;
  }[];
  denunciation: { intentNotifiedOn: string; decision: 'DENOUNCED' | 'MAINTAINED' | null; decisionNotifiedOn: string | null } | null;
  computed?: { reportingDeadlines: readonly { event: string; index: number | null }[] };
}

type Version = TimelineConvention['versions'][number];
type Draft = Omit<TimelineEntry, 'conventionNumber' | 'done'> & { done?: boolean };

const hours = (h: number | undefined) => (h === undefined ? '—' : `${formatFrHours(h)} h`);
const dayBefore = (iso: string) => formatDay(parseDay(iso) - 1);
const avenantLine = (v: Version) => `Avenant n° ${formatAvenantIndex(v.avenantIndex)}${v.signedOn ? ` signé le ${formatDateFr(v.signedOn)}` : ''}`;
const reported = (on: string | null | undefined) => (on ? `Signalée le ${formatDateFr(on)}` : 'Non signalée');
const span = (from: string, to: string | null | undefined) =>
  to ? `Du ${formatDateFr(from)} au ${formatDateFr(to)}` : `Depuis le ${formatDateFr(from)}, fin non connue`;

function hiring(c: TimelineConvention, v: Version): Draft {
  const ct = v.document.contract ?? {};
  const details = [
    [MEASURE_LABELS[c.measure], ct.type, ct.jobTitle].filter(Boolean).join(' — '),
    `Établissement : ${v.document.employer?.name ?? c.employer.name}`,
    `Durée hebdomadaire : ${hours(ct.weeklyHours ?? undefined)}`,
  ];
  if (ct.plannedEnd) details.push(`Contrat jusqu’au ${formatDateFr(ct.plannedEnd)}`);
  if (v.signedOn) details.push(`Convention signée le ${formatDateFr(v.signedOn)}`);
  else details.push('Convention pas encore enregistrée comme signée');
  return { on: ct.hiredOn ?? v.startsOn, kind: 'HIRING', title: 'Embauche en contrat aidé', details };
}

function support(v: Version, previous: Version | undefined): Draft[] {
  const held = v.document.support ?? null;
  if (previous && JSON.stringify(previous.document.support ?? null) === JSON.stringify(held)) return [];
  const s = summarizeSupport(held);
  const on = v.kind === 'INITIAL' ? (v.document.contract?.hiredOn ?? v.startsOn) : v.startsOn;
  const out: Draft[] = [];
  if (s.actions.length > 0) out.push({ on, kind: 'SUPPORT', title: 'Actions d’accompagnement et de formation prévues', details: s.actions });
  if (s.tutor.length > 0) out.push({ on, kind: 'TUTOR', title: 'Tuteur et suivi du parcours', details: s.tutor });
  for (const a of s.dated)
    out.push({
      on: a.on,
      kind: 'SUPPORT_ACTION',
      title: a.done ? 'Action d’accompagnement ou de formation faite' : 'Action d’accompagnement ou de formation prévue',
      details: a.lines,
      done: a.done,
    });
  return out;
}

/** An avenant: the renewal and the modification from the version; the hours and the employer from the fact it records. */
function avenant(v: Version, latest: ConventionDocument, previous: Version | undefined): Draft | null {
  if (v.kind === 'RENEWAL') {
    const details = [`${span(v.startsOn, v.endsOn)}`];
    const before = previous ? weeklyHoursOn(previous.document, dayBefore(v.startsOn)) : undefined;
    const after = weeklyHoursOn(v.document, v.startsOn);
    if (after !== undefined && after !== before) details.push(`Durée hebdomadaire : ${hours(before)} → ${hours(after)}`);
    details.push(avenantLine(v));
    return { on: v.startsOn, kind: 'RENEWAL', title: 'Renouvellement de la convention', details };
  }
  if (v.kind === 'MODIFICATION') return { on: v.startsOn, kind: 'MODIFICATION', title: 'Modification de la convention', details: [avenantLine(v)] };
  // Hours changes and substitutions are told by their fact (events below), with the avenant that records them.
  const recorded = (latest.events ?? []).some((e) => e.kind === v.kind && e.on === v.startsOn);
  if (recorded || v.kind === 'INITIAL') return null;
  const title = v.kind === 'HOURS_CHANGE' ? 'Changement de durée hebdomadaire' : 'Substitution d’employeur';
  return { on: v.startsOn, kind: v.kind, title, details: [avenantLine(v)] };
}

function fact(e: NonNullable<ConventionDocument['events']>[number], doc: ConventionDocument, versions: readonly Version[]): Draft {
  const avenantOf = (on: string) => versions.find((v) => v.kind === e.kind && v.startsOn === on);
  switch (e.kind) {
    case 'SUSPENSION': {
      const details = [span(e.from, e.to), `Motif : ${e.reason ? SUSPENSION_REASON_LABELS[e.reason] : 'non précisé'}`];
      if (typeof e.paid === 'boolean') details.push(e.paid ? 'Rémunérée' : 'Non rémunérée');
      return { on: e.from, kind: 'SUSPENSION', title: 'Suspension du contrat', details: [...details, reported(e.reportedOn)] };
    }
    case 'TRIAL_PERIOD_ELSEWHERE':
      return {
        on: e.from,
        kind: 'TRIAL_PERIOD_ELSEWHERE',
        title: 'Période d’essai chez un autre employeur',
        details: [span(e.from, e.to), reported(e.reportedOn)],
      };
    case 'RUPTURE': {
      const initiative = e.initiative === 'EMPLOYER' ? 'À l’initiative de l’employeur' : e.initiative === 'EMPLOYEE' ? 'À l’initiative du salarié' : null;
      const details = [`Motif : ${e.reason ? RUPTURE_REASON_LABELS[e.reason] : 'non précisé'}`, initiative, reported(e.reportedOn)].filter(
        (d): d is string => d !== null,
      );
      return { on: e.on, kind: 'RUPTURE', title: e.reason === 'TRIAL_PERIOD' ? 'Rupture pendant la période d’essai' : 'Rupture du contrat', details };
    }
    case 'HOURS_CHANGE': {
      const a = avenantOf(e.on);
      const details = [`Durée hebdomadaire : ${hours(weeklyHoursOn(doc, dayBefore(e.on)))} → ${hours(e.weeklyHours)}`, ...(a ? [avenantLine(a)] : [])];
      return { on: e.on, kind: 'HOURS_CHANGE', title: 'Changement de durée hebdomadaire', details };
    }
    case 'EMPLOYER_SUBSTITUTION': {
      const a = avenantOf(e.on);
      const who = [e.newEmployerName, e.newEmployerSiret ? `SIRET ${e.newEmployerSiret}` : null].filter(Boolean).join(', ');
      return {
        on: e.on,
        kind: 'EMPLOYER_SUBSTITUTION',
        title: 'Substitution d’employeur',
        details: [`Nouvel employeur : ${who || 'non précisé'}`, ...(a ? [avenantLine(a)] : [])],
      };
    }
  }
}

function denunciation(c: TimelineConvention): Draft[] {
  const d = c.denunciation;
  if (!d) return [];
  const out: Draft[] = [
    {
      on: d.intentNotifiedOn,
      kind: 'DENUNCIATION_INTENT',
      title: 'Intention de dénoncer la convention notifiée',
      details: ['Sept jours pour les observations de l’employeur'],
    },
  ];
  if (d.decision && d.decisionNotifiedOn) {
    const denounced = d.decision === 'DENOUNCED';
    out.push({
      on: d.decisionNotifiedOn,
      kind: 'DENUNCIATION_DECISION',
      title: denounced ? 'Convention dénoncée' : 'Convention maintenue après la procédure de dénonciation',
      details: [denounced ? 'Décision de dénonciation notifiée' : 'Décision de maintien notifiée'],
    });
  }
  return out;
}

const END_WORDS: Partial<Record<ConventionStatus, string>> = {
  terminee: 'À son terme',
  resiliee: 'Résiliée après la rupture du contrat',
  denoncee: 'Après la dénonciation de la convention',
};

function end(c: TimelineConvention, today: string): Draft | null {
  if (c.endsOn === null) return null;
  const final = END_WORDS[c.status];
  if (final) return { on: c.endsOn, kind: 'END', title: 'Fin de la convention', details: [final] };
  const past = c.endsOn < today;
  return {
    on: c.endsOn,
    kind: 'END',
    title: past ? 'Fin de la convention' : 'Fin prévue de la convention',
    details: [past ? 'Date de fin passée' : 'Date de fin de la convention en vigueur'],
  };
}

function conventionEntries(c: TimelineConvention, today: string): Draft[] {
  const versions = [...c.versions].sort((a, b) => a.avenantIndex - b.avenantIndex);
  const latest = versions.at(-1)?.document ?? ({} as ConventionDocument);
  const drafts: Draft[] = [];
  versions.forEach((v, i) => {
    const previous = versions[i - 1];
    if (v.kind === 'INITIAL') drafts.push(hiring(c, v));
    const a = avenant(v, latest, previous);
    if (a) drafts.push(a);
    drafts.push(...support(v, previous));
  });
  (latest.events ?? []).forEach((e, index) => {
    const entry = fact(e, latest, versions);
    if (c.id !== undefined && isDeclaredEvent(c.computed?.reportingDeadlines ?? [], index)) entry.declaration = { conventionId: c.id, index };
    drafts.push(entry);
  });
  drafts.push(...denunciation(c));
  const last = end(c, today);
  if (last) drafts.push(last);
  return drafts;
}

/** Every entry of the person's conventions, by date (on the same day, in the order of TIMELINE_KINDS). */
export function buildStaffTimeline(conventions: readonly TimelineConvention[], today: string): TimelineEntry[] {
  const entries = conventions.flatMap((c) =>
    conventionEntries(c, today).map((d): TimelineEntry => ({ ...d, conventionNumber: c.number, done: d.done ?? d.on <= today })),
  );
  const rank = (k: TimelineKind) => TIMELINE_KINDS.indexOf(k);
  return entries.sort((a, b) => (a.on === b.on ? rank(a.kind) - rank(b.kind) : a.on < b.on ? -1 : 1));
}
