/** « Historique »: every change of status, oldest first, with who made it and why. */
import { Text } from '@mantine/core';
import { CONVENTION_STATUS_LABELS } from '../../../../../shared/domain/enums';
import { formatDateFr } from '../../../../../shared/format/date';
import type { Convention } from '../model';
import { DataTable } from './DataTable';

export function HistoryPanel({ convention }: { convention: Convention }) {
  return (
    <DataTable
      label="Historique des statuts"
      head={['Date', 'Changement', 'Agent', 'Motif']}
      rows={convention.timeline.map((t, i) => ({
        key: i,
        cells: [
          formatDateFr(t.on),
          <Text key="change" size="sm">
            {t.from ? `${CONVENTION_STATUS_LABELS[t.from]} → ` : 'Création → '}
            <Text span fw={600}>
              {CONVENTION_STATUS_LABELS[t.to]}
            </Text>
          </Text>,
          t.actor,
          t.reason ?? '—',
        ],
      }))}
    />
  );
}
