import { describe, expect, it } from 'vitest';
import { runDeadline } from './deadline';
import { fakeIo } from '../../../test/helpers/cli';

describe('cae deadline', () => {
  it('002: 7 jours francs after Friday 6 June 2008 → Saturday 14 → Monday 16 June', async () => {
    const io = fakeIo('/');
    expect(await runDeadline(['jours-francs', '7', '2008-06-06'], io)).toBe(0);
    expect(io.out()).toBe('16/06/2008\n');
  });
  it('--department 974 skips 20 December; --json gives deadline and trace', async () => {
    const io = fakeIo('/');
    expect(await runDeadline(['jours', '1', '2007-12-19', '--department', '974', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.deadline).toBe('2007-12-21');
    expect(out.trace.inputs['échéance brute']).toBe('2007-12-20');
  });
  it.each([
    [['semaines', '1', '2008-01-01']],
    [['mois', '-1', '2008-01-01']],
    [['mois', '1', '2008-02-30']],
    [['mois', '1']],
    [['mois', '1', '2008-01-01', '--department', '20']],
    [['mois', '1', '2008-01-01', '--x']],
  ])('bad arguments %j: French message, exit 2', async (args) => {
    const io = fakeIo('/');
    expect(await runDeadline(args, io)).toBe(2);
    expect(io.err()).toContain('Usage : cae deadline');
    expect(io.out()).toBe('');
  });
});
