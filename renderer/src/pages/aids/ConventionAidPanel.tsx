/**
 * The « Aides » tab of a convention (employer workspace): its aid period by
 * period beside the payments received, the payments themselves (a typed one
 * can be deleted), its exempted base, and « Et si… » while it runs.
 */
import { Button, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ConventionAid } from '../../../../shared/api/aids-contract';
import { RECEIVED_SOURCE_LABELS } from '../../../../shared/domain/aids';
import { isSigned, type ConventionStatus } from '../../../../shared/domain/enums';
import { formatDateFr, formatMonthFr } from '../../../../shared/format/date';
import { formatCents } from '../../../../shared/format/money';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useWorkspaceStore } from '../../store/workspace';
import { DataTable } from '../convention/panels/DataTable';
import { Facts } from '../convention/panels/Facts';
import { RefusalAlert } from '../convention/actions/FormParts';
import { useSubmit } from '../convention/actions/useSubmit';
import { AidLinesTable } from './AidLinesTable';
import { signedCents } from './DifferencesList';
import { TraceDetails } from './TraceDetails';
import { WhatIfPanel } from './WhatIfPanel';

function ReceivedTable({ aid, onChanged }: { aid: ConventionAid; onChanged: (aid: ConventionAid) => void }) {
  const submit = useSubmit();
  const [deleting, setDeleting] = useState<number | null>(null);
  async function remove(id: number) {
    setDeleting(id);
    const next = await submit.run(() => call('aids.deletePayment', { id }));
    setDeleting(null);
    if (next) onChanged(next);
  }
  if (aid.received.length === 0) return <Text size="sm">Aucun versement reçu enregistré.</Text>;
  return (
    <Stack gap="xs">
      <RefusalAlert message={submit.error} title="Le versement n’a pas été supprimé" />
      <DataTable
        label="Versements reçus"
        head={['Reçu le', 'Période couverte', 'Montant', 'Origine', 'Référence', '']}
        numeric={[2]}
        rows={aid.received.map((p) => ({
          key: p.id,
          cells: [
            formatDateFr(p.receivedOn),
            `du ${formatDateFr(p.periodStart)} au ${formatDateFr(p.periodEnd)}`,
            formatCents(p.amountCents),
            RECEIVED_SOURCE_LABELS[p.source],
            p.reference || '—',
            p.source === 'saisie' ? (
              <Button
                key="delete"
                size="compact-xs"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                loading={deleting === p.id}
                onClick={() => void remove(p.id)}
                aria-label={`Supprimer le versement du ${formatDateFr(p.receivedOn)}`}
              >
                Supprimer
              </Button>
            ) : null,
          ],
        }))}
      />
    </Stack>
  );
}

function ExemptionMonths({ exemption }: { exemption: NonNullable<ConventionAid['exemption']> }) {
  return (
    <Stack gap="xs">
      <DataTable
        label="Assiette exonérée par mois"
        head={['Mois', 'Assiette exonérée']}
        numeric={[1]}
        rows={exemption.months.map((m) => ({ key: m.month, cells: [formatMonthFr(m.month), formatCents(m.baseCents)] }))}
      />
      <Text size="sm">
        Total jusqu’au {formatDateFr(exemption.endsOn)} : {formatCents(exemption.totalBaseCents)}
      </Text>
      <TraceDetails trace={exemption.trace} summary="Comment l’assiette est calculée" />
    </Stack>
  );
}

function AidContent({ aid, onChanged }: { aid: ConventionAid; onChanged: (aid: ConventionAid) => void }) {
  return (
    <Stack gap="lg">
      <Facts
        cols={4}
        facts={[
          { label: `Aide attendue au ${formatDateFr(aid.today)}`, value: formatCents(aid.expectedToDateCents) },
          { label: 'Reçu', value: formatCents(aid.receivedCents) },
          { label: 'Solde', value: signedCents(aid.receivedCents - aid.expectedToDateCents) },
          { label: 'Écarts', value: aid.differences === 0 ? 'aucun' : String(aid.differences), id: 'aid-differences' },
        ]}
      />
      {aid.whatIf ? <WhatIfPanel whatIf={aid.whatIf} today={aid.today} /> : null}
      <Stack gap="xs">
        <Title order={3} size="h4">
          Aide prévue et versements reçus
        </Title>
        <AidLinesTable lines={aid.lines} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          Versements reçus
        </Title>
        <ReceivedTable aid={aid} onChanged={onChanged} />
      </Stack>
      {aid.exemption ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            Assiette exonérée
          </Title>
          <ExemptionMonths exemption={aid.exemption} />
        </Stack>
      ) : null}
    </Stack>
  );
}

function ConventionAidPanel({ conventionId }: { conventionId: number }) {
  const query = useApiQuery('aids.convention', { id: conventionId });
  const [latest, setLatest] = useState<ConventionAid>();
  const aid = latest ?? query.data;
  if (query.error && !aid) return <ApiErrorAlert message={query.error} onRetry={query.reload} />;
  if (!aid) return <Skeleton height={200} aria-label="Chargement des aides de la convention" />;
  return <AidContent aid={aid} onChanged={setLatest} />;
}

/** An employer follows the aid of its signed conventions in their « Aides » tab (the agency has none). */
function useAidsTab(status: ConventionStatus): boolean {
  const employer = useWorkspaceStore((st) => st.state?.workspace?.role === 'employeur');
  return employer && isSigned(status);
}

export function AidsTab({ status }: { status: ConventionStatus }) {
  return useAidsTab(status) ? <Tabs.Tab value="aides">Aides</Tabs.Tab> : null;
}

export function AidsTabPanel({ conventionId, status }: { conventionId: number; status: ConventionStatus }) {
  return useAidsTab(status) ? (
    <Tabs.Panel value="aides">
      <ConventionAidPanel conventionId={conventionId} />
    </Tabs.Panel>
  ) : null;
}
