import { Text } from '@mantine/core';
import { IconPercentage } from '@tabler/icons-react';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyMessage } from '../../components/EmptyMessage';
import { ListTable } from '../../components/list/ListTable';
import { TableSkeleton } from '../../components/list/TableSkeleton';
import { SettingsSection } from './SettingsSection';
import { aidRateColumns } from './aidRateColumns';

export function AidRatesSection() {
  const rates = useApiQuery('settings.aidRates', {});
  return (
    <SettingsSection title="Taux préfectoraux de l'aide">
      <Text size="sm" c="dimmed" mb="md">
        Taux de prise en charge fixés par arrêté du préfet de région, par mesure et par département.
      </Text>
      {rates.error ? (
        <ApiErrorAlert message={rates.error} onRetry={rates.reload} />
      ) : !rates.data ? (
        <TableSkeleton rows={4} />
      ) : rates.data.length === 0 ? (
        <EmptyMessage
          icon={<IconPercentage aria-hidden />}
          title="Aucun taux préfectoral enregistré"
          description="Les arrêtés fixant les taux de l'aide apparaîtront ici."
        />
      ) : (
        <ListTable label="Taux préfectoraux" columns={aidRateColumns} rows={rates.data} rowKey={(r) => r.id} minWidth={900} />
      )}
    </SettingsSection>
  );
}
