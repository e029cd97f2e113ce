/** Test helpers: an agency workspace on a temp-dir database, and the example CAE of test/fixtures. */
import type { ApiReplyOf, Channel, ChannelInput } from '../../shared/api/contract';
import type { ConventionDocument } from '../../shared/rules/index';
import { readExample } from '../fixtures/index';
import { createAppServices, type AppServices } from '../../electron/api/app-services';
import { TEST_PASSPHRASE } from './passphrase';

export function exampleCae(): ConventionDocument {
  return readExample('convention-cae') as ConventionDocument;
}

export interface Agency {
  app: AppServices;
  /** Moves "today" (the app's calendar). */
  setToday: (day: string) => void;
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ApiReplyOf<C>>;
  /** Like call, but throws on a refusal and returns the value. */
  ok: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Extract<ApiReplyOf<C>, { ok: true }>['value']>;
  count: (table: string) => number;
}

const TABLES = new Set([
  'conventions',
  'convention_versions',
  'employers',
  'employees',
  'status_changes',
  'actors',
  'contract_events',
  'audit_log',
  'convention_counters',
  'warning_justifications',
  'denunciations',
  'aid_payments',
]);

export async function agency(dataDir: string, today = '2008-06-02'): Promise<Agency> {
  let day = today;
  const app = createAppServices({ dataDir, mode: 'browser', today: () => day, now: () => `${day}T10:00:00.000Z`, log: () => undefined });
  const init = await app.invoke('workspace.initialize', {
    passphrase: TEST_PASSPHRASE,
    role: 'agence',
    name: 'ALE de Lyon Part-Dieu',
    department: '69',
    agencyCode: '69012',
  });
  if (!init.ok) throw new Error(init.error.message);
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => app.invoke(channel, input);
  return {
    app,
    setToday: (d) => {
      day = d;
    },
    call,
    ok: async (channel, input) => {
      const reply = await call(channel, input);
      if (!reply.ok) throw new Error(`${channel} refusé : ${reply.error.message}`);
      return reply.value as never;
    },
    count: (table) => {
      if (!TABLES.has(table)) throw new Error(`table inconnue ${table}`);
      return app.workspaces.current().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    },
  };
}

/** The example CAE (20 h, 90 %, 800 €), signed on 5 June 2008 and running from 9 June to 8 December 2008; today is the hiring day. */
export async function runningCae(a: Agency): Promise<number> {
  const draft = await a.ok('conventions.saveDraft', { document: exampleCae() });
  a.setToday('2008-06-09');
  await a.ok('conventions.transition', { id: draft.id, to: 'a_signer', date: '2008-06-04' });
  await a.ok('conventions.transition', { id: draft.id, to: 'signee', date: '2008-06-05' });
  await a.ok('conventions.transition', { id: draft.id, to: 'en_cours', date: '2008-06-09' });
  return draft.id;
}

/** Every row of the convention tables, to check that a refused call changed nothing. */
export function snapshot(a: Agency): Record<string, number> {
  return Object.fromEntries([...TABLES].map((t) => [t, a.count(t)]));
}
