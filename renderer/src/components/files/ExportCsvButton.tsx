/**
 * « Exporter (CSV) »: the whole list (every row matching its search, not the
 * page on screen) as a CSV file for a spreadsheet, saved like the PDFs.
 */
import { Button, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/api/contract';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { saveBase64File } from './download';

export function ExportCsvButton({ request }: { request: ChannelInput<'exports.csv'> }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function run() {
    setPending(true);
    setError(undefined);
    try {
      const file = await call('exports.csv', request);
      saveBase64File(file.fileName, file.base64, 'text/csv;charset=utf-8');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  return (
    <Stack gap={4}>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} loading={pending} onClick={() => void run()}>
        Exporter (CSV)
      </Button>
      {error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
