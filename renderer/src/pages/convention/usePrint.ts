/** « Imprimer (PDF) » and « Lettre de dénonciation (PDF) »: asks the documents channel, then saves the file. */
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { saveBase64File } from '../../components/files/download';

/** What is being produced: the latest version, a given version, or the letter. */
type Pending = 'latest' | number | 'denunciation' | null;

export function usePrint() {
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string>();
  async function run(what: Pending, produce: () => Promise<{ fileName: string; base64: string }>) {
    setPending(what);
    setError(undefined);
    try {
      const file = await produce();
      saveBase64File(file.fileName, file.base64);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(null);
    }
  }
  return {
    pending,
    error,
    convention: (id: number, avenantIndex?: number) =>
      void run(avenantIndex === undefined ? 'latest' : avenantIndex, () => call('documents.conventionPdf', avenantIndex === undefined ? { id } : { id, avenantIndex })),
    denunciation: (id: number) => void run('denunciation', () => call('documents.denunciationPdf', { id })),
  };
}
