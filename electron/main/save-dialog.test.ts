import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFileChooser, type ShowSaveDialog } from './save-dialog';

describe('the « Enregistrer sous » box of the desktop window', () => {
  it('opens in the documents folder with the export’s name, in French, and answers the path chosen, its extension added, or null', async () => {
    const asked: Parameters<ShowSaveDialog>[0][] = [];
    const answers = [
      { canceled: false, filePath: '/home/a/Bureau/export.csv' },
      { canceled: false, filePath: '/home/a/Bureau/sans-extension' },
      { canceled: true },
    ];
    const choose = saveFileChooser((options) => {
      asked.push(options);
      return Promise.resolve(answers.shift()!);
    }, '/home/a/Documents');

    expect(await choose('conventions-2026-12-06.csv')).toBe('/home/a/Bureau/export.csv');
    expect(asked[0]).toEqual({
      title: 'Enregistrer le fichier',
      defaultPath: path.join('/home/a/Documents', 'conventions-2026-12-06.csv'),
      buttonLabel: 'Enregistrer',
      filters: [{ name: 'Tableur (CSV)', extensions: ['csv'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    expect(await choose('conventions-2026-12-06.csv')).toBe('/home/a/Bureau/sans-extension.csv');
    expect(await choose('conventions-2026-12-06.csv')).toBeNull();
  });
});
