/**
 * « Exporter (CSV) »: the whole list (every row matching its search, not the
 * page on screen) as a CSV file for a spreadsheet. Streamed by the local
 * server to a download in browser mode; in the desktop window, written by the
 * main process where the user chooses in the « Enregistrer sous » box
 * (`exports.csvToFile`), never sent whole to the page.
 */
import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ChannelInput } from '../../../../shared/api/contract';
import { formatInteger } from '../../../../shared/format/integer';
import { errorMessage } from '../../api/errors';
import { callForFile } from '../../api/fileTransport';
import { call } from '../../api/transport';
import { LiveStatus } from '../LiveStatus';
import { useFileDownload } from './useFileDownload';

/** The desktop window's export: saved where the user chose, what was written said once done (nothing when the box is cancelled). */
function useSavedExport() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string | null>(null);
  async function save(request: ChannelInput<'exports.csvToFile'>): Promise<void> {
    setPending(true);
    setError(undefined);
    setSaved(null);
    try {
      const result = await call('exports.csvToFile', request);
      if (result.saved) setSaved(`Fichier enregistré : ${result.fileName ?? ''} (${formatInteger(result.rows)} ligne(s)).`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  return { pending, error, saved, save };
}

export function ExportCsvButton({ request, label = 'Exporter (CSV)' }: { request: ChannelInput<'exports.csv'>; label?: string }) {
  const browser = useFileDownload();
  const desktop = useSavedExport();
  const inDesktopWindow = Boolean(window.cae);
  const pending = inDesktopWindow ? desktop.pending : browser.pending !== null;
  const error = inDesktopWindow ? desktop.error : browser.error;
  const run = () => (inDesktopWindow ? desktop.save(request) : browser.download(true, 'text/csv;charset=utf-8', () => callForFile('exports.csv', request)));
  return (
    <Stack gap={4}>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} loading={pending} onClick={() => void run()}>
        {label}
      </Button>
      <LiveStatus text={pending ? 'Production du fichier en cours…' : desktop.saved} />
      {desktop.saved && !pending ? (
        <Text size="sm" aria-hidden>
          {desktop.saved}
        </Text>
      ) : null}
      {error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
