import { Group, Text } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight } from '@tabler/icons-react';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { formatDateFr } from '../../../../shared/format/date';
import { LotStatusBadge } from '../../components/badges/LotStatusBadge';
import { formatInteger } from '../../components/count';
import type { Column } from '../../components/list/ListTable';

export type LotRow = ChannelOutput<'lots.list'>[number];

function Direction({ direction }: { direction: LotRow['direction'] }) {
  const outgoing = direction === 'OUT';
  const Icon = outgoing ? IconArrowUpRight : IconArrowDownLeft;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={16} aria-hidden />
      <Text inherit>{outgoing ? 'Envoi' : 'Retour'}</Text>
    </Group>
  );
}

export const lotColumns: Column<LotRow>[] = [
  { key: 'file', header: 'Fichier', render: (l) => <Text inherit ff="monospace" fz="xs">{l.fileName}</Text> },
  { key: 'direction', header: 'Sens', nowrap: true, render: (l) => <Direction direction={l.direction} /> },
  { key: 'sequence', header: 'N° de séquence', nowrap: true, align: 'right', render: (l) => formatInteger(l.sequence) },
  { key: 'status', header: 'État', nowrap: true, render: (l) => <LotStatusBadge status={l.status} /> },
  { key: 'lines', header: 'Lignes', nowrap: true, align: 'right', render: (l) => formatInteger(l.lines) },
  // createdAt is an instant (ISO 8601); its calendar day is what the agent needs.
  { key: 'date', header: 'Date', nowrap: true, render: (l) => formatDateFr(l.createdAt.slice(0, 10)) },
];
