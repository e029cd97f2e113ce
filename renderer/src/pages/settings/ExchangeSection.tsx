/**
 * « Échanges avec l'organisme payeur »: who this workspace is in the exchange
 * files, and the two settings an agency adjusts to its payment organisation
 * (lines per lot, days before a lot without a return file is signalled).
 */
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { channels, type ChannelOutput } from '../../../../shared/api/contract';
import { errorMessage } from '../../api/errors';
import { call } from '../../api/transport';
import { useApiQuery } from '../../api/useApiQuery';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SettingsFact, SettingsFacts, SettingsSection } from './SettingsSection';

type Settings = ChannelOutput<'settings.exchange'>;
type Field = 'maxLinesPerLot' | 'returnAlertDays';

/** Digits as typed become a number; anything else stays NaN so the schema says what is wrong. */
function asInteger(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function ExchangeForm({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [lines, setLines] = useState(String(settings.maxLinesPerLot));
  const [days, setDays] = useState(String(settings.returnAlertDays));
  const [errors, setErrors] = useState<Partial<Record<Field | 'general', string>>>({});
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = channels['settings.saveExchange'].input.safeParse({ maxLinesPerLot: asInteger(lines), returnAlertDays: asInteger(days) });
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      onSaved(await call('settings.saveExchange', checked.data));
      setSaved(true);
    } catch (error) {
      setErrors({ general: errorMessage(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      <Stack gap="md">
        {errors.general ? (
          <Alert color="red" variant="light" role="alert" title="Réglages non enregistrés">
            {errors.general}
          </Alert>
        ) : null}
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            label="Lignes au plus par lot"
            description="Au-delà, l'envoi est découpé en plusieurs lots."
            inputMode="numeric"
            value={lines}
            onChange={(e) => setLines(e.currentTarget.value)}
            error={errors.maxLinesPerLot}
            w={260}
          />
          <TextInput
            label="Alerte sans retour après (jours)"
            description="Un lot envoyé sans fichier retour depuis plus longtemps est signalé."
            inputMode="numeric"
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
            error={errors.returnAlertDays}
            w={260}
          />
        </Group>
        <Group gap="md">
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={pending}>
            Enregistrer les réglages d'échange
          </Button>
          {saved ? (
            <Text size="sm" c="green" role="status">
              Réglages enregistrés.
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

export function ExchangeSection() {
  const result = useApiQuery('settings.exchange', {});
  // What the last save returned, else what was read.
  const [saved, setSaved] = useState<Settings>();
  const current = saved ?? result.data;
  return (
    <SettingsSection title="Échanges avec l'organisme payeur">
      {result.error ? (
        <ApiErrorAlert message={result.error} onRetry={result.reload} />
      ) : !current ? null : (
        <Stack gap="md">
          <SettingsFacts>
            <SettingsFact label="Émetteur des fichiers">
              {current.emitter ?? "Pas encore connu (le SIRET vient du premier dossier de conventions reçu de l'agence)"}
            </SettingsFact>
            <SettingsFact label="Destinataire">{current.recipient}</SettingsFact>
          </SettingsFacts>
          <ExchangeForm settings={current} onSaved={setSaved} />
        </Stack>
      )}
    </SettingsSection>
  );
}
