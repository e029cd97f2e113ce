/**
 * « Corriger »: the fields of a rejected convention or avenant that the
 * rejection concerns, pre-filled, typed the French way. The schema's and the
 * rules' messages show inline; once saved, the corrected line leaves with
 * the next lot (it is the same signed version, corrected, not an avenant).
 */
import { Alert, Button, Group, List, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { channels, type ChannelOutput } from '../../../../shared/api/contract';
import type { LineRow } from '../../../../shared/api/exchanges-contract';
import { CORRECTABLE_FIELD_LABELS, type CorrectableField } from '../../../../shared/domain/rejections';
import { call } from '../../api/transport';
import { FrDateInput } from '../../components/inputs/FrDateInput';
import { FrHoursInput } from '../../components/inputs/FrHoursInput';
import { FrPercentInput } from '../../components/inputs/FrPercentInput';
import { FormButtons, RefusalAlert } from '../convention/actions/FormParts';
import { useSubmit } from '../convention/actions/useSubmit';

type Correction = NonNullable<LineRow['correction']>;
type Done = ChannelOutput<'exchanges.correct'>;
interface Draft {
  weeklyHours: number | null;
  startsOn: string | null;
  endsOn: string | null;
  aidRatePercent: string | null;
  nir: string;
}

interface Props {
  line: LineRow;
  correction: Correction;
  onClose: () => void;
  onDone: () => void;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function CorrectionModal({ line, correction, onClose, onDone }: Props) {
  const v = correction.values;
  const [draft, setDraft] = useState<Draft>({ weeklyHours: v.weeklyHours, startsOn: v.startsOn, endsOn: v.endsOn, aidRatePercent: v.aidRatePercent, nir: '' });
  const [done, setDone] = useState<Done | null>(null);
  const submit = useSubmit();
  const shows = (f: CorrectableField) => correction.fields.includes(f);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values: Record<string, unknown> = {};
    const missing: Record<string, string> = {};
    for (const f of correction.fields) {
      const value = draft[f];
      if (value === null || value === '') missing[f] = 'Saisissez la valeur corrigée.';
      else values[f] = value;
    }
    if (Object.keys(missing).length > 0) return submit.refuse(missing);
    const checked = channels['exchanges.correct'].input.safeParse({ versionId: correction.versionId, values });
    if (!checked.success) {
      const fields: Record<string, string> = {};
      for (const issue of checked.error.issues) fields[String(issue.path.at(-1) ?? 'values')] ??= capitalize(issue.message);
      return submit.refuse(fields, fields.values);
    }
    const result = await submit.run(() => call('exchanges.correct', checked.data));
    if (result) {
      setDone(result);
      onDone();
    }
  }

  const what = correction.avenantIndex === 0 ? 'la convention' : `l’avenant n° ${correction.avenantIndex}`;
  return (
    <Modal opened onClose={onClose} title={`Corriger la ligne ${line.lineNo} — ${line.conventionNumber ?? ''}`} size="lg">
      {done ? (
        <Stack gap="md">
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title="Correction enregistrée" role="status">
            <List size="sm" spacing={2}>
              {done.changes.map((c) => (
                <List.Item key={c.field}>
                  {c.label} : {c.before ?? 'non renseigné'} → {c.after ?? 'non renseigné'}
                </List.Item>
              ))}
            </List>
            <Text size="sm" mt="sm" fw={600}>
              La ligne corrigée partira dans le prochain lot.
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>Fermer</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={(e) => void send(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              Vous corrigez {what} telle qu’elle a été signée : ce n’est pas un avenant. Les règles vérifient la convention corrigée avant d’enregistrer.
            </Text>
            {shows('weeklyHours') ? (
              <FrHoursInput
                label={CORRECTABLE_FIELD_LABELS.weeklyHours}
                description="En heures par semaine, par exemple 20 ou 17,5."
                value={draft.weeklyHours}
                onChange={set('weeklyHours')}
                error={submit.fields.weeklyHours}
                required
              />
            ) : null}
            {shows('startsOn') ? (
              <FrDateInput label={CORRECTABLE_FIELD_LABELS.startsOn} value={draft.startsOn} onChange={set('startsOn')} error={submit.fields.startsOn} required />
            ) : null}
            {shows('endsOn') ? (
              <FrDateInput label={CORRECTABLE_FIELD_LABELS.endsOn} value={draft.endsOn} onChange={set('endsOn')} error={submit.fields.endsOn} required />
            ) : null}
            {shows('aidRatePercent') ? (
              <FrPercentInput
                label={CORRECTABLE_FIELD_LABELS.aidRatePercent}
                description="En % du SMIC horaire brut, par exemple 90 ou 87,5."
                value={draft.aidRatePercent}
                onChange={set('aidRatePercent')}
                error={submit.fields.aidRatePercent}
                required
              />
            ) : null}
            {shows('nir') ? (
              <PasswordInput
                label={CORRECTABLE_FIELD_LABELS.nir}
                description={v.nirMasked ? `Enregistré aujourd’hui : ${v.nirMasked}. 15 caractères, clé comprise.` : 'Aucun NIR enregistré. 15 caractères, clé comprise (carte Vitale).'}
                value={draft.nir}
                onChange={(e) => set('nir')(e.currentTarget.value)}
                error={submit.fields.nir}
                autoComplete="off"
                required
                visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le NIR' }}
              />
            ) : null}
            <RefusalAlert message={submit.error} title="Correction refusée" />
            <FormButtons submit="Enregistrer la correction" pending={submit.pending} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
