import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ChannelOutput, ConventionSortKey } from '../../../../shared/api/contract';
import { MEASURE_LABELS, MEASURE_SHORT_LABELS } from '../../../../shared/domain/enums';
import { formatDateFr } from '../../../../shared/format/date';
import { ConventionStatusBadge } from '../../components/badges/ConventionStatusBadge';
import type { VirtualColumn } from '../../components/list/VirtualTable';

export type ConventionRow = ChannelOutput<'conventions.list'>['items'][number];

/** Drawn for every row of every query: the classes and attributes of Mantine's Anchor and Text, on the elements themselves. */
const LINK_CLASS = `mantine-focus-auto ${Text.classes.root} ${Anchor.classes.root}`;
const STRONG = { fontWeight: 500 } as const;

export const conventionColumns: VirtualColumn<ConventionRow, ConventionSortKey>[] = [
  {
    key: 'number',
    header: 'Numéro',
    sortKey: 'number',
    nowrap: true,
    width: 180,
    // The number opens the convention (a draft opens in the instruction form): a real link, reached with Tab and followed with Enter.
    render: (c) => (
      <Link
        to={c.status === 'brouillon' ? `/conventions/brouillon/${c.id}` : `/conventions/${c.id}`}
        className={LINK_CLASS}
        data-inherit
        data-underline="hover"
        style={STRONG}
      >
        {c.number}
      </Link>
    ),
  },
  { key: 'measure', header: 'Mesure', width: 130, render: (c) => MEASURE_SHORT_LABELS[c.measure], title: (c) => MEASURE_LABELS[c.measure] },
  {
    key: 'employee',
    header: 'Salarié',
    sortKey: 'employee',
    render: (c) => <span style={STRONG}>{c.employeeName}</span>,
    title: (c) => c.employeeName,
  },
  { key: 'nir', header: 'NIR', nowrap: true, width: 150, render: (c) => c.nirMasked ?? '—' },
  { key: 'employer', header: 'Employeur', sortKey: 'employer', render: (c) => c.employerName, title: (c) => c.employerName },
  { key: 'start', header: 'Début', sortKey: 'startsOn', nowrap: true, width: 100, render: (c) => formatDateFr(c.startsOn) },
  { key: 'end', header: 'Fin', sortKey: 'endsOn', nowrap: true, width: 100, render: (c) => formatDateFr(c.endsOn) || '—' },
  { key: 'status', header: 'Statut', sortKey: 'status', nowrap: true, width: 100, render: (c) => <ConventionStatusBadge status={c.status} /> },
];
