/** Downloads an outbound lot's file from the outbox to hand it to the payment organisation: a ready lot becomes sent. */
import { Button, Stack, Text, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { saveBase64File } from '../../components/files/download';

interface Props extends Pick<ButtonProps, 'size' | 'variant'> {
  lotId: number;
  fileName: string;
  /** Visible text; the accessible name always names the file. */
  label?: string;
  /** Called when the download handed a ready lot over (it is now sent). */
  onHandedOver?: () => void;
}

export function LotDownloadButton({ lotId, fileName, label = 'Télécharger', size = 'xs', variant = 'default', onHandedOver }: Props) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function run() {
    setPending(true);
    setError(undefined);
    try {
      const file = await call('exchanges.lotFile', { lotId });
      saveBase64File(file.fileName, file.base64, 'application/json');
      if (file.handedOver) onHandedOver?.();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size={size}
        variant={variant}
        leftSection={<IconDownload size={14} aria-hidden />}
        loading={pending}
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
