/**
 * The yearly report to the staff representatives (« Rapport annuel aux
 * institutions représentatives du personnel »). Former art. L322-4-7 II,
 * avant-dernier alinéa (001): the employer's staff representatives « sont
 * informées des conventions conclues. Elles sont saisies, chaque année, d'un
 * rapport sur leur exécution »; from 1 May 2008 the article of L5134-20 and
 * following that took it over is not in the sources (caeRef('staffRepresentatives')).
 *
 * Pure: from the employer's conventions (their stored versions) and the
 * workspace's day, the report of one calendar year — the conventions
 * concluded in the year (the initial version's signature), the renewals
 * concluded in it, the conventions executed during it (days and months within
 * the year, suspended days, weekly hours, where each stands at 31/12 or on the
 * day for the year in progress), the support and training actions planned and
 * those dated in the year (done or planned), and totals per measure.
 * The text applies to the CAE; the contrat d'avenir and the CAE-DOM are
 * reported for information (docs/rules.md, « Décisions »). No NIR.
 */
import { caeRef } from '../rules/parameters/articles';
import { formatDateFr } from '../format/date';
import { formatDay, monthsBetween, parseDay } from '../rules/dates/day';
import { SUPPORT_QUESTIONS, SUPPORT_TIMING_LABELS, supportOf, TRAINING_NATURE_LABELS, TRAINING_TYPE_LABELS } from '../rules/document/support';
import type { ConventionDocument } from '../rules/document/schema';
import { weeklyHoursOn } from '../rules/hours/inForce';
import { MEASURES, type Measure } from '../rules/vocabulary';
import { educationLevelLabel, RUPTURE_REASON_LABELS, type ConventionStatus, type VersionKind } from './enums';
import { summarizeSupport } from './support-lines';

interface ReportVersion {
  avenantIndex: number;
  kind: VersionKind;
  signedOn: string | null;
  startsOn: string;
  endsOn: string | null;
  document: ConventionDocument;
}

/** A signed convention of the workspace (drafts and conventions to sign are left out by the caller). */
export interface ReportConvention {
  number: string;
  measure: Measure;
  status: ConventionStatus;
  /** « NOM Prénoms », as the staff roster shows the person. */
  person: string;
  /** The hiring, and the convention's last day (renewals, rupture, dénonciation), as stored. */
  startsOn: string;
  endsOn: string | null;
  versions: readonly ReportVersion[];
}

export interface StaffRepresentativesReportInput {
  year: number;
  /** The workspace's day: a year in progress is reported up to it. */
  today: string;
  conventions: readonly ReportConvention[];
}

interface ConcludedLine {
  number: string;
  person: string;
  measure: Measure;
  establishment: { name: string; siret: string };
  signedOn: string;
  hiredOn: string;
  /** The contract's term at the signature (none for a CDI). */
  plannedEnd: string | null;
  weeklyHours: number | null;
}

interface RenewalLine {
  number: string;
  person: string;
  measure: Measure;
  signedOn: string | null;
  from: string;
  to: string | null;
  weeklyHours: number | null;
}

type ExecutionState = 'EN_COURS' | 'SUSPENDUE' | 'TERMINEE' | 'ROMPUE' | 'DENONCEE';

export interface ExecutedLine {
  number: string;
  person: string;
  measure: Measure;
  /** The days of the year the convention ran (from its hiring or 01/01, to its end, 31/12 or the workspace's day). */
  from: string;
  to: string;
  days: number;
  /** The same span in months and days (`monthsBetween`): 09/06/2008 – 31/12/2008 is 6 months and 23 days. */
  duration: { months: number; days: number };
  /** Days of suspension and of trial period with another employer within the span. */
  suspendedDays: number;
  /** In force on the span's last day. */
  weeklyHours: number | null;
  /** Where it stands at the end of the span: running (`on` = the report's last day), or ended that day. */
  state: { kind: ExecutionState; on: string; reason: string | null };
}

interface DatedSupportAction {
  on: string;
  lines: string[];
}

export interface SupportLine {
  number: string;
  person: string;
  measure: Measure;
  /** What the convention plans, in short (form CAE-0515, « Les actions d'accompagnement et de formation »). */
  planned: PlannedSupport;
  /** Actions dated in the year: done (on or before the report's last day), or planned. */
  done: DatedSupportAction[];
  plannedInYear: DatedSupportAction[];
}

interface PlannedSupport {
  /** « oui : adaptation au poste, interne », « non », « non renseignée ». */
  training: string;
  /** « tuteur », « organisme extérieur (emploi) : AFPA », « référent : Mission locale »… */
  accompaniment: string[];
  /** « oui : jury », « non », or empty when not said. */
  vae: string;
  /** The actions' duration (contrat d'avenir, R. 5134-49 8°), when said. */
  duration: string | null;
  /** Any other field of the block (older free text, a field the form does not have), as « question : value ». */
  other: string[];
}

export interface MeasureTotals {
  /** `ALL` for every measure together. */
  measure: Measure | 'ALL';
  concluded: number;
  renewals: number;
  executed: number;
  executionDays: number;
  suspendedDays: number;
  ongoing: number;
  ended: number;
  ruptures: number;
  denounced: number;
  trainingPlanned: number;
  tutored: number;
  actionsDone: number;
}

export interface StaffRepresentativesReport {
  year: number;
  /** 01/01 and the report's last day: 31/12, or the workspace's day for the year in progress. */
  from: string;
  to: string;
  complete: boolean;
  /** The article in force at the end of the year (as the « Obligations » screen cites it). */
  legalRef: string;
  /** Measures reported for information only: the text names the CAE. */
  informationOnly: Measure[];
  concluded: ConcludedLine[];
  renewals: RenewalLine[];
  executed: ExecutedLine[];
  support: SupportLine[];
  /** One line per measure present, then `ALL` when there are several. */
  totals: MeasureTotals[];
}

const day = parseDay;
const byPerson = <T extends { person: string; number: string }>(a: T, b: T) => a.person.localeCompare(b.person, 'fr') || a.number.localeCompare(b.number);
const inYear = (iso: string | null | undefined, year: number) => iso !== null && iso !== undefined && iso.startsWith(`${year}-`);

function latest(c: ReportConvention): ConventionDocument {
  return [...c.versions].sort((a, b) => a.avenantIndex - b.avenantIndex).at(-1)?.document ?? ({} as ConventionDocument);
}

function initial(c: ReportConvention): ReportVersion | undefined {
  return c.versions.find((v) => v.kind === 'INITIAL') ?? c.versions[0];
}

function concludedLine(c: ReportConvention, year: number): ConcludedLine | null {
  const v = initial(c);
  const signedOn = v?.signedOn ?? c.startsOn;
  if (!v || !inYear(signedOn, year)) return null;
  const doc = v.document;
  return {
    number: c.number,
    person: c.person,
    measure: c.measure,
    establishment: { name: doc.employer?.name ?? '', siret: doc.employer?.siret ?? '' },
    signedOn,
    hiredOn: doc.contract?.hiredOn ?? c.startsOn,
    plannedEnd: doc.contract?.plannedEnd ?? null,
    weeklyHours: doc.contract?.weeklyHours ?? null,
  };
}

function renewalLines(c: ReportConvention, year: number): RenewalLine[] {
  return c.versions
    .filter((v) => v.kind === 'RENEWAL' && inYear(v.signedOn ?? v.startsOn, year))
    .map((v) => ({
      number: c.number,
      person: c.person,
      measure: c.measure,
      signedOn: v.signedOn,
      from: v.startsOn,
      to: v.endsOn,
      weeklyHours: weeklyHoursOn(v.document, v.startsOn) ?? null,
    }));
}

/** Days of `events` that suspend the contract (suspension, trial period elsewhere) within [from, to]. */
function suspendedDaysIn(doc: ConventionDocument, from: string, to: string): number {
  let total = 0;
  for (const e of doc.events ?? []) {
    if (e.kind !== 'SUSPENSION' && e.kind !== 'TRIAL_PERIOD_ELSEWHERE') continue;
    const start = Math.max(day(e.from), day(from));
    const end = Math.min(day(e.to ?? to), day(to));
    if (end >= start) total += end - start + 1;
  }
  return total;
}

function suspendedOn(doc: ConventionDocument, on: string): boolean {
  return (doc.events ?? []).some((e) => (e.kind === 'SUSPENSION' || e.kind === 'TRIAL_PERIOD_ELSEWHERE') && e.from <= on && (e.to ?? on) >= on);
}

/** Where the convention stands at the end of its span in the report. */
function stateOf(c: ReportConvention, doc: ConventionDocument, to: string, report: { to: string; complete: boolean }): ExecutedLine['state'] {
  const end = c.endsOn;
  const ended = end !== null && (end < report.to || (end === report.to && report.complete));
  if (!ended) return { kind: suspendedOn(doc, to) ? 'SUSPENDUE' : 'EN_COURS', on: report.to, reason: null };
  const rupture = (doc.events ?? []).find((e) => e.kind === 'RUPTURE' && e.on <= formatDay(day(end) + 1));
  if (rupture?.kind === 'RUPTURE') {
    const reason = rupture.reason ? RUPTURE_REASON_LABELS[rupture.reason] : null;
    const initiative =
      rupture.initiative === 'EMPLOYER' ? 'à l’initiative de l’employeur' : rupture.initiative === 'EMPLOYEE' ? 'à l’initiative du salarié' : null;
    return { kind: 'ROMPUE', on: rupture.on, reason: [reason, initiative].filter(Boolean).join(', ') || null };
  }
  if (c.status === 'denoncee') return { kind: 'DENONCEE', on: end, reason: null };
  if (c.status === 'resiliee') return { kind: 'ROMPUE', on: formatDay(day(end) + 1), reason: null };
  return { kind: 'TERMINEE', on: end, reason: null };
}

function executedLine(c: ReportConvention, report: { from: string; to: string; complete: boolean }): ExecutedLine | null {
  if (c.startsOn > report.to || (c.endsOn !== null && c.endsOn < report.from)) return null;
  const from = c.startsOn > report.from ? c.startsOn : report.from;
  const to = c.endsOn !== null && c.endsOn < report.to ? c.endsOn : report.to;
  const doc = latest(c);
  const span = monthsBetween(day(from), day(to));
  return {
    number: c.number,
    person: c.person,
    measure: c.measure,
    from,
    to,
    days: day(to) - day(from) + 1,
    duration: { months: span.whole, days: span.extraDays },
    suspendedDays: suspendedDaysIn(doc, from, to),
    weeklyHours: weeklyHoursOn(doc, to) ?? null,
    state: stateOf(c, doc, to, report),
  };
}

const yesNo = (v: boolean | null | undefined, details: readonly (string | null | undefined)[], unknown: string) => {
  const said = details.filter((d): d is string => typeof d === 'string' && d.trim() !== '');
  return v === true ? (said.length > 0 ? `oui : ${said.join(', ')}` : 'oui') : v === false ? 'non' : unknown;
};
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
const KNOWN_LABELS = Object.values(SUPPORT_QUESTIONS).map((q) => `${q} : `);

/** The block in short: training, accompaniment, VAE, duration, and the lines of any field the form does not have. */
function plannedSupport(raw: unknown, summary: ReturnType<typeof summarizeSupport>): PlannedSupport {
  const s = supportOf(raw);
  const training = yesNo(
    s.trainingPlanned,
    [
      ...(s.trainingNature ?? []).map((n) => lower(TRAINING_NATURE_LABELS[n])),
      s.trainingType ? TRAINING_TYPE_LABELS[s.trainingType] : null,
      s.targetEducationLevel ? `niveau ${educationLevelLabel(s.targetEducationLevel)}` : null,
      s.timing ? lower(SUPPORT_TIMING_LABELS[s.timing]) : null,
    ],
    'non renseignée',
  );
  const accompaniment = [
    s.tutor === true ? 'tuteur désigné par l’employeur' : null,
    s.externalEmploymentSupportPlanned === true
      ? `organisme extérieur (emploi)${s.externalEmploymentSupport ? ` : ${s.externalEmploymentSupport}` : ''}`
      : null,
    s.externalSocialSupportPlanned === true ? `organisme extérieur (social)${s.externalSocialSupport ? ` : ${s.externalSocialSupport}` : ''}` : null,
    s.referent ? `référent : ${s.referent}` : null,
  ].filter((a): a is string => a !== null);
  const other = [...summary.actions, ...summary.tutor].filter((line) => !KNOWN_LABELS.some((k) => line.startsWith(k)));
  return { training, accompaniment, vae: yesNo(s.vae, [s.vaeProcedure], ''), duration: s.actionsDuration ?? null, other };
}

function supportLine(c: ReportConvention, year: number, to: string): SupportLine {
  const raw = latest(c).support;
  const s = summarizeSupport(raw);
  const dated = s.dated.filter((a) => inYear(a.on, year)).sort((a, b) => a.on.localeCompare(b.on));
  return {
    number: c.number,
    person: c.person,
    measure: c.measure,
    planned: plannedSupport(raw, s),
    done: dated.filter((a) => a.done && a.on <= to).map(({ on, lines }) => ({ on, lines })),
    plannedInYear: dated.filter((a) => !(a.done && a.on <= to)).map(({ on, lines }) => ({ on, lines })),
  };
}

function totalsOf(
  measure: MeasureTotals['measure'],
  parts: Pick<StaffRepresentativesReport, 'concluded' | 'renewals' | 'executed' | 'support'>,
  conventions: readonly ReportConvention[],
): MeasureTotals {
  const mine = <T extends { measure: Measure }>(list: readonly T[]) => list.filter((l) => measure === 'ALL' || l.measure === measure);
  const executed = mine(parts.executed);
  const executedNumbers = new Set(executed.map((e) => e.number));
  const supports = mine(conventions)
    .filter((c) => executedNumbers.has(c.number))
    .map((c) => supportOf(latest(c).support));
  const count = (kinds: readonly ExecutionState[]) => executed.filter((e) => kinds.includes(e.state.kind)).length;
  return {
    measure,
    concluded: mine(parts.concluded).length,
    renewals: mine(parts.renewals).length,
    executed: executed.length,
    executionDays: executed.reduce((s, e) => s + e.days, 0),
    suspendedDays: executed.reduce((s, e) => s + e.suspendedDays, 0),
    ongoing: count(['EN_COURS', 'SUSPENDUE']),
    ended: count(['TERMINEE']),
    ruptures: count(['ROMPUE']),
    denounced: count(['DENONCEE']),
    trainingPlanned: supports.filter((s) => s.trainingPlanned === true).length,
    tutored: supports.filter((s) => s.tutor === true).length,
    actionsDone: mine(parts.support).reduce((n, l) => n + l.done.length, 0),
  };
}

/** The report of `input.year`, seen from `input.today` (a year in progress is reported up to that day). */
export function buildStaffRepresentativesReport(input: StaffRepresentativesReportInput): StaffRepresentativesReport {
  const { year } = input;
  const yearEnd = `${year}-12-31`;
  const complete = input.today >= yearEnd;
  const report = { from: `${year}-01-01`, to: complete ? yearEnd : input.today, complete };
  const concluded = input.conventions.flatMap((c) => concludedLine(c, year) ?? []).sort((a, b) => a.signedOn.localeCompare(b.signedOn) || byPerson(a, b));
  const renewals = input.conventions.flatMap((c) => renewalLines(c, year)).sort((a, b) => byPerson(a, b) || a.from.localeCompare(b.from));
  const running = input.conventions.filter((c) => executedLine(c, report) !== null);
  const executed = running.map((c) => executedLine(c, report)!).sort(byPerson);
  const support = running.map((c) => supportLine(c, year, report.to)).sort(byPerson);
  const parts = { concluded, renewals, executed, support };
  const present = MEASURES.filter((m) => [...concluded, ...renewals, ...executed].some((l) => l.measure === m));
  const totals = present.map((m) => totalsOf(m, parts, input.conventions));
  if (present.length > 1) totals.push(totalsOf('ALL', parts, input.conventions));
  return {
    year,
    ...report,
    // Cited as in force at the end of the year, as the « Obligations » screen cites the report.
    legalRef: caeRef('staffRepresentatives', yearEnd),
    informationOnly: present.filter((m) => m !== 'CAE'),
    ...parts,
    totals,
  };
}

/** « en cours au 31/12/2008 », « rompue le 05/09/2008 (Embauche en CDI, à l’initiative du salarié) », … */
export function executionStateText(state: ExecutedLine['state']): string {
  const on = formatDateFr(state.on);
  switch (state.kind) {
    case 'EN_COURS':
      return `en cours au ${on}`;
    case 'SUSPENDUE':
      return `en cours, suspendue au ${on}`;
    case 'TERMINEE':
      return `terminée le ${on}`;
    case 'ROMPUE':
      return `rompue le ${on}${state.reason ? ` (${state.reason})` : ''}`;
    case 'DENONCEE':
      return `dénoncée, fin le ${on}`;
  }
}

/** « 6 mois et 23 jours », « 12 mois », « 17 jours ». */
export function durationText(d: { months: number; days: number }): string {
  const months = d.months > 0 ? `${d.months} mois` : '';
  const days = d.days > 0 ? `${d.days} jour${d.days > 1 ? 's' : ''}` : '';
  return [months, days].filter(Boolean).join(' et ') || '0 jour';
}
