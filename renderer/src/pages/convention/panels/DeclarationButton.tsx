/**
 * « Déclaration (PDF) » of a reported fact (suspension, trial period
 * elsewhere, rupture, change of the weekly hours): asks
 * `documents.eventDeclarationPdf`, then saves the file, as the other PDF
 * buttons do. A download that fails says why in French, under the button.
 */
import { Button, Stack, Text } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { call } from '../../../api/transport';
import { useFileDownload } from '../../../components/files/useFileDownload';

/** `index`: the fact's rank in the convention's events; `what`: the fact in words (« suspension du 07/07/2008 »), for the button's name. */
export function DeclarationButton({ conventionId, index, what }: { conventionId: number; index: number; what: string }) {
  const { pending, error, download } = useFileDownload();
  return (
    <Stack gap={2} align="flex-start">
      <Button
        size="compact-sm"
        variant="light"
        leftSection={<IconFileDownload size={14} aria-hidden />}
        loading={pending !== null}
        aria-label={`Déclaration (PDF) — ${what}`}
        onClick={() => void download(true, 'application/pdf', () => call('documents.eventDeclarationPdf', { conventionId, fact: { kind: 'EVENT', index } }))}
      >
        Déclaration (PDF)
      </Button>
      {error ? (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
