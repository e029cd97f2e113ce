import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPrerequisites, findSoffice } from '../../scripts/prerequisites.mjs';

const SCRIPT = path.resolve(import.meta.dirname, '..', '..', 'scripts', 'prerequisites.mjs');
/** A PATH with nothing on it: no soffice there (node is run by its full path). */
const NODE_ONLY = fs.mkdtempSync(path.join(os.tmpdir(), 'cae-empty-path-'));

describe('prerequisites of npm test (scripts/prerequisites.mjs)', () => {
  it('passes on this install, with no Chromium of the system needed', () => {
    const { problems } = checkPrerequisites({ env: { PATH: NODE_ONLY } });
    expect(problems).toEqual([]);
  });

  it('names what to install, in one sentence, French then English', () => {
    const oldNode = checkPrerequisites({ env: { PATH: NODE_ONLY }, nodeVersion: '18.20.4' }).problems;
    expect(oldNode).toHaveLength(1);
    expect(oldNode[0]).toMatch(/^Node\.js 20\.19 ou plus récent est nécessaire \(trouvé 18\.20\.4\) \/ Node\.js 20\.19 or newer/);

    const badChromium = checkPrerequisites({ env: { PATH: NODE_ONLY, CHROMIUM_PATH: '/nulle/part/chromium' } }).problems;
    expect(badChromium).toHaveLength(1);
    expect(badChromium[0]).toContain('CHROMIUM_PATH désigne « /nulle/part/chromium »');
  });

  it('LibreOffice: a note outside CI, a stop under CI=true', () => {
    expect(findSoffice({ PATH: NODE_ONLY })).toBeNull();
    const local = checkPrerequisites({ env: { PATH: NODE_ONLY } });
    expect(local.problems).toEqual([]);
    expect(local.notes).toEqual([expect.stringMatching(/^LibreOffice absent : l’ouverture des exports CSV dans Calc ne sera pas lancée/)]);
    const ci = checkPrerequisites({ env: { PATH: NODE_ONLY, CI: 'true' } });
    expect(ci.problems).toEqual([expect.stringContaining('installez « libreoffice-calc-nogui »')]);
  });

  it('stops npm test at once with exit 1 and the sentence alone', () => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [SCRIPT], { env: { PATH: NODE_ONLY, CHROMIUM_PATH: '/nulle/part/chromium' }, encoding: 'utf8' });
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('CHROMIUM_PATH')]);
  });
});
