/**
 * The bounds of a stored weekly duration and of an aid rate are written once,
 * in the rules (shared/rules/hours/weekly.ts, parameters/measures.ts): the
 * document schema, the API channels, the exchange schemas (zod) and their
 * published JSON Schemas (docs/schemas) all say the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/api/contract';
import { conventionSchema } from '../../shared/rules/document/schema';
import { hoursToMinutes, WEEKLY_HOURS, WEEKLY_MINUTES } from '../../shared/rules/hours/weekly';
import { MAX_AID_RATE_BP } from '../../shared/rules/parameters/measures';
import { conventionLine, eventLine, FILE_KINDS, packageVersion } from '../../electron/sync/schemas';
import { schemaFileName } from '../../electron/sync/write-schemas';

type Bounds = { minimum?: number; maximum?: number };

/** Every `minimum`/`maximum` pair under each property of that name, in a published JSON Schema. */
function boundsOf(schema: unknown, property: string): Bounds[] {
  const found: Bounds[] = [];
  const numeric = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(numeric);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'integer' || n.type === 'number') found.push({ minimum: n.minimum as number, maximum: n.maximum as number });
      Object.values(n).forEach(numeric);
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      const props = n.properties as Record<string, unknown> | undefined;
      if (props && property in props) numeric(props[property]);
      Object.values(n).forEach(walk);
    }
  };
  walk(schema);
  return found;
}

const published = FILE_KINDS.map((kind) => JSON.parse(fs.readFileSync(path.resolve('docs', 'schemas', schemaFileName(kind)), 'utf8')) as unknown);

describe('weekly hours: one set of bounds (shared/rules/hours/weekly.ts)', () => {
  it('1 to 35 hours, i.e. 60 to 2100 minutes', () => {
    expect(WEEKLY_HOURS).toMatchObject({ min: 1, max: 35 });
    expect(WEEKLY_MINUTES).toEqual({ min: hoursToMinutes(WEEKLY_HOURS.min), max: hoursToMinutes(WEEKLY_HOURS.max) });
  });

  it('the published JSON Schemas carry them for every weeklyMinutes and weeklyHours, and the highest aid cap for every aidRateBp', () => {
    const minutes = published.flatMap((s) => boundsOf(s, 'weeklyMinutes'));
    const hours = published.flatMap((s) => boundsOf(s, 'weeklyHours'));
    const rates = published.flatMap((s) => boundsOf(s, 'aidRateBp'));
    // Lot lines (convention, avenant, event) and package versions and events; the document's contract, renewals, events.
    expect(minutes.length).toBeGreaterThanOrEqual(5);
    expect(hours.length).toBeGreaterThanOrEqual(3);
    expect(rates.length).toBeGreaterThanOrEqual(3);
    for (const b of minutes) expect(b).toEqual({ minimum: WEEKLY_MINUTES.min, maximum: WEEKLY_MINUTES.max });
    for (const b of hours) expect(b).toEqual({ minimum: WEEKLY_HOURS.min, maximum: WEEKLY_HOURS.max });
    for (const b of rates) expect(b).toEqual({ minimum: 0, maximum: MAX_AID_RATE_BP });
  });

  it('the zod schemas accept the bounds and refuse one step beyond', () => {
    const withHours = (weeklyHours: number) => conventionSchema.safeParse({ schema: 'cae.convention/1', contract: { weeklyHours } }).success;
    expect([withHours(WEEKLY_HOURS.min), withHours(WEEKLY_HOURS.max), withHours(WEEKLY_HOURS.min - 0.5), withHours(WEEKLY_HOURS.max + 0.5)]).toEqual([
      true,
      true,
      false,
      false,
    ]);

    const minutes = (schema: { shape: { weeklyMinutes: { safeParse: (v: unknown) => { success: boolean } } } }) =>
      [WEEKLY_MINUTES.min, WEEKLY_MINUTES.max, WEEKLY_MINUTES.min - 1, WEEKLY_MINUTES.max + 1].map((m) => schema.shape.weeklyMinutes.safeParse(m).success);
    expect(minutes(conventionLine)).toEqual([true, true, false, false]);
    expect(minutes(eventLine)).toEqual([true, true, false, false]);
    expect(minutes(packageVersion)).toEqual([true, true, false, false]);

    const correct = (weeklyHours: number) => channels['exchanges.correct'].input.safeParse({ versionId: 1, values: { weeklyHours } }).success;
    expect([correct(WEEKLY_HOURS.max), correct(WEEKLY_HOURS.max + 0.5), correct(WEEKLY_HOURS.min - 0.5)]).toEqual([true, false, false]);
    const avenant = (weeklyHours: number) =>
      channels['conventions.addAvenant'].input.safeParse({ id: 1, kind: 'HOURS_CHANGE', on: '2008-10-01', signedOn: '2008-09-25', weeklyHours }).success;
    expect([avenant(WEEKLY_HOURS.max), avenant(WEEKLY_HOURS.max + 0.5), avenant(WEEKLY_HOURS.min - 0.5)]).toEqual([true, false, false]);
    const rate = (aidRatePercent: string) => channels['exchanges.correct'].input.safeParse({ versionId: 1, values: { aidRatePercent } }).success;
    expect([rate(String(MAX_AID_RATE_BP / 100)), rate(`${MAX_AID_RATE_BP / 100}.01`)]).toEqual([true, false]);
  });
});
