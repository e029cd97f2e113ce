/**
 * Test helpers for the Échanges services: an agency with one signed CAE, its
 * lot exported to the outbox, answered by the reference counterpart
 * (test/counterpart/respond.ts) and imported through the channels.
 */
import type { ChannelOutput } from '../../shared/api/contract';
import type { ConventionDocument } from '../../shared/rules/index';
import { answerLot } from '../counterpart/respond';
import { agency, exampleCae, type Agency } from './conventions';
import { tableRows } from './table-rows';

const REDUCED_HOURS = { code: 'WEEKLY_HOURS_TOO_LOW' as const, text: 'Difficultés de santé attestées par le médecin du travail : 18 h au début.' };

/** The example CAE signed on 2008-06-05: 18 h a week (reduced hours, justified) unless `change` says otherwise. */
export async function signedCae(a: Agency, change: (doc: ConventionDocument) => void = () => undefined, reduced = true): Promise<number> {
  const doc = exampleCae();
  if (reduced) doc.contract = { ...doc.contract, weeklyHours: 18, reducedHoursJustified: true };
  change(doc);
  const draft = await a.ok('conventions.saveDraft', { document: doc });
  a.setToday('2008-06-05');
  await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
  await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05', ...(reduced ? { justifications: [REDUCED_HOURS] } : {}) });
  return draft.id;
}

export interface Exchanged {
  a: Agency;
  dataDir: string;
  conventionId: number;
  versionId: number;
  lot: ChannelOutput<'exchanges.export'>['lots'][number];
  /** The return file's name and text. */
  answer: { fileName: string; text: string };
}

/** Signs the CAE, exports its lot, downloads it (handed over), and has the counterpart answer it (not imported yet). */
export async function exportedAndAnswered(dataDir: string, change?: (doc: ConventionDocument) => void, reduced = true): Promise<Exchanged> {
  const a = await agency(dataDir);
  const conventionId = await signedCae(a, change, reduced);
  const exported = await a.ok('exchanges.export', {});
  const lot = exported.lots[0]!;
  // Downloaded from the screen to be handed over: the lot is sent from then on.
  const download = await a.ok('exchanges.lotFile', { lotId: lot.lotId });
  const text = Buffer.from(download.base64, 'base64').toString('utf8');
  const answer = answerLot(text, '2008-06-20T09:00:00Z', 1);
  const versionId = a.app.workspaces.current().prepare('SELECT id FROM convention_versions WHERE convention_id = ?').pluck().get(conventionId) as number;
  return { a, dataDir, conventionId, versionId, lot, answer };
}

export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Imports the counterpart's answer through the channel (applied). */
export async function imported(x: Exchanged): Promise<void> {
  x.a.setToday('2008-06-20');
  const applied = await x.a.ok('exchanges.import', { fileName: x.answer.fileName, base64: base64(x.answer.text), dryRun: false });
  if (applied.kind !== 'applied') throw new Error(`import ${applied.kind} : ${applied.lines.join(' ')}`);
}

/** The rows a refused call must leave untouched. */
export function dump(x: Exchanged): string {
  const db = x.a.app.workspaces.current();
  return [
    'exchange_lots',
    'exchange_lot_lines',
    'convention_versions',
    'conventions',
    'employees',
    'aid_payments',
    'received_payments',
    'contract_events',
    'audit_log',
  ]
    .map((t) => JSON.stringify(tableRows(db, t)))
    .join('\n');
}
