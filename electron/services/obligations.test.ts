import { callsOf } from '../../test/helpers/app-calls';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { fakeIo } from '../../test/helpers/cli';
import { createAppServices } from '../api/app-services';
import { runObligations } from '../cli/commands/obligations';

const tempDir = useTempDir();

/** The employer demo (seen from its reference date, 15/06/2009), through the API as the screen calls it. */
async function employerDemo(dir = tempDir()) {
  const app = createAppServices({ dataDir: dir, mode: 'browser', today: () => '2026-12-04', now: () => '2026-12-04T10:00:00.000Z', log: () => undefined });
  const { call, ok } = callsOf(app);
  await ok('workspace.openDemo', { role: 'employeur' });
  return { app, call, ok, dir };
}

describe('obligations service: the employer’s list, its marks and its setting', () => {
  it('lists every convention’s obligations seen from the demo’s day, sorted by due date, overdue ones counted', async () => {
    const { ok, app } = await employerDemo();
    const list = await ok('obligations.list', {});
    expect(list.today).toBe('2009-06-15');
    expect(list.renewalLeadMonths).toBe(1);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.map((i) => i.due)).toEqual([...list.items.map((i) => i.due)].sort());
    expect(list.summary.overdue).toBe(list.items.filter((i) => i.due < list.today && !i.done).length);
    expect(new Set(list.items.map((i) => i.key)).size).toBe(list.items.length);
    app.close();
  });

  it('marks an item done with its day and who did it, in one transaction; a mark is taken back; a bad mark changes nothing', async () => {
    const { ok, call, app } = await employerDemo();
    const before = await ok('obligations.list', {});
    const open = before.items.find((i) => i.markable && !i.done)!;
    const future = await call('obligations.markDone', { key: open.key, doneOn: '2009-06-16' });
    expect(future.ok ? '' : future.error.message).toBe('Rien n’est enregistré : la date (16/06/2009) est postérieure au 15/06/2009.');
    const unknown = await call('obligations.markDone', { key: '999:PROOF:2009-01-01', doneOn: '2009-06-01' });
    expect(unknown.ok ? '' : unknown.error.message).toContain('aucune obligation « 999:PROOF:2009-01-01 »');
    expect(await ok('obligations.list', {})).toEqual(before);

    const marked = await ok('obligations.markDone', { key: open.key, doneOn: '2009-06-10', by: 'Jeanne ROUX', note: 'par courrier' });
    const item = marked.items.find((i) => i.key === open.key)!;
    expect(item.done).toEqual({ on: '2009-06-10', by: 'Jeanne ROUX', how: 'marque' });
    expect(item.state).toBe('fait');
    expect(marked.summary.done).toBe(before.summary.done + 1);
    const twice = await call('obligations.markDone', { key: open.key, doneOn: '2009-06-11' });
    expect(twice.ok ? '' : twice.error.message).toContain('est déjà fait (le 10/06/2009, Jeanne ROUX)');

    const back = await ok('obligations.unmark', { key: open.key });
    expect(back).toEqual(before);
    const again = await call('obligations.unmark', { key: open.key });
    expect(again.ok ? '' : again.error.message).toContain('n’a pas été marquée comme faite à la main');
    app.close();
  });

  it('without a name, the mark is the workspace’s', async () => {
    const { ok, app } = await employerDemo();
    const open = (await ok('obligations.list', {})).items.find((i) => i.markable && !i.done)!;
    const marked = await ok('obligations.markDone', { key: open.key, doneOn: '2009-06-15' });
    expect(marked.items.find((i) => i.key === open.key)!.done?.by).toMatch(/\(démonstration\)$/);
    app.close();
  });

  it('the renewal lead time is a setting (one month by default, 0 to 6): the reminder moves, the legal limit stays', async () => {
    const { ok, call, app } = await employerDemo();
    const request = (await ok('obligations.list', {})).items.find((i) => i.kind === 'RENEWAL_REQUEST')!;
    const moved = (await ok('obligations.saveSettings', { renewalLeadMonths: 2 })).items.find((i) => i.key === request.key)!;
    expect(moved.legalDue).toBe(request.legalDue);
    expect(moved.due < request.due).toBe(true);
    const bad = await call('obligations.saveSettings', { renewalLeadMonths: 7 });
    expect(bad.ok ? '' : bad.error.message).toContain('6 mois au plus');
    expect((await ok('obligations.list', {})).renewalLeadMonths).toBe(2);
    app.close();
  });

  it('a malformed key is refused by the contract', async () => {
    const { call, app } = await employerDemo();
    const reply = await call('obligations.markDone', { key: 'x; DROP TABLE', doneOn: '2009-06-01' });
    expect(reply.ok ? '' : reply.error.message).toContain('obligation inconnue');
    app.close();
  });

  it('an agency workspace has no employer obligations: a French refusal', async () => {
    const dir = tempDir();
    const app = createAppServices({ dataDir: dir, mode: 'browser', today: () => '2026-12-04', log: () => undefined });
    await app.invoke('workspace.openDemo', { role: 'agence' });
    const reply = await app.invoke('obligations.list', {});
    expect(reply.ok ? '' : reply.error.message).toBe('La liste des obligations est celle d’un espace employeur : cet espace est celui d’une agence.');
    app.close();
  });

  it('`cae obligations --json` lists the same obligations as the screen; the text speaks French dates', async () => {
    const { ok, app, dir } = await employerDemo();
    await ok('obligations.markDone', { key: 'report:2008', doneOn: '2009-02-02', by: 'Jeanne ROUX' });
    const screen = await ok('obligations.list', {});
    app.close();
    const io = fakeIo(dir);
    expect(await runObligations(['--data-dir', dir, '--demo', 'employeur', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(screen);
    const text = fakeIo(dir);
    expect(await runObligations(['--data-dir', dir, '--demo', 'employeur', '--toutes'], text)).toBe(0);
    expect(text.out()).toContain(`Obligations au 15/06/2009 : ${screen.summary.overdue} en retard`);
    expect(text.out()).toContain('Rapport annuel 2008 aux institutions représentatives du personnel — fait le 02/02/2009, Jeanne ROUX');
    expect(text.out()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
