/**
 * A small button that asks a channel for a PDF and saves it; a download that
 * fails says why in French, under the button (declarations, obligations).
 */
import { Button, type ButtonProps, Text } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { LiveStatus } from '../LiveStatus';
import { useFileDownload } from './useFileDownload';

interface Props {
  label: string;
  /** The button's name when its text alone is ambiguous (several on one screen). */
  ariaLabel?: string;
  size?: ButtonProps['size'];
  produce: () => Promise<{ fileName: string; base64: string }>;
}

export function PdfButton({ label, ariaLabel, size = 'xs', produce }: Props) {
  const { pending, error, download } = useFileDownload();
  return (
    <>
      <Button
        size={size}
        variant="light"
        leftSection={<IconFileDownload size={14} aria-hidden />}
        loading={pending !== null}
        aria-label={ariaLabel}
        onClick={() => void download(true, 'application/pdf', produce)}
      >
        {label}
      </Button>
      <LiveStatus text={pending !== null ? 'Production du fichier en cours…' : null} />
      {error ? (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      ) : null}
    </>
  );
}
