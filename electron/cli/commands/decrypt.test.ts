import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileEncryption } from '../../db/encryption';
import { agency, exampleCae } from '../../../test/helpers/conventions';
import { fakeIo } from '../../../test/helpers/cli';
import { TEST_PASSPHRASE } from '../../../test/helpers/passphrase';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { main } from '../main';

const tempDir = useTempDir();
const NIR = exampleCae().employee!.nir!;

/** An encrypted agency workspace with one refused file kept (sealed) in its quarantine. */
async function encryptedWithQuarantine(dir: string): Promise<string> {
  const a = await agency(dir);
  const base64 = Buffer.from(JSON.stringify({ format: 'inconnu', nir: NIR })).toString('base64');
  const refused = await a.ok('exchanges.import', { fileName: 'RETOUR.json', base64, dryRun: false });
  expect(refused.kind).toBe('refused');
  a.app.close();
  const kept = fs.readdirSync(path.join(dir, 'quarantaine')).find((name) => !name.includes('.rapport.'))!;
  return path.join(dir, 'quarantaine', kept);
}

describe('the command line on an encrypted workspace (issue #15, encryption at rest)', () => {
  it('says in French how to give the passphrase (CAE_PHRASE_SECRETE), and works with it', async () => {
    const dir = tempDir();
    await encryptedWithQuarantine(dir);
    const locked = fakeIo(dir);
    expect(await main(['verify', '--data-dir', dir], locked)).toBe(2);
    expect(locked.err()).toMatch(/est chiffrée : donnez sa phrase secrète dans la variable d'environnement CAE_PHRASE_SECRETE/);
    const wrong = { ...fakeIo(dir), env: { CAE_PHRASE_SECRETE: 'pas la bonne phrase' } };
    expect(await main(['verify', '--data-dir', dir], wrong)).toBe(2);
    const given = fakeIo(dir);
    given.env.CAE_PHRASE_SECRETE = TEST_PASSPHRASE;
    expect(await main(['verify', '--data-dir', dir], given)).toBe(0);
    expect(given.out()).toMatch(/Base intègre/);
  });

  it('cae backup writes an encrypted backup, which cae restore puts back with the passphrase', async () => {
    const dir = tempDir();
    await encryptedWithQuarantine(dir);
    const io = fakeIo(dir);
    io.env.CAE_PHRASE_SECRETE = TEST_PASSPHRASE;
    expect(await main(['backup', '--data-dir', dir, '--json'], io)).toBe(0);
    const backup = (JSON.parse(io.out()) as { file: string }).file;
    expect(fileEncryption(backup)).toBe('encrypted');
    const restore = fakeIo(dir);
    expect(await main(['restore', backup, '--data-dir', dir], restore)).toBe(1);
    expect(restore.err()).toMatch(/est chiffré : il faut la phrase secrète/);
    restore.env.CAE_PHRASE_SECRETE = TEST_PASSPHRASE;
    expect(await main(['restore', backup, '--data-dir', dir], restore)).toBe(0);
  });

  it('cae dechiffrer reads a copy kept sealed in quarantine with the passphrase, and refuses a wrong one', async () => {
    const dir = tempDir();
    const kept = await encryptedWithQuarantine(dir);
    expect(kept.endsWith('.chiffre')).toBe(true);
    expect(fs.readFileSync(kept).includes(Buffer.from(NIR))).toBe(false);
    const io = fakeIo(dir);
    io.env.CAE_PHRASE_SECRETE = TEST_PASSPHRASE;
    expect(await main(['dechiffrer', kept], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ format: 'inconnu', nir: NIR });
    const wrong = fakeIo(dir);
    wrong.env.CAE_PHRASE_SECRETE = 'pas la bonne phrase';
    expect(await main(['dechiffrer', kept], wrong)).toBe(2);
    expect(wrong.err()).toMatch(/phrase secrète incorrecte/);
    expect(wrong.out()).toBe('');
  });
});
