/** Downloads an outbound lot's file from the outbox to hand it to the payment organisation: a ready lot becomes sent. */
import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { call } from '../../api/transport';
import { useFileDownload } from '../../components/files/useFileDownload';

interface Props extends Pick<ButtonProps, 'size' | 'variant'> {
  lotId: number;
  fileName: string;
  /** Visible text; the accessible name always names the file. */
  label?: string;
  /** Called when the download handed a ready lot over (it is now sent). */
  onHandedOver?: () => void;
}

export function LotDownloadButton({ lotId, fileName, label = 'Télécharger', size = 'xs', variant = 'default', onHandedOver }: Props) {
  const { pending, error, download } = useFileDownload();
  async function run() {
    const done = await download(true, 'application/json', () => call('exchanges.lotFile', { lotId }));
    if (done.ok && done.file.handedOver) onHandedOver?.();
  }
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size={size}
        variant={variant}
        leftSection={<IconDownload size={14} aria-hidden />}
        loading={pending !== null}
        onClick={() => void run()}
        aria-label={`${label} ${fileName}`}
      >
        {label}
      </Button>
      {error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
