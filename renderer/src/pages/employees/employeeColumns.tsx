import { Text } from '@mantine/core';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { formatDateFr } from '../../../../shared/format/date';
import { formatInteger } from '../../components/count';
import type { Column } from '../../components/list/ListTable';

export type EmployeeRow = ChannelOutput<'employees.list'>['items'][number];

export const employeeColumns: Column<EmployeeRow>[] = [
  {
    key: 'name',
    header: 'Nom et prénoms',
    render: (e) => (
      <Text inherit fw={500}>
        {e.fullName}
      </Text>
    ),
  },
  { key: 'nir', header: 'NIR', nowrap: true, render: (e) => e.nirMasked ?? 'Non renseigné' },
  { key: 'birth', header: 'Date de naissance', nowrap: true, render: (e) => formatDateFr(e.birthDate) },
  { key: 'conventions', header: 'Conventions', nowrap: true, align: 'right', render: (e) => formatInteger(e.conventions) },
];
