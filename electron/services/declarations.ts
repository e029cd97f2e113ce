/**
 * The employer's declaration of a reported fact: a suspension, a trial period
 * with another employer, a rupture or a change of the weekly hours (a fact of
 * the convention's `events`), or a contrat d'avenir's renewal. A fact is
 * declared when the rules give it a reporting deadline
 * (shared/rules/compute/obligations.ts: 7 jours francs, recipients named as on
 * the day of the fact); its documents are those of checklist.ts.
 * `eventDeclaration` says what is due (for the Obligations screen);
 * `eventDeclarationPdf` prints it, one copy per recipient.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { PdfFile, ReportedFactRef } from '../../shared/api/documents-contract';
import { AppError } from '../../shared/api/result';
import { DECLARATION_TITLES, factDate, type DeclaredKind } from '../../shared/domain/declarations';
import { MEASURE_LABELS } from '../../shared/domain/enums';
import { formatDateFr } from '../../shared/format/date';
import { checkConvention, formatDay, parseDay, weeklyHoursOn } from '../../shared/rules/index';
import type { ReportingDeadline } from '../../shared/rules/compute/obligations';
import { employerCityOf } from '../db/repositories/activity';
import { employerSignatory } from '../db/repositories/employer-profile';
import type { DeclaredFact } from '../documents/event-declaration';
import { pdfRenderers } from '../documents/lazy';
import { requiredDocuments, type ChecklistFact, type ChecklistItem } from './conventions/checklist';
import { loadConvention, type Loaded, type ServiceContext } from './conventions/state';

type Doc = Loaded['doc'];
type Event = NonNullable<Doc['events']>[number];

/** What a fact's declaration holds: its deadline, its recipients and the documents to attach. */
export interface EventDeclaration {
  conventionId: number;
  number: string;
  kind: DeclaredKind;
  /** « Déclaration de suspension », … */
  title: string;
  eventDate: string;
  due: string;
  reportedOn: string | null;
  /** « à l’ANPE et au CNASEA », named as on the day of the fact. */
  recipients: string;
  /** Each recipient with its article: one copy each. */
  bodies: string[];
  legalRef: string;
  checklist: ChecklistItem[];
}

const FROM_EVENTS = new Set<ReportingDeadline['event']>(['SUSPENSION', 'RUPTURE', 'HOURS_CHANGE']);
const FILE_WORDS: Record<DeclaredKind, string> = {
  SUSPENSION: 'suspension',
  TRIAL_PERIOD_ELSEWHERE: 'periode-essai',
  RUPTURE: 'rupture',
  HOURS_CHANGE: 'duree-du-travail',
  RENEWAL: 'renouvellement',
};

interface Found {
  kind: DeclaredKind;
  fact: DeclaredFact;
  deadline: ReportingDeadline;
  checklistFact: ChecklistFact;
}

const refuse = (code: 'NOT_FOUND' | 'CONFLICT', message: string): never => {
  throw new AppError(code, message);
};

/** Why a recorded event has no declaration, in the user's words. */
function notDeclared(loaded: Loaded, e: Event): never {
  const { row } = loaded;
  const on = formatDateFr(factDate(e));
  if (e.kind === 'EMPLOYER_SUBSTITUTION') {
    return refuse(
      'CONFLICT',
      `La substitution d’employeur du ${on} n’est pas un fait que l’employeur déclare : l’agence l’accepte par un avenant à la convention ${row.number}.`,
    );
  }
  if (row.measure === 'CAE_DOM') {
    return refuse(
      'CONFLICT',
      `La convention ${row.number} est un ${MEASURE_LABELS[row.measure]} : les textes de cette mesure ne prévoient pas de déclaration de ce fait dans un délai, aucune déclaration n’est produite.`,
    );
  }
  return refuse(
    'CONFLICT',
    `Le fait du ${on} tombe après la fin de la convention ${row.number} : seuls les faits survenus avant la fin de la convention sont à déclarer.`,
  );
}

function findFact(loaded: Loaded, ref: ReportedFactRef): Found {
  const { doc, row } = loaded;
  const deadlines = checkConvention(doc).computed.reportingDeadlines ?? [];
  if (ref.kind === 'RENEWAL') {
    const renewals = doc.renewals ?? [];
    const r =
      renewals[ref.index] ??
      refuse('NOT_FOUND', `La convention ${row.number} n’a pas de renouvellement n° ${ref.index + 1} (${renewals.length} enregistré(s)).`);
    const deadline =
      deadlines.find((d) => d.event === 'RENEWAL' && d.index === ref.index) ??
      refuse(
        'CONFLICT',
        `Le renouvellement du ${formatDateFr(r.from)} de la convention ${row.number} ne se déclare pas : seul celui d’un contrat d’avenir est signalé dans un délai (art. R. 5134-61).`,
      );
    return { kind: 'RENEWAL', fact: { ...r, kind: 'RENEWAL' }, deadline, checklistFact: { kind: 'RENEWAL' } };
  }
  const events = doc.events ?? [];
  const e = events[ref.index] ?? refuse('NOT_FOUND', `La convention ${row.number} n’a pas d’événement n° ${ref.index + 1} (${events.length} enregistré(s)).`);
  const deadline = deadlines.find((d) => FROM_EVENTS.has(d.event) && d.index === ref.index);
  if (deadline === undefined || e.kind === 'EMPLOYER_SUBSTITUTION') return notDeclared(loaded, e);
  const checklistFact: ChecklistFact = e.kind === 'SUSPENSION' || e.kind === 'RUPTURE' ? { kind: e.kind, reason: e.reason } : { kind: e.kind };
  return { kind: e.kind, fact: e, deadline, checklistFact };
}

function declarationOf(loaded: Loaded, found: Found): EventDeclaration {
  const d = found.deadline;
  return {
    conventionId: loaded.row.id,
    number: loaded.row.number,
    kind: found.kind,
    title: DECLARATION_TITLES[found.kind],
    eventDate: d.eventDate,
    due: d.due,
    reportedOn: d.reportedOn ?? null,
    recipients: d.recipients ?? '',
    bodies: d.bodies ?? [],
    legalRef: d.legalRef,
    checklist: requiredDocuments(loaded.row.measure, found.checklistFact, d.eventDate),
  };
}

/**
 * The deadline, recipients and documents of one reported fact of a
 * convention (`{ kind: 'EVENT', index }`: the `index` of its reporting
 * deadline; `{ kind: 'RENEWAL', index }`), or a French refusal.
 */
export function eventDeclaration(db: Database, conventionId: number, fact: ReportedFactRef): EventDeclaration {
  const loaded = loadConvention(db, conventionId);
  return declarationOf(loaded, findFact(loaded, fact));
}

/** The avenant that records an hours change or a renewal: the version of that kind starting on the fact's day. */
function avenantOf(loaded: Loaded, found: Found): { index: number; signedOn: string | null } | null {
  if (found.kind !== 'HOURS_CHANGE' && found.kind !== 'RENEWAL') return null;
  const v = loaded.versions.findLast((x) => x.kind === found.kind && x.startsOn === found.deadline.eventDate);
  return v ? { index: v.avenantIndex, signedOn: v.signedOn } : null;
}

/** « Déclaration (PDF) »: one page per recipient, dated the day it was reported when recorded, else the workspace's day. */
export async function eventDeclarationPdf(sc: ServiceContext, input: { conventionId: number; fact: ReportedFactRef }): Promise<PdfFile> {
  const loaded = loadConvention(sc.db, input.conventionId);
  const found = findFact(loaded, input.fact);
  const declaration = declarationOf(loaded, found);
  const { row, doc } = loaded;
  const { renderEventDeclarationPdf } = await pdfRenderers();
  const pdf = await renderEventDeclarationPdf({
    number: row.number,
    measure: row.measure,
    document: doc,
    kind: found.kind,
    fact: found.fact,
    hoursBefore: found.kind === 'HOURS_CHANGE' ? weeklyHoursOn(doc, formatDay(parseDay(declaration.eventDate) - 1)) : undefined,
    avenant: avenantOf(loaded, found),
    deadline: declaration,
    checklist: declaration.checklist,
    signatory: employerSignatory(sc.db),
    place: employerCityOf(sc.db, row.id),
    signedOn: declaration.reportedOn ?? sc.today(),
  });
  return { fileName: `declaration-${FILE_WORDS[found.kind]}-${row.number}-${declaration.eventDate}.pdf`, base64: pdf.toString('base64') };
}
