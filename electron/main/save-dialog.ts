/**
 * The « Enregistrer sous » box of the desktop window (AppContext.chooseSaveFile):
 * opened by the main process, so the page never names a path; in French,
 * starting in the user's documents folder with the export's name.
 */
import path from 'node:path';

/** The part of Electron's dialog.showSaveDialog used here (a fake in tests). */
export type ShowSaveDialog = (options: {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
  properties: ('showOverwriteConfirmation' | 'createDirectory')[];
}) => Promise<{ canceled: boolean; filePath?: string | undefined }>;

/** Where to save a file named like `defaultName`: the path chosen (its extension added when typed without it), or null when cancelled. */
export function saveFileChooser(show: ShowSaveDialog, documentsDir: string): (defaultName: string) => Promise<string | null> {
  return async (defaultName) => {
    const extension = path.extname(defaultName).slice(1);
    const result = await show({
      title: 'Enregistrer le fichier',
      defaultPath: path.join(documentsDir, defaultName),
      buttonLabel: 'Enregistrer',
      filters: [{ name: extension === 'csv' ? 'Tableur (CSV)' : extension.toUpperCase(), extensions: [extension] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (result.canceled || !result.filePath) return null;
    return path.extname(result.filePath) === '' ? `${result.filePath}.${extension}` : result.filePath;
  };
}
