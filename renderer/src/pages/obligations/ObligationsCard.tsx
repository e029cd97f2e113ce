/** The employer dashboard's « Obligations » card: overdue, due within 30 days, and the way to the list. */
import { Anchor, Group, Paper, Skeleton, Text, ThemeIcon } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/useApiQuery';
import { formatInteger } from '../../components/count';

function Figure({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <div>
      <Text fz={28} fw={700} lh={1.2} c={value > 0 ? color : undefined}>
        {formatInteger(value)}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

export function ObligationsCard() {
  const query = useApiQuery('obligations.list', {});
  const summary = query.data?.summary;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="dashboard-obligations">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Text id="dashboard-obligations" size="sm" c="dimmed" fw={500} component="h2" m={0}>
          Obligations
        </Text>
        <ThemeIcon variant="light" color={summary && summary.overdue > 0 ? 'red' : 'blue'} size="md" radius="md" aria-hidden>
          <IconChecklist size={18} />
        </ThemeIcon>
      </Group>
      {query.error && !summary ? (
        <Text size="sm" c="red.8" role="alert">
          {query.error}
        </Text>
      ) : !summary ? (
        <Skeleton height={56} mt={4} aria-label="Chargement des obligations" />
      ) : (
        <>
          <Group gap="xl" mt={4} data-testid="obligations-counts">
            <Figure label="en retard" value={summary.overdue} color="red.8" />
            <Figure label="à faire dans les 30 jours" value={summary.dueWithin30Days} color="orange.9" />
          </Group>
          <Anchor component={Link} to="/obligations" size="sm" mt="xs" display="inline-block">
            Voir les obligations
          </Anchor>
        </>
      )}
    </Paper>
  );
}
