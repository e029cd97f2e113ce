import { Group, Paper, Text, ThemeIcon, type MantineColor } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { formatInteger } from '../../components/count';

interface StatCardProps {
  label: string;
  value: number;
  hint?: ReactNode;
  icon: ReactNode;
  color?: MantineColor;
}

/** One figure of the dashboard, named by its label for assistive technologies. */
export function StatCard({ label, value, hint, icon, color = 'blue' }: StatCardProps) {
  const labelId = useId();
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-labelledby={labelId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text id={labelId} size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <ThemeIcon variant="light" color={color} size="md" radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
      </Group>
      <Text fz={28} fw={700} lh={1.2} mt={4} data-testid="stat-value">
        {formatInteger(value)}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      ) : null}
    </Paper>
  );
}
