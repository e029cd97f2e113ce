import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { MEASURE_LABELS } from '../../../../shared/domain/enums';
import { formatDateFr } from '../../../../shared/format/date';
import { ConventionStatusBadge } from '../../components/badges/ConventionStatusBadge';
import type { Column } from '../../components/list/ListTable';

export type ConventionRow = ChannelOutput<'conventions.list'>['items'][number];

export const conventionColumns: Column<ConventionRow>[] = [
  {
    key: 'number',
    header: 'Numéro',
    nowrap: true,
    // The number opens the convention (a draft opens in the instruction form): a real link, reached with Tab and followed with Enter.
    render: (c) => (
      <Anchor component={Link} to={c.status === 'brouillon' ? `/conventions/brouillon/${c.id}` : `/conventions/${c.id}`} inherit fw={500}>
        {c.number}
      </Anchor>
    ),
  },
  { key: 'measure', header: 'Mesure', render: (c) => MEASURE_LABELS[c.measure] },
  { key: 'employee', header: 'Salarié', render: (c) => <Text inherit fw={500}>{c.employeeName}</Text> },
  { key: 'nir', header: 'NIR', nowrap: true, render: (c) => c.nirMasked ?? '—' },
  { key: 'employer', header: 'Employeur', render: (c) => c.employerName },
  { key: 'start', header: 'Début', nowrap: true, render: (c) => formatDateFr(c.startsOn) },
  { key: 'end', header: 'Fin', nowrap: true, render: (c) => formatDateFr(c.endsOn) || '—' },
  { key: 'status', header: 'Statut', nowrap: true, render: (c) => <ConventionStatusBadge status={c.status} /> },
];
