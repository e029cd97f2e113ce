/** The columns of a lot's lines: number, convention, record, status, and what happened to it. */
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LineRow } from '../../../../shared/api/exchanges-contract';
import { LineStatusBadge } from '../../components/badges/LineStatusBadge';
import { formatInteger } from '../../components/count';
import type { Column } from '../../components/list/ListTable';
import { lotLink, recordLink } from './links';
import { recordLabel } from './RejectionCard';

function Detail({ line }: { line: LineRow }) {
  if (line.status === 'resent' && line.resentIn) {
    return (
      <Text inherit>
        Renvoyée corrigée dans le{' '}
        <Anchor component={Link} to={lotLink(line.resentIn.lotId)} inherit>
          lot n° {formatInteger(line.resentIn.sequence)}
        </Anchor>{' '}
        (ligne {formatInteger(line.resentIn.lineNo)})
      </Text>
    );
  }
  if (line.status === 'rejected' || line.status === 'resent') {
    return (
      <Text inherit>
        <Text span ff="monospace" fz="xs">
          {line.code}
        </Text>{' '}
        {line.label ? `— ${line.label}` : ''}
        {line.correctedPending ? ' (corrigée, part au prochain envoi)' : ''}
      </Text>
    );
  }
  return (
    <Text inherit c="dimmed">
      —
    </Text>
  );
}

export const lineColumns: Column<LineRow>[] = [
  { key: 'no', header: 'Ligne', nowrap: true, align: 'right', render: (l) => formatInteger(l.lineNo) },
  {
    key: 'convention',
    header: 'Convention',
    nowrap: true,
    render: (l) =>
      l.target ? (
        <Anchor component={Link} to={recordLink(l.target)} inherit>
          {l.conventionNumber}
        </Anchor>
      ) : (
        (l.conventionNumber ?? '—')
      ),
  },
  { key: 'record', header: 'Enregistrement', render: (l) => l.target?.description ?? recordLabel(l.recordKind) },
  { key: 'status', header: 'État', nowrap: true, render: (l) => <LineStatusBadge status={l.status} packageLine={l.recordKind === 'CONVENTION_FILE'} /> },
  { key: 'detail', header: 'Détail', render: (l) => <Detail line={l} /> },
];
