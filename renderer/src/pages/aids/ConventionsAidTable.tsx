/** One row per convention: the aid expected to date, what was received, the balance and how many differences. */
import { Anchor, Badge, Group, Stack, Table, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockPause } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { MEASURE_SHORT_LABELS } from '../../../../shared/domain/enums';
import { formatCents } from '../../../../shared/format/money';
import { signedCents } from './DifferencesList';

type Row = ChannelOutput<'aids.overview'>['conventions'][number];

function DifferenceCount({ n, awaiting }: { n: number; awaiting: number }) {
  return (
    <Group gap={4} wrap="nowrap">
      {n === 0 ? (
        <Badge color="green" variant="light" tt="none" radius="sm" miw="max-content" leftSection={<IconCircleCheck size={14} aria-hidden />}>
          Sans écart
        </Badge>
      ) : (
        <Badge color="orange" variant="filled" tt="none" radius="sm" miw="max-content" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
          {n === 1 ? '1 écart' : `${n} écarts`}
        </Badge>
      )}
      {awaiting > 0 ? (
        <Badge color="gray" variant="light" tt="none" radius="sm" miw="max-content" leftSection={<IconClockPause size={14} aria-hidden />}>
          {awaiting === 1 ? '1 non reçu' : `${awaiting} non reçus`}
        </Badge>
      ) : null}
    </Group>
  );
}

export function ConventionsAidTable({ rows }: { rows: Row[] }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="aids-conventions">
      <Title order={2} size="h3" id="aids-conventions">
        Par convention
      </Title>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table striped withTableBorder verticalSpacing={6} fz="sm" aria-label="Aide par convention">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Convention</Table.Th>
              <Table.Th scope="col">Salarié</Table.Th>
              <Table.Th scope="col">Mesure</Table.Th>
              <Table.Th scope="col" ta="right">
                Attendu à ce jour
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Reçu
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Solde
              </Table.Th>
              <Table.Th scope="col">État</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.conventionId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/conventions/${r.conventionId}?onglet=aides`} size="sm">
                    {r.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.employeeName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{MEASURE_SHORT_LABELS[r.measure]}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatCents(r.expectedToDateCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatCents(r.receivedCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {signedCents(r.receivedCents - r.expectedToDateCents)}
                </Table.Td>
                <Table.Td>
                  <DifferenceCount n={r.differences} awaiting={r.awaiting} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
