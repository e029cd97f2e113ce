import { Group, Loader, Text } from '@mantine/core';
import { formatCount } from '../count';

interface ResultCountProps {
  total: number;
  singular: string;
  plural: string;
  loading: boolean;
}

/** « 300 conventions », announced to screen readers when it changes. */
export function ResultCount({ total, singular, plural, loading }: ResultCountProps) {
  return (
    <Group gap="xs" mb="xs" mih={24}>
      <Text fw={600} size="sm" role="status" aria-live="polite" data-testid="result-count">
        {formatCount(total, singular, plural)}
      </Text>
      {loading ? <Loader size="xs" aria-label="Mise à jour…" /> : null}
    </Group>
  );
}
