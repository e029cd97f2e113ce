/** A convention's aid period by period: expected (with « Pourquoi ce montant ? »), received, difference, state, and what explains it. */
import { Stack, Table, Text } from '@mantine/core';
import type { ConventionAid } from '../../../../shared/api/aids-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { formatCents } from '../../../../shared/format/money';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';
import { AidStatusBadge } from './AidStatusBadge';
import classes from './aids.module.css';
import { signedCents } from './DifferencesList';
import { TraceDetails } from './TraceDetails';

type Line = ConventionAid['lines'][number];

function Explanation({ line }: { line: Line }) {
  const refs = [...new Set(line.causes.map((c) => readableLegalRef(c.legalRef)))];
  const text = line.explanation ?? line.causes.map((c) => c.text).join(' ; ');
  if (!text) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={line.explanation ? 600 : undefined}>
        {text}
      </Text>
      {refs.length > 0 ? (
        <Text size="xs" c="dimmed">
          {refs.join(' ; ')}
        </Text>
      ) : null}
    </Stack>
  );
}

function LineRow({ line }: { line: Line }) {
  const flagged = line.status === 'ecart' || line.status === 'non_prevu';
  return (
    <Table.Tr className={flagged ? classes.differenceRow : undefined}>
      <Table.Th scope="row" fw={500}>
        {line.label}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{line.due ? formatDateFr(line.due) : '—'}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatCents(line.expectedCents)}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {line.receivedIds.length > 0 ? formatCents(line.receivedCents) : '—'}
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={flagged ? 700 : undefined}>
        {line.status === 'a_venir' ? '—' : signedCents(line.differenceCents)}
      </Table.Td>
      <Table.Td>
        <AidStatusBadge status={line.status} />
      </Table.Td>
      <Table.Td miw={320}>
        <Stack gap={2}>
          <Explanation line={line} />
          {line.trace ? <TraceDetails trace={line.trace} /> : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

export function AidLinesTable({ lines }: { lines: Line[] }) {
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" fz="sm" aria-label="Aide prévue et versements reçus par période">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Période</Table.Th>
            <Table.Th scope="col">Échéance</Table.Th>
            <Table.Th scope="col" ta="right">
              Prévu
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Reçu
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Écart
            </Table.Th>
            <Table.Th scope="col">État</Table.Th>
            <Table.Th scope="col">Explication</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <LineRow key={`${l.period}-${l.periodStart}`} line={l} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
