import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';
import { conventionLine, eventLine, lotText } from './lot-fixture';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tempDir = useTempDir('cae-counterpart-');

/** `npm run counterpart -- …` runs this very command. */
function counterpart(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'test/counterpart/cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1245488400' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run counterpart (command line of the reference counterpart)', () => {
  it('writes the return file into --out and, with --state, remembers accepted conventions from one lot to the next', () => {
    const dir = tempDir();
    const state = path.join(dir, 'etat.json');
    fs.writeFileSync(path.join(dir, 'lot1.json'), lotText([conventionLine()]));
    const first = counterpart([path.join(dir, 'lot1.json'), '--out', path.join(dir, 'in'), '--state', state]);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out.trim()).toBe(path.join(dir, 'in', 'RET_CNASEA_000001_20090620T090000Z.json'));
    expect(JSON.parse(fs.readFileSync(state, 'utf8'))).toEqual(['069060912345']);

    fs.writeFileSync(path.join(dir, 'lot2.json'), lotText([eventLine('069060912345'), eventLine('069060900000')], 2));
    expect(counterpart([path.join(dir, 'lot2.json'), '--out', path.join(dir, 'in'), '--sequence', '2', '--state', state]).code).toBe(0);
    const reply = JSON.parse(fs.readFileSync(path.join(dir, 'in', 'RET_CNASEA_000002_20090620T090000Z.json'), 'utf8')) as {
      lines: { record: string; code?: string }[];
    };
    expect(reply.lines.map((l) => l.code ?? l.record)).toEqual(['ACCEPTED', 'CONVENTION_INCONNUE']);
  });

  it('exits with 1 on an invalid lot and 2 on a usage error, writing nothing', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'lot.json'),
      lotText([conventionLine()], 1, (lot) => (lot.header.recordCount = 9)),
    );
    const refused = counterpart([path.join(dir, 'lot.json'), '--out', path.join(dir, 'in')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('Lot refusé');
    expect(counterpart([path.join(dir, 'lot.json')]).code).toBe(2);
    expect(counterpart([path.join(dir, 'lot.json'), '--out', dir, '--sequence', 'zéro']).code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'in'))).toBe(false);
  });
});
