import { Text } from '@mantine/core';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { EMPLOYER_STATUS_LABELS } from '../../../../shared/domain/enums';
import { formatInteger } from '../../components/count';
import type { Column } from '../../components/list/ListTable';
import { PackageButton, type PackageNotice } from './PackageButton';

export type EmployerRow = ChannelOutput<'employers.list'>['items'][number];

export const employerColumns: Column<EmployerRow>[] = [
  { key: 'siret', header: 'SIRET', nowrap: true, render: (e) => e.siret },
  {
    key: 'name',
    header: 'Raison sociale',
    render: (e) => (
      <Text inherit fw={500}>
        {e.name}
      </Text>
    ),
  },
  { key: 'status', header: 'Statut juridique', render: (e) => EMPLOYER_STATUS_LABELS[e.status] },
  { key: 'city', header: 'Commune', render: (e) => e.city ?? '—' },
  { key: 'conventions', header: 'Conventions', nowrap: true, align: 'right', render: (e) => formatInteger(e.conventions) },
];

/** The agency's per-row action: the employer's convention package (docs/exchange-format.md). */
export function packageColumn(onDone: (notice: PackageNotice) => void): Column<EmployerRow> {
  return { key: 'package', header: 'Envoi à l’employeur', nowrap: true, render: (e) => <PackageButton employer={e} onDone={onDone} /> };
}
