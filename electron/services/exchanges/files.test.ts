/**
 * « Importer un fichier » in a fresh employer workspace (no employer yet):
 * a return file needs the workspace's exchange identity and says what to
 * fill in; a convention package does not (it brings the employer), so a
 * real error during its import is never replaced by that message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { createAppServices } from '../../api/app-services';
import { exportConventionPackage } from '../../sync/package/export';
import { richEmployer } from '../../../test/helpers/package';
import { demoAgency, withDb } from '../../../test/helpers/agency-workspace';
import { base64, exportedAndAnswered } from '../../../test/helpers/exchanges';
import { TEST_PASSPHRASE } from '../../../test/helpers/passphrase';

const tempDir = useTempDir('cae-exchanges-files-');

async function freshEmployerApp(dataDir: string) {
  const app = createAppServices({ dataDir, mode: 'browser', today: () => '2009-06-16', now: () => '2009-06-16T08:00:00.000Z', log: () => undefined });
  const init = await app.invoke('workspace.initialize', { passphrase: TEST_PASSPHRASE, role: 'employeur', name: 'Association des jardins' });
  if (!init.ok) throw new Error(init.error.message);
  return app;
}

describe('exchanges.import in an employer workspace without employer yet', () => {
  it('a return file: says the employer must be filled in (CONFLICT), nothing written', async () => {
    const x = await exportedAndAnswered(path.join(tempDir(), 'agence'));
    const app = await freshEmployerApp(path.join(tempDir(), 'employeur'));
    const reply = await app.invoke('exchanges.import', { fileName: x.answer.fileName, base64: base64(x.answer.text), dryRun: false });
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining("n'a pas d'employeur : renseignez-le") } });
    expect(app.workspaces.current().prepare('SELECT count(*) FROM exchange_lots').pluck().get()).toBe(0);
    app.close();
  });

  it('a convention package whose import fails for a real reason: that error comes through, not « renseignez l’employeur »; nothing written', async () => {
    const agencyDir = path.join(tempDir(), 'agence-demo');
    const agencyFile = demoAgency(agencyDir);
    const pkg = withDb(agencyFile, (db) =>
      exportConventionPackage(db, {
        employerSiret: richEmployer(agencyFile).siret,
        outDir: path.join(agencyDir, 'out'),
        now: new Date('2009-06-15T08:00:00Z'),
      }),
    );
    const app = await freshEmployerApp(path.join(tempDir(), 'employeur'));
    const db = app.workspaces.current();
    const tables = ['employers', 'employees', 'conventions', 'contract_events', 'exchange_lots', 'exchange_lot_lines', 'audit_log'];
    const counts = () => tables.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
    const before = counts();
    expect(before.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    // A failure in the middle of the transaction (a full disk, say): the convention rows cannot be written.
    db.exec("CREATE TEMP TRIGGER panne BEFORE INSERT ON main.conventions BEGIN SELECT RAISE(ABORT, 'disque plein'); END");
    const reply = await app.invoke('exchanges.import', {
      fileName: pkg.fileName,
      base64: Buffer.from(fs.readFileSync(pkg.file)).toString('base64'),
      dryRun: false,
    });
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: "Erreur interne : l'opération n'a pas abouti et rien n'a été modifié." } });
    expect(counts()).toEqual(before);
    // Once the failure is gone, the same package applies.
    db.exec('DROP TRIGGER temp.panne');
    const applied = await app.invoke('exchanges.import', {
      fileName: pkg.fileName,
      base64: Buffer.from(fs.readFileSync(pkg.file)).toString('base64'),
      dryRun: false,
    });
    expect(applied).toMatchObject({ ok: true, value: { kind: 'applied', refused: false } });
    app.close();
  });
});
