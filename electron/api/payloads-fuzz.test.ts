/**
 * Issue #15, section 3: every API payload refused clearly. A fast-check
 * property over every channel of the contract (shared/api/contract.ts and the
 * *-contract.ts it spreads) with arbitrary JSON payloads: the dispatcher
 * answers ok or a French refusal, never throws, never answers « Erreur
 * interne », and the database is unchanged (content hash) when it refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels, type Channel } from '../../shared/api/contract';
import { readExample } from '../../test/fixtures/index';
import { useTempDir } from '../../test/helpers/temp-dir';
import { mainDatabasePath } from '../app/data-dir';
import { generateDemoWorkspace } from '../app/demo/generate';
import { contentHash } from '../db/backup-file';
import { createAppServices } from './app-services';
import { ENGLISH, ownWords } from '../../test/helpers/english';

const tempDir = useTempDir('cae-payloads-fuzz-');

type ZodDef = { type: string; shape?: Record<string, unknown>; in?: unknown; innerType?: unknown; options?: unknown[]; element?: unknown };

/** The keys a channel's input schema knows (its object, through defaults, pipes and unions), so payloads reach past the first check. */
function knownKeys(schema: unknown, depth = 0): string[] {
  const def = (schema as { _zod?: { def?: ZodDef } })._zod?.def;
  if (!def || depth > 6) return [];
  if (def.type === 'object' && def.shape) return Object.keys(def.shape).concat(...Object.values(def.shape).map((s) => knownKeys(s, depth + 1)));
  const inner = [def.in, def.innerType, def.element, ...(def.options ?? [])].filter(Boolean);
  return [...new Set(inner.flatMap((s) => knownKeys(s, depth + 1)))];
}

/** Values that look like what the forms send, and traps: control and bidi characters, huge or negative numbers, odd dates. */
const nearValue = fc.oneof(
  fc.integer({ min: -2, max: 40 }),
  fc.constantFrom(0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 999999999),
  fc.constantFrom('2009-06-15', '2009-02-30', '0000-00-00', '9999-12-31', '15/06/2009', '2008-05-01T00:00:00Z', ''),
  fc.constantFrom('agence', 'employeur', 'CAE', 'CAV', 'brouillon', 'en_cours', 'csv', 'asc', 'x'.repeat(300), '\u001b[31m', '\u202e', '\u0000', '../../etc'),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
);

const value: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: nearValue }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });

/** A payload for `channel`: any JSON, or an object of its own keys (and sometimes one more) with near or arbitrary values. */
function payloadFor(channel: Channel): fc.Arbitrary<unknown> {
  const keys = knownKeys(channels[channel].input);
  const shaped = keys.length
    ? fc.dictionary(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), value, { maxKeys: 6 })
    : fc.constant({});
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 3, arbitrary: shaped },
    { weight: 1, arbitrary: fc.constantFrom(undefined, {}) },
  );
}

/** Runs in all (FUZZ_RUNS=100000 for a long run: npm run fuzz), shared out so that every channel gets its own. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** A data folder whose own database is the demo agency (30 conventions). */
function agencyFolder(): string {
  const dir = tempDir();
  generateDemoWorkspace({ file: mainDatabasePath(dir), role: 'agence', conventions: 30, seed: 1 });
  return dir;
}

describe('every API payload refused in French, the database unchanged (issue #15 §3)', () => {
  it('knows the keys of every channel that takes some (the payloads reach past the first check)', () => {
    expect(knownKeys(channels['conventions.saveDraft'].input).length).toBeGreaterThan(3);
    expect(knownKeys(channels['exchanges.import'].input)).toEqual(expect.arrayContaining(['fileName', 'base64', 'dryRun']));
  });

  it('« Sauvegarder maintenant » with 1 backup kept, in the same second as the automatic one, keeps the new one (found by the fuzz: « Erreur interne »)', async () => {
    const now = '2026-12-04T10:00:00.000Z';
    const app = createAppServices({ dataDir: agencyFolder(), mode: 'browser', now: () => now, today: () => now.slice(0, 10), log: () => undefined });
    try {
      expect(await app.invoke('backups.saveSettings', { keep: 1 })).toMatchObject({ ok: true });
      for (let i = 0; i < 3; i++) {
        const made = await app.invoke('backups.create', {});
        expect(made).toMatchObject({ ok: true, value: { kind: 'manuelle' } });
        const list = await app.invoke('backups.list', {});
        expect(list.ok && list.value.items.map((b) => b.name)).toEqual([made.ok && made.value.name]);
      }
    } finally {
      app.close();
    }
  });

  it('a convention saved with a bidi mark in a text is refused for that field in French, nothing written', async () => {
    const now = '2026-12-04T10:00:00.000Z';
    const app = createAppServices({ dataDir: agencyFolder(), mode: 'browser', now: () => now, today: () => now.slice(0, 10), log: () => undefined });
    try {
      const document = structuredClone(readExample('convention-cae')) as { employee: Record<string, unknown> };
      document.employee.lastName = 'DU\u202ePONT';
      const before = contentHash(app.workspaces.ready(), []);
      const reply = await app.dispatch('conventions.saveDraft', { document });
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      const fields = !reply.ok ? reply.error.fields : undefined;
      expect(fields?.['document.employee.lastName']).toBe('caractère invisible refusé (caractère de contrôle ou de direction du texte) : retapez ce champ');
      expect(contentHash(app.workspaces.ready(), [])).toBe(before);
    } finally {
      app.close();
    }
  });

  it('arbitrary JSON to every channel: ok or a French refusal, never a throw nor « Erreur interne », nothing changed when refused (fast-check)', async () => {
    const logged: unknown[] = [];
    const clock = { now: '2026-12-04T10:00:00.000Z' };
    const app = createAppServices({
      dataDir: agencyFolder(),
      mode: 'browser',
      now: () => clock.now,
      today: () => clock.now.slice(0, 10),
      log: (e) => logged.push(e),
    });
    try {
      let before = contentHash(app.workspaces.ready());
      // Each channel its own share of the runs: every one is called, whatever the seed (one drawn at random among ~100 could be missed).
      for (const channel of CHANNEL_NAMES) {
        await fc.assert(
          fc.asyncProperty(payloadFor(channel), async (payload) => {
            const reply = await app.dispatch(channel, payload);
            const after = contentHash(app.workspaces.ready());
            if (reply.ok) {
              before = after; // an accepted write (a view saved, a lot exported) is the new state
              return;
            }
            expect(logged).toEqual([]);
            expect(reply.error.code).not.toBe('INTERNAL');
            expect(reply.error.message.length).toBeGreaterThan(0);
            expect(ownWords(reply.error.message)).not.toMatch(ENGLISH);
            for (const message of Object.values(reply.error.fields ?? {})) expect(ownWords(message)).not.toMatch(ENGLISH);
            expect(after).toBe(before);
          }),
          { numRuns: Math.max(1, Math.ceil(RUNS / CHANNEL_NAMES.length)) },
        );
      }
    } finally {
      app.close();
    }
  }, 3_600_000);
});
