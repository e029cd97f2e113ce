/**
 * A file asked of a channel (name and bytes in base64, or a Blob streamed by
 * the local server: api/fileTransport.ts) and saved under its name: what is being produced while it runs (`pending`: a key, for screens
 * with several such buttons), and the French error if it fails. Used by the
 * PDF, CSV, lot and convention-package buttons.
 */
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import type { ReceivedFile } from '../../api/fileTransport';
import { base64Blob, saveBlob } from './download';

export type Downloaded<F> = { ok: true; file: F } | { ok: false; message: string };

export function useFileDownload<K = true>() {
  const [pending, setPending] = useState<K | null>(null);
  const [error, setError] = useState<string>();
  async function download<F extends ReceivedFile>(key: K, type: string, produce: () => Promise<F>): Promise<Downloaded<F>> {
    setPending(key);
    setError(undefined);
    try {
      const file = await produce();
      saveBlob(file.fileName, 'blob' in file ? file.blob : base64Blob(file.base64, type));
      return { ok: true, file };
    } catch (e) {
      const message = errorMessage(e);
      setError(message);
      return { ok: false, message };
    } finally {
      setPending(null);
    }
  }
  return { pending, error, download };
}
