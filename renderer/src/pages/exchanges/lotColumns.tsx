/** The columns of the lots table: file (opens the lot), direction, sequence, status, lines, date, late return. */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconArrowDownLeft, IconArrowUpRight, IconClockExclamation } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { LotRow } from '../../../../shared/api/exchanges-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { LotStatusBadge } from '../../components/badges/LotStatusBadge';
import { formatInteger } from '../../components/count';
import type { Column } from '../../components/list/ListTable';
import { lotLink } from './links';

/** « Envoi », « Retour » (a return file of the payment organisation) or « Réception » (a convention package from the agency). */
export function Direction({ direction, kind }: { direction: LotRow['direction']; kind: string }) {
  const outgoing = direction === 'OUT';
  const Icon = outgoing ? IconArrowUpRight : IconArrowDownLeft;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={16} aria-hidden />
      <Text inherit>{outgoing ? 'Envoi' : kind === 'convention-package' ? 'Réception' : 'Retour'}</Text>
    </Group>
  );
}

/** The status of a lot; a file received is « importé » (its content says what was accepted or rejected). */
export function LotBadge({ lot }: { lot: LotRow }) {
  if (lot.direction === 'IN') {
    return (
      <Badge color="teal" variant="light" tt="none" radius="sm" miw="max-content">
        Importé
      </Badge>
    );
  }
  return <LotStatusBadge status={lot.displayStatus} />;
}

/** « Sans retour depuis 45 j »: a sent lot late for its return file. */
export function OverdueBadge({ lot }: { lot: LotRow }) {
  if (!lot.overdue) return null;
  return (
    <Badge color="red" variant="outline" tt="none" radius="sm" leftSection={<IconClockExclamation size={12} aria-hidden />} miw="max-content">
      Sans retour depuis {formatInteger(lot.daysWithoutReturn ?? 0)} j
    </Badge>
  );
}

function LinesCell({ lot }: { lot: LotRow }) {
  // A return file's lines answer another lot; a package received counts its conventions (and those not applied).
  if (lot.direction === 'IN' && lot.kind !== 'convention-package')
    return (
      <Text inherit c="dimmed">
        —
      </Text>
    );
  const { accepted, rejected, resent } = lot.counts;
  const received = lot.kind === 'convention-package';
  const details = [
    accepted ? `${formatInteger(accepted)} ${received ? 'appliquée' : 'acceptée'}${accepted > 1 ? 's' : ''}` : null,
    rejected ? `${formatInteger(rejected)} ${received ? 'non appliquée' : 'rejetée'}${rejected > 1 ? 's' : ''}` : null,
    resent ? `${formatInteger(resent)} renvoyée${resent > 1 ? 's' : ''}` : null,
  ].filter((d) => d !== null);
  return (
    <Stack gap={0} align="flex-end">
      <Text inherit>{formatInteger(lot.lines)}</Text>
      {details.length ? (
        <Text size="xs" c={rejected ? 'red.8' : 'dimmed'}>
          {details.join(', ')}
        </Text>
      ) : null}
    </Stack>
  );
}

export const lotColumns: Column<LotRow>[] = [
  {
    key: 'file',
    header: 'Fichier',
    render: (l) => (
      <Anchor component={Link} to={lotLink(l.id)} ff="monospace" fz="xs" aria-label={`Ouvrir le lot ${l.fileName}`}>
        {l.fileName}
      </Anchor>
    ),
  },
  { key: 'direction', header: 'Sens', nowrap: true, render: (l) => <Direction direction={l.direction} kind={l.kind} /> },
  { key: 'sequence', header: 'N° de séquence', nowrap: true, align: 'right', render: (l) => formatInteger(l.sequence) },
  {
    key: 'status',
    header: 'État',
    nowrap: true,
    render: (l) => (
      <Group gap={6} wrap="nowrap">
        <LotBadge lot={l} />
        <OverdueBadge lot={l} />
      </Group>
    ),
  },
  { key: 'lines', header: 'Lignes', nowrap: true, align: 'right', render: (l) => <LinesCell lot={l} /> },
  // createdAt is an instant (ISO 8601); its calendar day is what the agent needs.
  { key: 'date', header: 'Date', nowrap: true, render: (l) => formatDateFr(l.createdAt.slice(0, 10)) },
];
