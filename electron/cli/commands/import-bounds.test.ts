/**
 * Issue #15, section 3, through `cae import`: nothing read without bound
 * (only regular files, the screen's 64 Mo cap checked before reading), the
 * file name's length, and a refusal of thousands of lines printed in a few
 * dozen lines on stderr.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../../shared/api/exchanges-contract';
import { canonical, sha256, type Json } from '../../../test/counterpart/respond';
import { demoAgency, dumpTables } from '../../../test/helpers/agency-workspace';
import { fakeIo } from '../../../test/helpers/cli';
import { sentLot } from '../../../test/helpers/sent-lot';
import { useTempDir } from '../../../test/helpers/temp-dir';
import { runImport } from './import';

const tempDir = useTempDir('cae-import-bounds-');
const env = { SOURCE_DATE_EPOCH: '1245484800' }; // 2009-06-20, the day the answer is written
const unix = process.platform !== 'win32';

async function importing(dir: string, ...args: string[]) {
  const io = { ...fakeIo(dir), env };
  const code = await runImport([...args, '--data-dir', dir, '--demo', 'agence'], io);
  return { code, err: io.err(), out: io.out() };
}

describe('cae import reads only a regular file of 64 Mo at most, and says why in French (exit 2)', () => {
  it.runIf(unix)('/dev/zero is refused at once as a device, without reading it', async () => {
    const dir = tempDir();
    demoAgency(dir);
    const started = Date.now();
    const result = await importing(dir, '/dev/zero');
    expect(result.code).toBe(2);
    expect(result.err).toBe('Impossible de lire /dev/zero : c’est un périphérique, pas un fichier : il pourrait ne jamais finir.\n');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.runIf(unix)('a FIFO is refused at once, never waited on', async () => {
    const dir = tempDir();
    demoAgency(dir);
    const fifo = path.join(dir, 'tube.json');
    execFileSync('mkfifo', [fifo]);
    const result = await importing(dir, fifo);
    expect(result.code).toBe(2);
    expect(result.err).toContain('c’est un tube nommé (FIFO), pas un fichier');
  });

  it('a folder is refused', async () => {
    const dir = tempDir();
    demoAgency(dir);
    const result = await importing(dir, dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('c’est un dossier, pas un fichier');
  });

  it('70 Mo is refused before reading, with the same 64 Mo cap as the Échanges screen; 64 Mo exactly is read', async () => {
    const dir = tempDir();
    const db = demoAgency(dir);
    const big = path.join(dir, 'gros.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 70 * 1024 * 1024);
    const before = dumpTables(db);
    const result = await importing(dir, big);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`Impossible de lire ${big} : fichier trop volumineux (70,0 Mo, 64 Mo au plus).\n`);
    expect(dumpTables(db)).toBe(before);
    // At the cap, the file is read, then refused for its content (zeros are not UTF-8 JSON).
    fs.truncateSync(big, IMPORT_MAX_BYTES);
    const atCap = await importing(dir, big, '--dry-run');
    expect(atCap.code).toBe(1);
  });

  it('a name longer than 255 bytes is refused in French, no ENAMETOOLONG', async () => {
    const dir = tempDir();
    demoAgency(dir);
    const result = await importing(dir, path.join(dir, `${'é'.repeat(130)}.json`));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/: nom trop long \(255 octets au plus\)\.\n$/);
  });

  it('a 245-character name is imported, and quarantined under a shortened name when refused', async () => {
    const dir = tempDir();
    const { db, reply } = await sentLot(dir, env);
    const long = path.join(dir, `${'R'.repeat(240)}.json`);
    fs.writeFileSync(long, fs.readFileSync(reply, 'utf8').slice(0, 100));
    const before = dumpTables(db);
    const result = await importing(dir, long);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Fichier tronqué');
    expect(result.err).not.toMatch(/ENAMETOOLONG| {4}at /);
    expect(dumpTables(db)).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'quarantaine'))).toHaveLength(2);
  });

  it('a file that is not JSON is said so, not « tronqué »', async () => {
    const dir = tempDir();
    demoAgency(dir);
    const csv = path.join(dir, 'retour.csv');
    fs.writeFileSync(csv, 'numero;montant\n069-0608;12,00\n');
    const result = await importing(dir, csv);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'Ce n’est pas un fichier d’échange : un document JSON commençant par « { » est attendu, la ligne 1 du fichier commence autrement.',
    );
    expect(result.err).not.toContain('tronqué');
  });
});

describe('cae import: a refusal of thousands of lines prints a few dozen lines on stderr and counts the others', () => {
  it('20 reasons, then how many more (--verbose: 50), the quarantine last', async () => {
    const dir = tempDir();
    const { db, reply, text } = await sentLot(dir, env);
    const file = JSON.parse(text) as { header: Record<string, Json>; lines: Record<string, Json>[] };
    for (let i = 0; i < 5000; i++) file.lines.push({ lineNo: file.lines.length + 1, record: 'ACCEPTED', lotLineNo: 90_000 + i });
    file.header.recordCount = file.lines.length;
    file.header.sha256 = sha256(canonical(file.lines as Json));
    fs.writeFileSync(reply, JSON.stringify(file));
    const before = dumpTables(db);

    const result = await importing(dir, reply);
    expect(result.code).toBe(1);
    const lines = result.err.trimEnd().split('\n');
    expect(lines).toHaveLength(23);
    expect(lines[21]).toBe('… et 4980 autre(s) motif(s) (--verbose en montre 50, --json aussi).');
    expect(lines[22]).toMatch(/^Fichier gardé en quarantaine : /);

    const verbose = await importing(dir, reply, '--verbose');
    const verboseLines = verbose.err.trimEnd().split('\n');
    expect(verboseLines).toHaveLength(53);
    expect(verboseLines[51]).toBe('… et 4950 autre(s) motif(s).');

    const json = await importing(dir, reply, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ kind: 'refused', omitted: 4950 });
    expect(json.err.split('\n').length).toBeLessThanOrEqual(2);
    expect(dumpTables(db)).toBe(before);
  });
});
