/**
 * `#/echanges/:lotId`: one lot. Its rejected lines first, each explained with
 * the way to fix it (« Corriger », « Ouvrir la convention »), then every line
 * with its status; a return file shows the lot it answers and the payments
 * it recorded.
 */
import { Anchor, Button, Group, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ChannelOutput } from '../../../../shared/api/contract';
import type { LineRow } from '../../../../shared/api/exchanges-contract';
import { LINE_STATUSES, lineStatusLabel, type LineStatus } from '../../../../shared/domain/exchange-lines';
import { formatDateFr } from '../../../../shared/format/date';
import { formatCents } from '../../../../shared/format/money';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyMessage } from '../../components/EmptyMessage';
import { PageHeader } from '../../components/PageHeader';
import { formatInteger } from '../../components/count';
import { ListTable } from '../../components/list/ListTable';
import { CorrectionModal } from './CorrectionModal';
import { lineColumns } from './lineColumns';
import { LotDownloadButton } from './LotDownloadButton';
import { LotSummary } from './LotSummary';
import { RejectionCard } from './RejectionCard';

type Detail = ChannelOutput<'exchanges.lot'>;

export function LotPage() {
  const params = useParams();
  const lotId = Number(params.lotId);
  if (!Number.isSafeInteger(lotId) || lotId <= 0) {
    return <EmptyMessage title="Lot introuvable" description="L’adresse ne désigne aucun lot." />;
  }
  return <LotDetail key={lotId} lotId={lotId} />;
}

function Payments({ payments }: { payments: Detail['payments'] }) {
  if (payments.length === 0) return null;
  return (
    <Stack gap="xs" mb="lg">
      <Title order={2} size="h4">
        Paiements enregistrés ({formatInteger(payments.length)})
      </Title>
      <Table withTableBorder striped fz="sm" aria-label="Paiements enregistrés par ce fichier">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Convention</Table.Th>
            <Table.Th scope="col">Période</Table.Th>
            <Table.Th scope="col" ta="right">
              Montant
            </Table.Th>
            <Table.Th scope="col">Payé le</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {payments.map((p) => (
            <Table.Tr key={`${p.conventionId}-${p.periodStart}`}>
              <Table.Td>
                <Anchor component={Link} to={`/conventions/${p.conventionId}?onglet=montants`} inherit>
                  {p.conventionNumber}
                </Anchor>
              </Table.Td>
              <Table.Td>
                du {formatDateFr(p.periodStart)} au {formatDateFr(p.periodEnd)}
              </Table.Td>
              <Table.Td ta="right">{formatCents(p.amountCents)}</Table.Td>
              <Table.Td>{formatDateFr(p.paidOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

type Shown = LineStatus | 'all';

function heading(lot: Detail['lot']): string {
  if (lot.kind === 'convention-package') return `Dossier de conventions n° ${lot.sequence}`;
  return lot.direction === 'OUT' ? `Lot n° ${lot.sequence}` : `Fichier retour n° ${lot.sequence}`;
}

/** Which lines the table shows: all of them, or those of one status (only the statuses present). */
function LineFilter({ lines, value, onChange }: { lines: LineRow[]; value: Shown; onChange: (v: Shown) => void }) {
  const present = LINE_STATUSES.filter((s) => lines.some((l) => l.status === s));
  if (present.length < 2) return null;
  const count = (s: LineStatus) => lines.filter((l) => l.status === s).length;
  return (
    <SegmentedControl
      size="xs"
      aria-label="Lignes affichées"
      value={value}
      onChange={(v) => onChange(v as Shown)}
      data={[
        { value: 'all', label: `Toutes (${formatInteger(lines.length)})` },
        ...present.map((s) => ({ value: s, label: `${lineStatusLabel(s, lines[0]?.recordKind === 'CONVENTION_FILE', true)} (${formatInteger(count(s))})` })),
      ]}
    />
  );
}

function LotDetail({ lotId }: { lotId: number }) {
  const query = useApiQuery('exchanges.lot', { lotId });
  const [correcting, setCorrecting] = useState<LineRow | null>(null);
  const [shown, setShown] = useState<Shown>('all');
  const detail = query.data;
  if (query.error && !detail) return <ApiErrorAlert message={query.error} onRetry={query.reload} />;
  if (!detail) return <Skeleton height={240} aria-label="Chargement du lot" />;
  const { lot, lines } = detail;
  const rejected = lines.filter((l) => l.status === 'rejected');
  // A status no line has any more (after a reload) shows every line again.
  const filtered = shown === 'all' ? lines : lines.filter((l) => l.status === shown);
  const outgoing = lot.direction === 'OUT';
  return (
    <>
      <PageHeader
        title={heading(lot)}
        description={
          lot.kind === 'convention-package'
            ? outgoing
              ? 'Envoyé à l’employeur'
              : 'Reçu de l’agence'
            : outgoing
              ? 'Envoyé à l’organisme payeur'
              : 'Reçu de l’organisme payeur'
        }
        actions={
          <Group gap="xs" align="flex-start">
            <Button component={Link} to="/echanges" variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />}>
              Retour aux échanges
            </Button>
            {outgoing ? (
              <LotDownloadButton lotId={lot.id} fileName={lot.fileName} label="Télécharger le fichier" size="sm" onHandedOver={query.reload} />
            ) : null}
          </Group>
        }
      />
      <LotSummary lot={lot} />
      <Payments payments={detail.payments} />
      {rejected.length ? (
        <Stack gap="sm" mb="lg">
          <Title order={2} size="h4">
            À corriger ({formatInteger(rejected.length)})
          </Title>
          {rejected.map((line) => (
            <RejectionCard key={line.lineNo} line={line} onCorrect={() => setCorrecting(line)} />
          ))}
        </Stack>
      ) : null}
      {/* A return file's lines are the lines of the lot it answers; a lot or a package lists its own. */}
      {outgoing || lot.kind === 'convention-package' ? (
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Title order={2} size="h4">
              Lignes ({formatInteger(lines.length)})
            </Title>
            <LineFilter lines={lines} value={filtered.length ? shown : 'all'} onChange={setShown} />
          </Group>
          {lines.length ? (
            <ListTable label={`Lignes du lot ${lot.fileName}`} columns={lineColumns} rows={filtered.length ? filtered : lines} rowKey={(l) => l.lineNo} />
          ) : (
            <Text size="sm" c="dimmed">
              Ce lot n’a aucune ligne enregistrée.
            </Text>
          )}
        </Stack>
      ) : null}
      {correcting?.correction ? (
        <CorrectionModal line={correcting} correction={correcting.correction} onClose={() => setCorrecting(null)} onDone={query.reload} />
      ) : null}
    </>
  );
}
