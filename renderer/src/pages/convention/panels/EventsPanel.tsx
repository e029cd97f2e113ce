/** « Événements »: suspensions, ruptures and other facts of the work contract. */
import { EVENT_KIND_LABELS } from '../../../../../shared/domain/enums';
import { formatDateFr } from '../../../../../shared/format/date';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { reasonLabel } from '../labels';
import type { Convention } from '../model';
import { DataTable } from './DataTable';

export function EventsPanel({ convention }: { convention: Convention }) {
  if (convention.events.length === 0) {
    return <EmptyMessage title="Aucun événement" description="Ni suspension, ni rupture, ni autre fait déclaré sur ce contrat." />;
  }
  return (
    <DataTable
      label="Événements du contrat"
      head={['Événement', 'Date', 'Fin', 'Motif', 'Signalé le']}
      rows={convention.events.map((e, i) => ({
        key: i,
        cells: [EVENT_KIND_LABELS[e.kind], formatDateFr(e.occurredOn), formatDateFr(e.endsOn) || '—', reasonLabel(e.reason), formatDateFr(e.reportedOn) || '—'],
      }))}
    />
  );
}
