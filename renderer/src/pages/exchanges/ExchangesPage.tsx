/**
 * « Échanges »: the lots sent to the payment organisation and its return
 * files, each with its status and line counts; the alert for lots without a
 * return file for too long; « Préparer l'envoi » (export to the outbox) and
 * « Importer un fichier » (preview, then apply). A lot opens its lines.
 */
import { Alert, Anchor } from '@mantine/core';
import { IconArrowsExchange, IconClockExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyMessage } from '../../components/EmptyMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatInteger } from '../../components/count';
import { ExportCsvButton } from '../../components/files/ExportCsvButton';
import { ListTable } from '../../components/list/ListTable';
import { ListToolbar } from '../../components/list/ListToolbar';
import { ResultCount } from '../../components/list/ResultCount';
import { TableSkeleton } from '../../components/list/TableSkeleton';
import { ExportButton, ExportResult } from './ExportPanel';
import { ImportButton } from './ImportDialog';
import { lotColumns } from './lotColumns';

type Exported = ChannelOutput<'exchanges.export'> | { error: string };

function OverdueAlert({ count, days }: { count: number; days: number }) {
  if (count === 0) return null;
  return (
    <Alert color="orange" variant="light" mb="md" icon={<IconClockExclamation aria-hidden />} title="Retours en retard" role="alert">
      {formatInteger(count)} lot{count > 1 ? 's' : ''} sans fichier retour depuis plus de {formatInteger(days)} jours. Relancez l’organisme payeur, ou importez
      le fichier retour reçu. Le délai se règle dans les{' '}
      <Anchor component={Link} to="/parametres" inherit>
        paramètres
      </Anchor>
      .
    </Alert>
  );
}

export function ExchangesPage() {
  const result = useApiQuery('exchanges.lots', {});
  const [exported, setExported] = useState<Exported | null>(null);
  const { reload } = result;
  return (
    <>
      <PageHeader
        title="Échanges"
        description="Les fichiers échangés : lots envoyés à l'organisme payeur et ses retours, dossiers de conventions entre l'agence et l'employeur, du plus récent au plus ancien."
      />
      {result.data ? <OverdueAlert count={result.data.overdueCount} days={result.data.returnAlertDays} /> : null}
      <ListToolbar>
        <ExportButton
          onDone={(r) => {
            setExported(r);
            reload();
          }}
        />
        <ImportButton onChanged={reload} />
        <ExportCsvButton request={{ list: 'lots' }} />
      </ListToolbar>
      {exported ? <ExportResult result={exported} onClose={() => setExported(null)} onHandedOver={reload} /> : null}
      {result.error ? (
        <ApiErrorAlert message={result.error} onRetry={reload} />
      ) : !result.data ? (
        <TableSkeleton rows={4} />
      ) : result.data.lots.length === 0 ? (
        <EmptyMessage
          icon={<IconArrowsExchange aria-hidden />}
          title="Aucun échange avec l'organisme payeur pour l'instant"
          description="« Préparer l’envoi » écrit les conventions signées dans un lot ; les fichiers retour s’importent avec « Importer un fichier »."
        />
      ) : (
        <>
          <ResultCount total={result.data.lots.length} singular="lot" plural="lots" loading={result.loading} />
          <ListTable label="Lots échangés avec l'organisme payeur" columns={lotColumns} rows={result.data.lots} rowKey={(l) => l.id} />
        </>
      )}
    </>
  );
}
