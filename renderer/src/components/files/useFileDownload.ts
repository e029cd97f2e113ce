/**
 * A file asked of a channel (name and bytes in base64, or a Blob streamed by
 * the local server: api/fileTransport.ts) and saved under its name, or
 * already saved by the desktop app's main process (what it saved is told): what is being produced while it runs (`pending`: a key, for screens
 * with several such buttons), and the French error if it fails. Used by the
 * PDF, CSV, lot and convention-package buttons.
 */
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import type { ReceivedFile, SavedFile } from '../../api/fileTransport';
import { formatInteger } from '../../../../shared/format/integer';
import { base64Blob, saveBlob } from './download';

export type Downloaded<F> = { ok: true; file: F } | { ok: false; message: string };

export function useFileDownload<K = true>() {
  const [pending, setPending] = useState<K | null>(null);
  const [error, setError] = useState<string>();
  /** What the desktop app's main process saved (null before, or when its box was cancelled). */
  const [saved, setSaved] = useState<string | null>(null);
  async function download<F extends ReceivedFile | SavedFile | null>(key: K, type: string, produce: () => Promise<F>): Promise<Downloaded<F>> {
    setPending(key);
    setError(undefined);
    setSaved(null);
    try {
      const file = await produce();
      if (file && 'savedAs' in file) setSaved(`Fichier enregistré : ${file.savedAs} (${formatInteger(file.rows)} ligne(s)).`);
      else if (file) saveBlob(file.fileName, 'blob' in file ? file.blob : base64Blob(file.base64, type));
      return { ok: true, file };
    } catch (e) {
      const message = errorMessage(e);
      setError(message);
      return { ok: false, message };
    } finally {
      setPending(null);
    }
  }
  return { pending, error, saved, download };
}
