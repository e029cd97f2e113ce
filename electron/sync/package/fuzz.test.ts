/**
 * Issue #15, section 3: the convention package (agency → employer) as an
 * input. Random mutations of a package already applied in an employer
 * workspace (bytes changed, cut, inserted, trap characters): never a throw,
 * never English, always « refusé » or « déjà importé », the database unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoAgency, dumpTables, withDb } from '../../../test/helpers/agency-workspace';
import { freshEmployer, richEmployer } from '../../../test/helpers/package';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { refreshAidPayments } from '../../services/aid-payments';
import { importExchangeFile } from '../import';
import { describeImport } from '../report';
import { exportConventionPackage } from './export';
import { ENGLISH, ownWords } from '../../../test/helpers/english';

const tempDir = useTempDir('cae-package-fuzz-');

/** Words that betray a message left in English (a stack trace, a Node or zod error). */

type Mutation = { kind: 'byte'; at: number; value: number } | { kind: 'cut'; at: number; length: number } | { kind: 'insert'; at: number; text: string };

const weird = fc.constantFrom('\u001b[31m', '\u202e', '\uFEFF', '"', '{', '}', ',', '\\', '\u0000', '"lineNo": 1,', '9007199254740991', 'é', '\n', '"x":');
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(weird, fc.string({ maxLength: 8 })) }),
);

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = m.at % bytes.length;
  if (m.kind === 'byte') return Buffer.concat([bytes.subarray(0, at), Buffer.from([m.value]), bytes.subarray(at + 1)]);
  if (m.kind === 'cut') return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text), bytes.subarray(at)]);
}

describe('convention package import: random mutations refused in French, nothing changed (issue #15 §3)', () => {
  it('never a throw, never English, « refusé » or « déjà importé », the employer database unchanged (fast-check)', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const sent = withDb(agencyFile, (db) =>
      exportConventionPackage(db, { employerSiret: rich.siret, outDir: path.join(dir, 'out'), now: new Date('2009-06-15T08:00:00Z') }),
    );
    const employerFile = freshEmployer(path.join(dir, 'employeur.sqlite'));
    const original = fs.readFileSync(sent.file);
    withDb(employerFile, (db) => {
      const options = { file: sent.file, dataDir: dir, now: '2009-06-16T08:00:00Z', onConventionChanged: refreshAidPayments };
      expect(importExchangeFile(db, original, { ...options, dryRun: false }).kind).toBe('package-applied');
      const before = dumpTables(employerFile);
      fc.assert(
        // A preview quarantines nothing: faster, and the same checks.
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), (mutations, dryRun) => {
          const outcome = importExchangeFile(db, mutations.reduce(mutate, original), { ...options, dryRun });
          expect(['refused', 'already']).toContain(outcome.kind);
          const report = describeImport(outcome);
          for (const line of [report.title, ...report.lines]) expect(ownWords(line)).not.toMatch(ENGLISH);
          expect(dumpTables(employerFile)).toBe(before);
          // Checked, then removed: a long run (FUZZ_RUNS) does not fill the folder.
          const kept = outcome.kind === 'refused' ? outcome.quarantined : null;
          expect(kept === null).toBe(dryRun || outcome.kind === 'already');
          if (kept) for (const f of [kept, `${kept}.rapport.txt`]) fs.rmSync(f);
        }),
        // FUZZ_RUNS=100000 for a long run (npm run fuzz).
        { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
      );
    });
  }, 3_600_000);
});
