/** `cae conservation`: the conventions due under the retention period; `--archiver FICHIER` archives them encrypted, then deletes them. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoAgency, withDb } from '../../../test/helpers/agency-workspace';
import { fakeIo } from '../../../test/helpers/cli';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { contentHash } from '../../db/backup-file';
import { decryptArchive } from '../../db/sealed-file';
import { saveRetentionYears } from '../../services/retention';
import { main } from '../main';

const tempDir = useTempDir('cae-conservation-');
const PASSPHRASE = 'correct cheval pile agrafe';

async function cae(dir: string, env: Record<string, string>, ...args: string[]) {
  const io = { ...fakeIo(dir), env: { SOURCE_DATE_EPOCH: '1245052800', ...env } };
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('cae conservation', () => {
  it('says how many are due, refuses a missing passphrase or an existing file without changing anything, then archives and deletes them', async () => {
    const dir = tempDir();
    const file = demoAgency(dir);
    withDb(file, (db) => saveRetentionYears(db, 2, '2026-12-04T10:00:00.000Z'));
    const due = withDb(file, (db) =>
      db.prepare("SELECT count(*) FROM conventions WHERE status NOT IN ('brouillon', 'a_signer') AND ends_on < '2007-06-15'").pluck().get(),
    ) as number;
    expect(due).toBeGreaterThan(0);

    const summary = await cae(dir, {}, 'conservation', '--data-dir', dir, '--demo');
    expect(summary).toMatchObject({ code: 0, out: `Au 15/06/2009 : ${due} conventions à archiver (fin avant le 15/06/2007, conservation 2 an(s)).\n` });

    const before = withDb(file, (db) => contentHash(db));
    const target = path.join(dir, 'archive.cae-archive');
    const refused = await cae(dir, {}, 'conservation', '--data-dir', dir, '--demo', '--archiver', target);
    expect(refused).toMatchObject({
      code: 2,
      err: expect.stringContaining("Phrase de passe attendue dans la variable CAE_PHRASE_ARCHIVE, d'au moins 12 caractères"),
    });
    fs.writeFileSync(target, 'déjà là');
    const exists = await cae(dir, { CAE_PHRASE_ARCHIVE: PASSPHRASE }, 'conservation', '--data-dir', dir, '--demo', '--archiver', target);
    expect(exists).toMatchObject({ code: 2, err: expect.stringContaining('existe déjà : choisissez un autre nom') });
    expect(fs.readFileSync(target, 'utf8')).toBe('déjà là');
    expect(withDb(file, (db) => contentHash(db))).toBe(before);
    fs.rmSync(target);

    const done = await cae(dir, { CAE_PHRASE_ARCHIVE: PASSPHRASE }, 'conservation', '--data-dir', dir, '--demo', '--archiver', target, '--json');
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ count: due, archive: target });
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    const archived = JSON.parse(decryptArchive(fs.readFileSync(target), PASSPHRASE)) as { conventionIds: number[] };
    expect(archived.conventionIds).toHaveLength(due);
    expect((await cae(dir, {}, 'conservation', '--data-dir', dir, '--demo', '--json')).out).toContain('"due":0');
  });
});
