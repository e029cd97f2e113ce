/** « Écarts à examiner » : each period where what was received differs from the aid expected, with its French explanation and the articles. */
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { formatCents } from '../../../../shared/format/money';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';
import { AidStatusBadge } from './AidStatusBadge';
import classes from './aids.module.css';

type Difference = ChannelOutput<'aids.overview'>['differences'][number];

/** −6,24 € / +317,04 €: the sign always written. */
export const signedCents = (cents: number) => (cents > 0 ? `+${formatCents(cents)}` : formatCents(cents));

function DifferenceCard({ d }: { d: Difference }) {
  const refs = [...new Set(d.line.causes.map((c) => readableLegalRef(c.legalRef)))];
  return (
    <Card withBorder padding="sm" className={classes.difference} component="article" aria-label={`Écart ${d.number} ${d.line.label}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Group gap="xs">
            <AidStatusBadge status={d.line.status} />
            <Text fw={600}>
              {d.line.label} — {d.employeeName}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            Convention{' '}
            <Anchor component={Link} to={`/conventions/${d.conventionId}?onglet=aides`} size="sm">
              {d.number}
            </Anchor>
          </Text>
        </Stack>
        <Text size="sm" ta="right">
          Prévu {formatCents(d.line.expectedCents)} · Reçu {formatCents(d.line.receivedCents)} ·{' '}
          <Text span fw={700}>
            Écart {signedCents(d.line.differenceCents)}
          </Text>
        </Text>
      </Group>
      <Text size="sm" mt="xs" data-explanation>
        {d.line.explanation}
      </Text>
      {refs.length > 0 ? (
        <Text size="xs" c="dimmed" mt={4}>
          Références : {refs.join(' ; ')}
        </Text>
      ) : null}
    </Card>
  );
}

export function DifferencesList({ differences }: { differences: Difference[] }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="aids-differences">
      <Title order={2} size="h3" id="aids-differences">
        Écarts à examiner ({differences.length})
      </Title>
      {differences.length === 0 ? (
        <Group gap="xs" role="status">
          <IconCircleCheck size={18} color="var(--mantine-color-green-7)" aria-hidden />
          <Text size="sm">Aucun écart : chaque versement reçu correspond à l’aide prévue par les règles.</Text>
        </Group>
      ) : (
        differences.map((d) => <DifferenceCard key={`${d.conventionId}-${d.line.period}`} d={d} />)
      )}
    </Stack>
  );
}
