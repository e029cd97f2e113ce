/**
 * `cae verify` (issue #15 §1): integrity_check and the audit log's hash chain;
 * exports and imports are in the log (the issue found them missing).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoAgency, withDb } from '../../../test/helpers/agency-workspace';
import { fakeIo } from '../../../test/helpers/cli';
import { freshEmployer, richEmployer } from '../../../test/helpers/package';
import { auditChain } from '../../db/repositories/audit';
import { refreshAidPayments } from '../../services/aid-payments';
import { importExchangeFile } from '../../sync/import';
import { exportConventionPackage } from '../../sync/package/export';
import { sentLot } from '../../../test/helpers/sent-lot';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { main } from '../main';

const tempDir = useTempDir('cae-verify-');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const entries = (file: string, like: string) =>
  withDb(
    file,
    (d) => d.prepare('SELECT action, details FROM audit_log WHERE action LIKE ? ORDER BY id').all(like) as { action: string; details: string }[],
  ).map((e) => ({ action: e.action, ...(JSON.parse(e.details) as Record<string, unknown>) }));
const env = { SOURCE_DATE_EPOCH: '1245052800' }; // 2009-06-15

async function cae(dir: string, ...args: string[]) {
  const io = { ...fakeIo(dir), env };
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

/** A demo agency that has sent its lot and imported the counterpart's answer. */
async function exchanged(dir: string): Promise<string> {
  const { db, reply } = await sentLot(dir, env);
  expect((await cae(dir, 'import', reply, '--data-dir', dir, '--demo', 'agence')).code).toBe(0);
  return db;
}

describe('cae verify', () => {
  it('logs each exported lot and each imported return file in the audit log, chained', async () => {
    const dir = tempDir();
    const db = await exchanged(dir);
    const actions = withDb(db, (d) => d.prepare("SELECT action, details FROM audit_log WHERE action LIKE 'exchange.%' ORDER BY id").all()) as {
      action: string;
      details: string;
    }[];
    expect(actions.map((a) => a.action)).toEqual(['exchange.exportLot', 'exchange.importReturn']);
    expect(JSON.parse(actions[0]!.details)).toMatchObject({
      fileName: expect.stringMatching(/^LOT_/),
      lines: expect.any(Number),
      linesSha256: expect.any(String),
    });
    expect(JSON.parse(actions[1]!.details)).toMatchObject({ answers: expect.stringMatching(/^LOT_/), fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('logs a package sent to an employer and its import (with the file’s SHA-256); a refused file is in quarantine, not in the log', () => {
    const dir = tempDir();
    const agencyFile = demoAgency(dir);
    const rich = richEmployer(agencyFile);
    const sent = withDb(agencyFile, (db) =>
      exportConventionPackage(db, { employerSiret: rich.siret, outDir: path.join(dir, 'out'), now: new Date('2009-06-15T08:00:00Z') }),
    );
    expect(entries(agencyFile, 'exchange.%')).toEqual([
      expect.objectContaining({ action: 'exchange.exportPackage', fileName: sent.fileName, recipient: rich.siret, conventions: rich.signed.length }),
    ]);
    const employerFile = freshEmployer(path.join(dir, 'employeur', 'cae.sqlite'));
    const dataDir = path.join(dir, 'employeur');
    const importOf = (file: string) =>
      withDb(employerFile, (db) =>
        importExchangeFile(db, fs.readFileSync(file), { file, dataDir, dryRun: false, now: '2009-06-16T08:00:00Z', onConventionChanged: refreshAidPayments }),
      );
    expect(importOf(sent.file).kind).toBe('package-applied');
    const junk = path.join(dir, 'n’importe-quoi.json');
    fs.writeFileSync(junk, '{"pas": "un fichier d’échange"}');
    expect(importOf(junk).kind).toBe('refused');
    // A refused file changes nothing in the base (the audit log included): it is kept with its report in quarantine.
    expect(entries(employerFile, 'exchange.%')).toEqual([
      expect.objectContaining({ action: 'exchange.importPackage', fileName: sent.fileName, fileSha256: sha256(fs.readFileSync(sent.file)) }),
    ]);
    expect(withDb(employerFile, auditChain).broken).toBeNull();
  });

  it('says the base is sound and the chain intact (exit 0), in French and as JSON', async () => {
    const dir = tempDir();
    await exchanged(dir);
    const text = await cae(dir, 'verify', '--data-dir', dir, '--demo', 'agence');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Base intègre \(integrity_check\)\.\nJournal d’audit : \d+ entrée\(s\), chaîne intacte\.\n$/);
    const json = await cae(dir, 'verify', '--data-dir', dir, '--demo', 'agence', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, integrity: 'ok', audit: { broken: null, legacy: 0 } });
  });

  it('says where the chain breaks when an entry was changed behind the app (exit 1)', async () => {
    const dir = tempDir();
    const db = await exchanged(dir);
    const id = withDb(db, (d) => {
      d.exec('DROP TRIGGER audit_log_no_update');
      d.prepare("UPDATE audit_log SET actor = 'quelqu’un' WHERE action = 'exchange.exportLot'").run();
      return d.prepare("SELECT id FROM audit_log WHERE action = 'exchange.exportLot'").pluck().get() as number;
    });
    const text = await cae(dir, 'verify', '--data-dir', dir, '--demo', 'agence');
    expect(text.code).toBe(1);
    expect(text.out).toMatch(
      new RegExp(`Journal d’audit : chaîne rompue à l’entrée n° ${id} du \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d : son contenu ne correspond plus à son empreinte`),
    );
  });

  it('refuses an unexpected argument in French (exit 2)', async () => {
    const dir = tempDir();
    demoAgency(dir);
    const text = await cae(dir, 'verify', 'fichier.sqlite', '--data-dir', dir, '--demo', 'agence');
    expect(text.code).toBe(2);
    expect(text.err).toMatch(/^Argument inattendu : « fichier\.sqlite »\./);
  });
});
