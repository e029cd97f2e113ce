/**
 * « Préparer l'envoi »: writes the pending conventions, avenants, events and
 * dénonciations into lots in the outbox, then shows what was written (each
 * lot to download for the payment organisation) and the rejected lines that
 * still wait for their correction.
 */
import { Alert, Button, CloseButton, Group, List, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { formatInteger } from '../../components/count';
import { LiveStatus } from '../../components/LiveStatus';
import { LotDownloadButton } from './LotDownloadButton';

type Exported = ChannelOutput<'exchanges.export'>;

export function ExportButton({ onDone }: { onDone: (result: Exported | { error: string }) => void }) {
  const [pending, setPending] = useState(false);
  /** Said to screen readers: the work under way, then what it wrote (a refusal is an alert of its own). */
  const [status, setStatus] = useState<string | null>(null);
  async function run() {
    setPending(true);
    setStatus('Préparation de l’envoi en cours…');
    try {
      const result = await call('exchanges.export', {});
      setStatus(exportTitle(result.lots.length));
      onDone(result);
    } catch (e) {
      setStatus(null);
      onDone({ error: errorMessage(e) });
    } finally {
      setPending(false);
    }
  }
  return (
    <>
      <Button leftSection={<IconSend size={16} aria-hidden />} loading={pending} onClick={() => void run()}>
        Préparer l’envoi
      </Button>
      <LiveStatus text={status} />
    </>
  );
}

const exportTitle = (written: number) => (written ? `Envoi préparé : ${formatInteger(written)} lot${written > 1 ? 's' : ''}` : 'Rien à envoyer');

/** The lots written, each with its download button. */
function WrittenLots({ lots, onHandedOver }: { lots: Exported['lots']; onHandedOver: () => void }) {
  return (
    <Table mt="sm" withTableBorder verticalSpacing={4} fz="sm" aria-label="Lots écrits">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Fichier</Table.Th>
          <Table.Th scope="col" ta="right">
            N° de séquence
          </Table.Th>
          <Table.Th scope="col" ta="right">
            Lignes
          </Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>Téléchargement</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lots.map((lot) => (
          <Table.Tr key={lot.fileName}>
            <Table.Td ff="monospace" fz="xs">
              {lot.fileName}
            </Table.Td>
            <Table.Td ta="right">{formatInteger(lot.sequence)}</Table.Td>
            <Table.Td ta="right">{formatInteger(lot.lines)}</Table.Td>
            <Table.Td>
              <LotDownloadButton lotId={lot.lotId} fileName={lot.fileName} onHandedOver={onHandedOver} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The lots left in preparation by an interrupted export, and what became of them. */
function RecoveredLots({ recovered }: { recovered: Exported['recovered'] }) {
  if (!recovered.length) return null;
  return (
    <List size="sm" mt="sm">
      {recovered.map((r) => (
        <List.Item key={r.fileName}>
          {r.outcome === 'kept'
            ? `Lot ${r.fileName} resté en préparation, non vérifié : ${r.explanation ?? ''}`
            : r.outcome !== 'dropped'
              ? `Lot ${r.fileName} resté en préparation : son fichier est complet, il est ${r.outcome === 'sent' ? 'marqué envoyé' : 'prêt à télécharger'}.`
              : `Lot ${r.fileName} inachevé : abandonné, ses lignes repartent dans ce lot.`}
        </List.Item>
      ))}
    </List>
  );
}

/** The rejected lines that wait for their correction before leaving. */
function AwaitingCorrection({ lines }: { lines: Exported['awaitingCorrection'] }) {
  if (!lines.length) return null;
  return (
    <Alert color="orange" variant="light" mt="sm" title={`${formatInteger(lines.length)} ligne(s) rejetée(s) attendent une correction`}>
      <Text size="sm">Elles ne partent pas tant qu’elles n’ont pas été corrigées : ouvrez le lot qui les a rejetées et cliquez sur « Corriger ».</Text>
      <List size="sm" mt={4}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function ExportResult({ result, onClose, onHandedOver }: { result: Exported | { error: string }; onClose: () => void; onHandedOver: () => void }) {
  if ('error' in result) {
    return (
      <Alert
        color="red"
        variant="light"
        title="L’envoi n’a pas pu être préparé"
        role="alert"
        mb="md"
        withCloseButton
        closeButtonLabel="Fermer"
        onClose={onClose}
      >
        {result.error}
      </Alert>
    );
  }
  const written = result.lots.length;
  return (
    <Paper withBorder radius="md" p="md" mb="md" component="section" aria-labelledby="export-result-title">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2} size="h4" id="export-result-title">
            {exportTitle(written)}
          </Title>
          <Text size="sm" c="dimmed">
            {written
              ? `Écrit${written > 1 ? 's' : ''} dans ${result.folder} (${formatInteger(result.maxLines)} lignes au plus par lot). Téléchargez chaque lot pour le remettre à l’organisme payeur : il passe alors à « Envoyé ».`
              : 'Aucune convention, aucun avenant, événement, dénonciation ou justificatif d’activité en attente.'}
          </Text>
        </Stack>
        <CloseButton aria-label="Fermer le résultat de l’envoi" onClick={onClose} />
      </Group>
      {written ? <WrittenLots lots={result.lots} onHandedOver={onHandedOver} /> : null}
      <RecoveredLots recovered={result.recovered} />
      <AwaitingCorrection lines={result.awaitingCorrection} />
    </Paper>
  );
}
