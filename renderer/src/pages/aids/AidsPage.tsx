/**
 * `#/aides` (employer workspace): the aid the rules expect beside the
 * payments received, each difference explained; the entry of a payment
 * received; the exempted base for the payroll; the accountant's CSV.
 */
import { Group, Skeleton, Stack } from '@mantine/core';
import { formatDateFr } from '../../../../shared/format/date';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyMessage } from '../../components/EmptyMessage';
import { ExportCsvButton } from '../../components/files/ExportCsvButton';
import { PageHeader } from '../../components/PageHeader';
import { ConventionsAidTable } from './ConventionsAidTable';
import { DifferencesList } from './DifferencesList';
import { ExemptionSection } from './ExemptionSection';
import { ReceivedPaymentForm } from './ReceivedPaymentForm';

export function AidsPage() {
  const query = useApiQuery('aids.overview', {});
  const overview = query.data;
  return (
    <>
      <PageHeader
        title="Aides"
        description={
          overview
            ? `Aide de l’État prévue par les règles et versements reçus, période par période, au ${formatDateFr(overview.today)}.`
            : 'Aide de l’État prévue par les règles et versements reçus, période par période.'
        }
        actions={
          <Group gap="xs" align="flex-start">
            <ExportCsvButton request={{ list: 'aids' }} label="Exporter les aides (CSV)" />
          </Group>
        }
      />
      {query.error && !overview ? <ApiErrorAlert message={query.error} onRetry={query.reload} /> : null}
      {!overview ? (
        query.error ? null : (
          <Skeleton height={240} aria-label="Chargement des aides" />
        )
      ) : overview.conventions.length === 0 ? (
        <EmptyMessage
          title="Aucune convention signée"
          description="L’aide est suivie ici dès qu’une convention est signée ou importée du dossier de l’agence."
        />
      ) : (
        <Stack gap="xl">
          <DifferencesList differences={overview.differences} />
          <ReceivedPaymentForm overview={overview} onRecorded={query.reload} />
          <ConventionsAidTable rows={overview.conventions} />
          <ExemptionSection today={overview.today} />
        </Stack>
      )}
    </>
  );
}
