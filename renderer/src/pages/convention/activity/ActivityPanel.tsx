/**
 * « Activité » (employer workspace): the proofs of activity of a convention,
 * one per period (a quarter; before each payment for a CAE-DOM), each with
 * its months to fill in and its status; « Préparer l'envoi » writes the
 * proofs ready to leave into a lot of the outbox (as on the Échanges screen),
 * to download and hand to the payment organisation.
 */
import { Accordion, Alert, Badge, Button, CloseButton, Group, List, Paper, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ActivityView } from '../../../../../shared/api/activity-contract';
import type { ChannelOutput } from '../../../../../shared/api/contract';
import { formatDateFr } from '../../../../../shared/format/date';
import { errorMessage } from '../../../api/errors';
import { call } from '../../../api/transport';
import { useApiQuery } from '../../../api/useApiQuery';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { useWorkspaceStore } from '../../../store/workspace';
import { LotDownloadButton } from '../../exchanges/LotDownloadButton';
import { PROOF_STATUS, periodToOpen } from './model';
import { PeriodEditor } from './PeriodEditor';

type Prepared = ChannelOutput<'activity.prepareProofs'>;

function PreparedResult({ result, onClose, onHandedOver }: { result: Prepared | { error: string }; onClose: () => void; onHandedOver: () => void }) {
  if ('error' in result) {
    return (
      <Alert color="red" variant="light" title="L’envoi n’a pas pu être préparé" role="alert" withCloseButton closeButtonLabel="Fermer" onClose={onClose}>
        {result.error}
      </Alert>
    );
  }
  const lot = result.lots[0];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="proof-export-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={3} size="h5" id="proof-export-title">
            {lot ? `Justificatif(s) prêt(s) à remettre : ${lot.fileName}` : 'Aucun justificatif à envoyer'}
          </Title>
          <Text size="sm" c="dimmed">
            {lot
              ? `Écrit dans ${result.folder}. Téléchargez le lot pour le remettre à l’organisme payeur : il passe alors à « Envoyé ».`
              : 'Un justificatif part quand tous ses mois sont enregistrés et qu’il n’a pas d’erreur ; un justificatif déjà parti ne repart pas.'}
          </Text>
          {result.lots.map((l) => (
            <LotDownloadButton key={l.lotId} lotId={l.lotId} fileName={l.fileName} label="Télécharger le lot" onHandedOver={onHandedOver} />
          ))}
          {result.awaitingCorrection.length ? (
            <List size="sm">
              {result.awaitingCorrection.map((a) => (
                <List.Item key={a}>{`${a} : rejeté, attend sa correction`}</List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
        <CloseButton aria-label="Fermer le résultat de l’envoi" onClick={onClose} />
      </Group>
    </Paper>
  );
}

function PrepareButton({ conventionId, onDone }: { conventionId: number; onDone: (r: Prepared | { error: string }) => void }) {
  const [pending, setPending] = useState(false);
  async function run() {
    setPending(true);
    try {
      onDone(await call('activity.prepareProofs', { conventionId }));
    } catch (e) {
      onDone({ error: errorMessage(e) });
    } finally {
      setPending(false);
    }
  }
  return (
    <Button leftSection={<IconSend size={16} aria-hidden />} loading={pending} onClick={() => void run()}>
      Préparer l’envoi
    </Button>
  );
}

function ActivityPanel({ conventionId }: { conventionId: number }) {
  const query = useApiQuery('activity.get', { conventionId });
  const [latest, setLatest] = useState<{ view: ActivityView; base: ActivityView | undefined; savedAt: Record<string, string> }>();
  const [open, setOpen] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<Prepared | { error: string } | null>(null);
  // `?periode=2009-03-01` (a proof on the Obligations screen) opens that period.
  const requested = useSearchParams()[0].get('periode');
  const view = latest && latest.base === query.data ? latest.view : query.data;
  if (query.error && !view) return <ApiErrorAlert message={query.error} onRetry={query.reload} />;
  if (!view) return <Skeleton height={200} aria-label="Chargement des justificatifs d’activité" />;
  if (view.blocked) return <EmptyMessage title="Pas de justificatif d’activité" description={view.blocked} />;
  const opened = open ?? (view.periods.some((p) => p.start === requested) ? requested : periodToOpen(view.periods));
  const saved = (v: ActivityView, period: string, at: string) => {
    // The saved period stays open, whatever its new status.
    setOpen(period);
    setLatest({ view: v, base: query.data, savedAt: { ...latest?.savedAt, [period]: at } });
    query.reload();
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" maw={760}>
          {view.measure === 'CAE_DOM'
            ? 'Un justificatif avant chaque versement de l’aide (fin des 3e et 12e mois, puis 24e ou 30e mois, fin du contrat) : '
            : 'Un justificatif par trimestre, compté du mois de l’embauche : '}
          heures travaillées, absences et jours de suspension non rémunérée, mois par mois. Ils sont vérifiés contre le contrat ; imprimez le justificatif pour
          le signer, puis préparez l’envoi du fichier à l’organisme payeur.
        </Text>
        <PrepareButton conventionId={conventionId} onDone={(r) => (setPrepared(r), query.reload())} />
      </Group>
      {prepared ? <PreparedResult result={prepared} onClose={() => setPrepared(null)} onHandedOver={query.reload} /> : null}
      <Accordion value={opened} onChange={setOpen} variant="separated" aria-label="Périodes des justificatifs">
        {view.periods.map((p) => (
          <Accordion.Item key={p.start} value={p.start}>
            <Accordion.Control>
              <Group gap="sm">
                <Text fw={600}>{p.label}</Text>
                <Text size="sm" c="dimmed">{`du ${formatDateFr(p.start)} au ${formatDateFr(p.end)}`}</Text>
                <Badge color={PROOF_STATUS[p.status].color} variant="light" tt="none">
                  {PROOF_STATUS[p.status].label}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <PeriodEditor
                key={`${p.start}:${JSON.stringify(p.months.map((m) => m.recorded))}`}
                conventionId={conventionId}
                period={p}
                savedAt={latest?.savedAt[p.start] ?? null}
                onSaved={(v, at) => saved(v, p.start, at)}
              />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

/** The proofs of activity are the employer's: the tab shows in an employer workspace only. */
const useEmployer = () => useWorkspaceStore((s) => s.state?.workspace?.role === 'employeur');

export function ActivityTab() {
  return useEmployer() ? <Tabs.Tab value="activite">Activité</Tabs.Tab> : null;
}

export function ActivityTabPanel({ conventionId }: { conventionId: number }) {
  return useEmployer() ? (
    <Tabs.Panel value="activite">
      <ActivityPanel conventionId={conventionId} />
    </Tabs.Panel>
  ) : null;
}
