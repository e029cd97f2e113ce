/** « Imprimer (PDF) » and « Lettre de dénonciation (PDF) »: asks the documents channel, then saves the file. */
import { call } from '../../api/transport';
import { useFileDownload } from '../../components/files/useFileDownload';

/** What is being produced: the latest version, a given version, or the letter. */
type Pending = 'latest' | number | 'denunciation';

export function usePrint() {
  const { pending, error, download } = useFileDownload<Pending>();
  const run = (what: Pending, produce: () => Promise<{ fileName: string; base64: string }>) => void download(what, 'application/pdf', produce);
  return {
    pending,
    error,
    convention: (id: number, avenantIndex?: number) =>
      run(avenantIndex === undefined ? 'latest' : avenantIndex, () =>
        call('documents.conventionPdf', avenantIndex === undefined ? { id } : { id, avenantIndex }),
      ),
    denunciation: (id: number) => run('denunciation', () => call('documents.denunciationPdf', { id })),
  };
}
