import { IconArrowsExchange } from '@tabler/icons-react';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyMessage } from '../../components/EmptyMessage';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from '../../components/list/ListToolbar';
import { ListTable } from '../../components/list/ListTable';
import { ResultCount } from '../../components/list/ResultCount';
import { TableSkeleton } from '../../components/list/TableSkeleton';
import { ExportCsvButton } from '../../components/files/ExportCsvButton';
import { lotColumns } from './lotColumns';

export function ExchangesPage() {
  const result = useApiQuery('lots.list', {});
  return (
    <>
      <PageHeader
        title="Échanges"
        description="Les lots de fichiers envoyés à l'organisme payeur et ses retours, du plus récent au plus ancien."
      />
      <ListToolbar>
        <ExportCsvButton request={{ list: 'lots' }} />
      </ListToolbar>
      {result.error ? (
        <ApiErrorAlert message={result.error} onRetry={result.reload} />
      ) : !result.data ? (
        <TableSkeleton rows={4} />
      ) : result.data.length === 0 ? (
        <EmptyMessage
          icon={<IconArrowsExchange aria-hidden />}
          title="Aucun échange avec l'organisme payeur pour l'instant"
          description="Les lots envoyés et les fichiers de retour apparaîtront ici."
        />
      ) : (
        <>
          <ResultCount total={result.data.length} singular="lot" plural="lots" loading={result.loading} />
          <ListTable label="Lots échangés avec l'organisme payeur" columns={lotColumns} rows={result.data} rowKey={(l) => l.id} />
        </>
      )}
    </>
  );
}
