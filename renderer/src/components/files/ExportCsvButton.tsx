/**
 * « Exporter (CSV) »: the whole list (every row matching its search, not the
 * page on screen) as a CSV file for a spreadsheet. Streamed by the local
 * server to a download in browser mode; in the desktop window, written by the
 * main process where the user chooses in the « Enregistrer sous » box, never
 * sent whole to the page (api/fileTransport.ts).
 */
import { Button, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ChannelInput } from '../../../../shared/api/contract';
import { callForFile } from '../../api/fileTransport';
import { LiveStatus } from '../LiveStatus';
import { useFileDownload } from './useFileDownload';

export function ExportCsvButton({ request, label = 'Exporter (CSV)' }: { request: ChannelInput<'exports.csv'>; label?: string }) {
  const { pending, error, saved, download } = useFileDownload();
  const run = () => download(true, 'text/csv;charset=utf-8', () => callForFile('exports.csv', request));
  return (
    <Stack gap={4}>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} loading={pending !== null} onClick={() => void run()}>
        {label}
      </Button>
      <LiveStatus text={pending !== null ? 'Production du fichier en cours…' : saved} />
      {saved && pending === null ? (
        <Text size="sm" aria-hidden>
          {saved}
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
