/**
 * « Sauvegardes »: the backups of the open workspace (automatic once a day,
 * and « Sauvegarder maintenant »), the number kept, and « Restaurer » after a
 * confirmation: the current database is kept aside before the backup takes
 * its place.
 */
import { Alert, Button, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { channels, type ChannelOutput } from '../../../../shared/api/contract';
import { formatDateFr } from '../../../../shared/format/date';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useWorkspaceStore } from '../../store/workspace';
import { SettingsSection } from './SettingsSection';

type Backup = ChannelOutput<'backups.list'>['items'][number];

const KIND_LABELS = { auto: 'Automatique', manuelle: 'Manuelle' } as const;

/** `2026-12-04T16:14:22` → `04/12/2026 à 16:14:22`. */
function when(createdAt: string): string {
  return `${formatDateFr(createdAt.slice(0, 10))} à ${createdAt.slice(11)}`;
}

const size = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR')} Ko`;

function ConfirmRestore({ backup, onClose, onDone }: { backup: Backup; onClose: () => void; onDone: (message: string) => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function restore() {
    setPending(true);
    setError(undefined);
    try {
      const done = await call('backups.restore', { name: backup.name });
      onDone(`Sauvegarde du ${when(backup.createdAt)} restaurée.${done.aside ? ` La base remplacée est gardée à côté sous le nom ${done.aside}.` : ''}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  return (
    <AppModal opened onClose={onClose} title="Restaurer la sauvegarde">
      <Stack gap="sm">
        <Text>
          Les données de l'espace de travail seront remplacées par celles de la sauvegarde du {when(backup.createdAt)}. Ce qui a été saisi depuis ne sera plus
          visible ; la base actuelle est gardée à côté, dans le dossier des données.
        </Text>
        {error ? (
          <Alert color="red" variant="light" role="alert" title="Rien n'a été restauré">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Annuler
          </Button>
          <Button color="red" onClick={() => void restore()} loading={pending}>
            Restaurer cette sauvegarde
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

function BackupTable({ items, onRestore }: { items: Backup[]; onRestore: (b: Backup) => void }) {
  if (items.length === 0) return <Text c="dimmed">Aucune sauvegarde pour l'instant.</Text>;
  return (
    <Table striped aria-label="Sauvegardes">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Date</Table.Th>
          <Table.Th>Type</Table.Th>
          <Table.Th>Fichier</Table.Th>
          <Table.Th>Taille</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((b) => (
          <Table.Tr key={b.name}>
            <Table.Td>{when(b.createdAt)}</Table.Td>
            <Table.Td>{KIND_LABELS[b.kind]}</Table.Td>
            <Table.Td>
              <Code>{b.name}</Code>
            </Table.Td>
            <Table.Td>{size(b.bytes)}</Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRestore size={14} aria-hidden />}
                onClick={() => onRestore(b)}
                aria-label={`Restaurer ${b.name}`}
              >
                Restaurer
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The number of backups kept: beyond it, the oldest are removed after each backup. */
function KeepForm({ keep, onSaved }: { keep: number; onSaved: () => void }) {
  const [text, setText] = useState(String(keep));
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  async function save() {
    setSaved(false);
    const checked = channels['backups.saveSettings'].input.safeParse({ keep: /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN });
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    setError(undefined);
    try {
      await call('backups.saveSettings', checked.data);
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Group align="flex-end" gap="md">
      <TextInput label="Sauvegardes gardées" inputMode="numeric" value={text} onChange={(e) => setText(e.currentTarget.value)} error={error} w={200} />
      <Button variant="default" onClick={() => void save()}>
        Enregistrer
      </Button>
      {saved ? (
        <Text size="sm" c="green" role="status">
          Nombre de sauvegardes gardées enregistré.
        </Text>
      ) : null}
    </Group>
  );
}

export function BackupsSection() {
  const list = useApiQuery('backups.list', {});
  const demo = useWorkspaceStore((s) => s.state?.active === 'demo');
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [toRestore, setToRestore] = useState<Backup>();
  async function backupNow() {
    setPending(true);
    setStatus(undefined);
    try {
      const done = await call('backups.create', {});
      setStatus({ ok: true, text: `Sauvegarde écrite et vérifiée : ${done.name}.` });
      list.reload();
    } catch (e) {
      setStatus({ ok: false, text: errorMessage(e) });
    } finally {
      setPending(false);
    }
  }
  return (
    <SettingsSection title="Sauvegardes">
      {list.error ? (
        <ApiErrorAlert message={list.error} onRetry={list.reload} />
      ) : !list.data ? null : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {demo ? "Une démonstration n'a pas de sauvegarde automatique" : "Une sauvegarde automatique est faite chaque jour à l'ouverture"} ; les{' '}
            {list.data.keep} plus récentes sont gardées dans <Code>{list.data.folder}</Code>.
          </Text>
          <Group gap="md">
            <Button leftSection={<IconDatabaseExport size={16} aria-hidden />} onClick={() => void backupNow()} loading={pending}>
              Sauvegarder maintenant
            </Button>
            {status ? (
              <Text size="sm" c={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
                {status.text}
              </Text>
            ) : null}
          </Group>
          <BackupTable items={list.data.items} onRestore={setToRestore} />
          <KeepForm keep={list.data.keep} onSaved={list.reload} />
        </Stack>
      )}
      {toRestore ? (
        <ConfirmRestore
          backup={toRestore}
          onClose={() => setToRestore(undefined)}
          onDone={(text) => {
            setToRestore(undefined);
            setStatus({ ok: true, text });
            list.reload();
          }}
        />
      ) : null}
    </SettingsSection>
  );
}
