/**
 * The employer's obligations (« Obligations » screen, the start-up summary,
 * `cae obligations`): gathered from every convention of the workspace — its
 * stored document, its proofs of activity and where each stands — and from
 * the marks the employer made by hand (migration 0010), then built by
 * shared/domain/obligations.ts. One list for the screen and the CLI.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ChannelOutput, ParsedInput } from '../../shared/api/contract';
import type { ObligationList } from '../../shared/api/obligations-contract';
import { AppError } from '../../shared/api/result';
import { buildObligations, obligationsSummary, type ConventionObligationsInput } from '../../shared/domain/obligations';
import { formatDateFr } from '../../shared/format/date';
import type { ConventionDocument } from '../../shared/rules/index';
import { caeRef } from '../../shared/rules/index';
import { inTransaction } from '../db/connection';
import { appendAudit } from '../db/repositories/audit';
import { deleteObligationMark, insertObligationMark, obligationMarks } from '../db/repositories/obligation-marks';
import { staffConventions } from '../db/repositories/staff';
import { getSetting, getWorkspace, putSetting } from '../db/repositories/workspace';
import { conventionActivity } from './activity';
import { actorOf, type ServiceContext } from './conventions/state';
import { versionDocument } from '../db/repositories/versions/documents';

const LEAD_SETTING = 'obligations.renewalLeadMonths';
/** One month by default (issue #14): time for the agency to instruct the renewal before the end. */
const DEFAULT_LEAD_MONTHS = 1;

function leadMonths(db: Database): number {
  const v = getSetting<number>(db, LEAD_SETTING);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 6 ? v : DEFAULT_LEAD_MONTHS;
}

function assertEmployer(db: Database): void {
  if (getWorkspace(db)?.role !== 'employeur') {
    throw new AppError('CONFLICT', 'La liste des obligations est celle d’un espace employeur : cet espace est celui d’une agence.');
  }
}

function conventionsOf(sc: ServiceContext, today: string): ConventionObligationsInput[] {
  return staffConventions(sc.db, today).map((r) => {
    const proofs = conventionActivity(sc, r.conventionId).periods.map((p) => ({
      start: p.start,
      label: p.label,
      due: p.due,
      status: p.status,
      sentOn: p.line?.sentAt ? p.line.sentAt.slice(0, 10) : null,
      fileName: p.line?.fileName ?? null,
    }));
    return {
      id: r.conventionId,
      number: r.number,
      measure: r.measure,
      status: r.status,
      person: `${r.lastName} ${r.firstNames}`,
      endsOn: r.endsOn,
      doc: versionDocument(sc.db, r.latestDocument, null) as ConventionDocument,
      proofs,
    };
  });
}

/** Years in which a CAE ran, from its first to its last day: each owes a yearly report (L322-4-7 II). */
function caeYears(conventions: readonly ConventionObligationsInput[], today: string): number[] {
  const years = new Set<number>();
  for (const c of conventions) {
    if (c.measure !== 'CAE') continue;
    const from = Number((c.doc.contract?.hiredOn ?? today).slice(0, 4));
    const to = Number((c.endsOn ?? today).slice(0, 4));
    for (let y = from; y <= to; y++) years.add(y);
  }
  return [...years].sort();
}

/** Every obligation seen from `today` (the workspace's day). */
export function obligationList(sc: ServiceContext, today: string): ObligationList {
  assertEmployer(sc.db);
  const conventions = conventionsOf({ ...sc, today: () => today }, today);
  const marks = new Map(obligationMarks(sc.db).map((m) => [m.key, m]));
  const renewalLeadMonths = leadMonths(sc.db);
  const items = buildObligations({
    today,
    renewalLeadMonths,
    conventions,
    reportYears: caeYears(conventions, today),
    // The report of a year is cited as in force at its end.
    reportRef: (year) => caeRef('staffRepresentatives', `${year}-12-31`),
    marks,
  });
  return { today, renewalLeadMonths, summary: obligationsSummary(items), items };
}

export function markObligationDone(sc: ServiceContext, today: string, input: ParsedInput<'obligations.markDone'>): ChannelOutput<'obligations.markDone'> {
  if (input.doneOn > today) {
    throw new AppError('INVALID_INPUT', `Rien n’est enregistré : la date (${formatDateFr(input.doneOn)}) est postérieure au ${formatDateFr(today)}.`);
  }
  inTransaction(sc.db, () => {
    const item = obligationList(sc, today).items.find((i) => i.key === input.key);
    if (!item) throw new AppError('NOT_FOUND', `Rien n’est enregistré : aucune obligation « ${input.key} » dans cet espace.`);
    if (item.done) {
      throw new AppError('CONFLICT', `Rien n’est enregistré : « ${item.label} » est déjà fait (le ${formatDateFr(item.done.on)}, ${item.done.by}).`);
    }
    const mark = { key: item.key, doneOn: input.doneOn, doneBy: actorOf(sc, input.by), note: input.note ?? '' };
    insertObligationMark(sc.db, mark, sc.now());
    appendAudit(sc.db, { at: sc.now(), actor: mark.doneBy, action: 'obligations.markDone', details: { ...mark, label: item.label } });
  });
  return obligationList(sc, today);
}

export function unmarkObligation(sc: ServiceContext, today: string, key: string): ChannelOutput<'obligations.unmark'> {
  inTransaction(sc.db, () => {
    assertEmployer(sc.db);
    if (!deleteObligationMark(sc.db, key)) {
      throw new AppError('NOT_FOUND', `Rien n’est changé : l’obligation « ${key} » n’a pas été marquée comme faite à la main.`);
    }
    appendAudit(sc.db, { at: sc.now(), actor: actorOf(sc), action: 'obligations.unmark', details: { key } });
  });
  return obligationList(sc, today);
}

export function saveObligationSettings(
  sc: ServiceContext,
  today: string,
  input: ParsedInput<'obligations.saveSettings'>,
): ChannelOutput<'obligations.saveSettings'> {
  inTransaction(sc.db, () => {
    assertEmployer(sc.db);
    putSetting(sc.db, LEAD_SETTING, input.renewalLeadMonths);
    appendAudit(sc.db, { at: sc.now(), actor: actorOf(sc), action: 'obligations.saveSettings', details: { ...input } });
  });
  return obligationList(sc, today);
}
