import { afterAll, describe, expect, it, vi } from 'vitest';

// The desktop window: the preload's `window.cae`; the main process writes the file where its « Enregistrer sous » box chose.
const invoke = vi.fn();
vi.stubGlobal('window', { cae: { invoke, on: () => () => undefined } });
vi.stubGlobal('document', { querySelector: () => null });
const { callForFile } = await import('./fileTransport');

afterAll(() => vi.unstubAllGlobals());

describe('a file in the desktop window', () => {
  it('asks the main process to write it where the user chooses (exports.csvToFile): what it saved, or nothing when the box was cancelled', async () => {
    invoke.mockResolvedValueOnce({ ok: true, value: { saved: true, fileName: 'conventions.csv', rows: 1200 } });
    expect(await callForFile('exports.csv', { list: 'conventions', filters: { department: '974' } })).toEqual({ savedAs: 'conventions.csv', rows: 1200 });
    expect(invoke).toHaveBeenCalledWith('exports.csvToFile', { list: 'conventions', filters: { department: '974' } });

    invoke.mockResolvedValueOnce({ ok: true, value: { saved: false, fileName: null, rows: 0 } });
    expect(await callForFile('exports.csv', { list: 'employers' })).toBeNull();

    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'INVALID_INPUT', message: 'Impossible d’écrire x.csv : le dossier n’existe pas.' } });
    await expect(callForFile('exports.csv', { list: 'lots' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Impossible d’écrire x.csv : le dossier n’existe pas.',
    });
  });
});
