/**
 * « Événements »: suspensions, ruptures and other facts of the work contract.
 * In the employer workspace, a fact to report (one with a reporting
 * deadline) has its « Déclaration (PDF) ».
 */
import { eventIndexOf, isDeclaredEvent } from '../../../../../shared/domain/declarations';
import { EVENT_KIND_LABELS } from '../../../../../shared/domain/enums';
import { formatDateFr } from '../../../../../shared/format/date';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useWorkspaceStore } from '../../../store/workspace';
import { reasonLabel } from '../labels';
import { currentVersion, type Convention } from '../model';
import { DataTable } from './DataTable';
import { DeclarationButton } from './DeclarationButton';

type EventRow = Convention['events'][number];

/** The declaration button of a recorded fact, or a dash when it has none. */
function declarationCell(convention: Convention, e: EventRow) {
  const index = eventIndexOf(currentVersion(convention)?.document, e.kind, e.occurredOn);
  if (index === undefined || !isDeclaredEvent(convention.computed.reportingDeadlines, index)) return '—';
  const what = `${EVENT_KIND_LABELS[e.kind].toLowerCase()} du ${formatDateFr(e.occurredOn)}`;
  return <DeclarationButton conventionId={convention.id} index={index} what={what} />;
}

export function EventsPanel({ convention }: { convention: Convention }) {
  const employer = useWorkspaceStore((s) => s.state?.workspace?.role === 'employeur');
  if (convention.events.length === 0) {
    return <EmptyMessage title="Aucun événement" description="Ni suspension, ni rupture, ni autre fait déclaré sur ce contrat." />;
  }
  return (
    <DataTable
      label="Événements du contrat"
      head={['Événement', 'Date', 'Fin', 'Motif', 'Signalé le', ...(employer ? ['Déclaration'] : [])]}
      rows={convention.events.map((e, i) => ({
        key: i,
        cells: [
          EVENT_KIND_LABELS[e.kind],
          formatDateFr(e.occurredOn),
          formatDateFr(e.endsOn) || '—',
          reasonLabel(e.reason),
          formatDateFr(e.reportedOn) || '—',
          ...(employer ? [declarationCell(convention, e)] : []),
        ],
      }))}
    />
  );
}
