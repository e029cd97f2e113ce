/**
 * « Conservation des données »: how many years a convention is kept after its
 * effective end (docs/protection-des-donnees.md), how many are due, and
 * « Archiver puis supprimer »: the passphrase of the encrypted archive typed
 * twice, then a confirmation naming what will be deleted.
 */
import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { IconArchive } from '@tabler/icons-react';
import { useState } from 'react';
import { channels, type ChannelOutput } from '../../../../shared/api/contract';
import { PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/retention';
import { formatDateFr } from '../../../../shared/format/date';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatCount } from '../../components/count';
import { SettingsSection } from './SettingsSection';
import { SecretInput } from '../../components/inputs/SecretInput';

type Summary = ChannelOutput<'retention.summary'>;

function passphraseError(first: string, second: string): string | undefined {
  if (first.length < PASSPHRASE_MIN_LENGTH) return `La phrase de passe doit compter au moins ${PASSPHRASE_MIN_LENGTH} caractères.`;
  if (first !== second) return 'Les deux phrases de passe ne sont pas identiques.';
  return undefined;
}

function ConfirmPurge({ summary, onClose, onDone }: { summary: Summary; onClose: () => void; onDone: (message: string) => void }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const invalid = passphraseError(first, second);
  async function purge() {
    setChecked(true);
    if (invalid) return;
    setPending(true);
    setError(undefined);
    try {
      const done = await call('retention.archiveAndPurge', { passphrase: first });
      onDone(
        `${formatCount(done.count, 'convention archivée puis supprimée', 'conventions archivées puis supprimées')}. Archive chiffrée : ${done.archive} (SHA-256 ${done.sha256}).`,
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }
  const conventions = formatCount(summary.due, 'convention', 'conventions');
  return (
    <AppModal opened onClose={onClose} title="Archiver puis supprimer" size="lg">
      <Stack gap="sm">
        <Text>
          {conventions} ayant pris fin avant le {formatDateFr(summary.cutoff)} seront écrites dans une archive chiffrée, dans <Code>{summary.folder}</Code>,
          puis <strong>supprimées de l'espace de travail</strong> avec leurs versions, faits, versements, activité et lignes d'échange ; les salariés qui n'ont
          pas d'autre convention aussi.
        </Text>
        <Text size="sm" c="dimmed">
          Sans la phrase de passe, l'archive est illisible : notez-la et gardez-la à part. Elle n'est enregistrée nulle part.
        </Text>
        <SecretInput label="Phrase de passe de l'archive" value={first} onChange={(e) => setFirst(e.currentTarget.value)} autoComplete="new-password" />
        <SecretInput
          label="Phrase de passe, une seconde fois"
          value={second}
          onChange={(e) => setSecond(e.currentTarget.value)}
          autoComplete="new-password"
          error={checked ? invalid : undefined}
        />
        {error ? (
          <Alert color="red" variant="light" role="alert" title="Rien n'a été supprimé">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Annuler
          </Button>
          <Button color="red" onClick={() => void purge()} loading={pending}>
            Archiver puis supprimer {conventions}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

function YearsForm({ years, onSaved }: { years: number; onSaved: () => void }) {
  const [text, setText] = useState(String(years));
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  async function save() {
    setSaved(false);
    const parsed = channels['retention.saveSettings'].input.safeParse({ years: /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    try {
      await call('retention.saveSettings', parsed.data);
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <Group align="flex-end" gap="md">
      <TextInput
        label="Conservation après la fin (années)"
        inputMode="numeric"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={error}
        w={260}
      />
      <Button variant="default" onClick={() => void save()}>
        Enregistrer
      </Button>
      {saved ? (
        <Text size="sm" c="green" role="status">
          Durée de conservation enregistrée.
        </Text>
      ) : null}
    </Group>
  );
}

export function RetentionSection() {
  const summary = useApiQuery('retention.summary', {});
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string>();
  const data = summary.data;
  return (
    <SettingsSection title="Conservation des données">
      {summary.error ? (
        <ApiErrorAlert message={summary.error} onRetry={summary.reload} />
      ) : !data ? null : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Une convention est gardée {formatCount(data.years, 'an', 'ans')} après sa fin effective (rupture ou dénonciation, sinon fin prévue), selon la notice
            de protection des données ; passé ce délai, elle est à archiver, chiffrée, puis à supprimer.
          </Text>
          <Text>
            Au {formatDateFr(data.today)} : <strong>{formatCount(data.due, 'convention à archiver', 'conventions à archiver')}</strong> (fin avant le{' '}
            {formatDateFr(data.cutoff)}).
          </Text>
          <Group gap="md">
            <Button
              color="red"
              variant="light"
              leftSection={<IconArchive size={16} aria-hidden />}
              disabled={data.due === 0}
              onClick={() => setConfirming(true)}
            >
              Archiver puis supprimer…
            </Button>
            {status ? (
              <Text size="sm" c="green" role="status" style={{ wordBreak: 'break-all' }}>
                {status}
              </Text>
            ) : null}
          </Group>
          <YearsForm years={data.years} onSaved={summary.reload} />
        </Stack>
      )}
      {confirming && data ? (
        <ConfirmPurge
          summary={data}
          onClose={() => setConfirming(false)}
          onDone={(text) => {
            setConfirming(false);
            setStatus(text);
            summary.reload();
          }}
        />
      ) : null}
    </SettingsSection>
  );
}
