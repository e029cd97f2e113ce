import { Group, Paper, SimpleGrid, Text, ThemeIcon, type MantineColor, type SimpleGridProps } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { formatInteger } from '../../components/count';

/** One figure of the dashboard. */
export interface Stat {
  label: string;
  value: number;
  hint?: ReactNode;
  icon: Icon;
  color?: MantineColor;
}

/** The dashboard's figures, one card each, in order. */
export function StatGrid({ stats, cols }: { stats: readonly Stat[]; cols: SimpleGridProps['cols'] }) {
  return (
    <SimpleGrid cols={cols} spacing="md">
      {stats.map((stat) => (
        <StatCard key={stat.label} {...stat} />
      ))}
    </SimpleGrid>
  );
}

/** One figure, named by its label for assistive technologies. */
function StatCard({ label, value, hint, icon: StatIcon, color = 'blue' }: Stat) {
  const labelId = useId();
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-labelledby={labelId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text id={labelId} size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        <ThemeIcon variant="light" color={color} size="md" radius="md" aria-hidden>
          <StatIcon size={18} />
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
