/**
 * « Corriger »: the fields of a rejected convention or avenant that the
 * rejection concerns, pre-filled, typed the French way. The schema's and the
 * rules' messages show inline; once saved, the corrected line leaves with
 * the next lot (it is the same signed version, corrected, not an avenant).
 * Only the values the agent changed are sent. The NIR never comes to the
 * renderer in clear, so its field starts empty: left empty it keeps the NIR
 * on record, unless it is the only field (a rejection about the NIR).
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

type Value = Draft[CorrectableField];
/** The same value as on record (a rate typed `90,0` is the `90` stored). */
function same(field: Exclude<CorrectableField, 'nir'>, typed: Value, stored: Value): boolean {
  if (field === 'aidRatePercent' && typed !== null && stored !== null) return Number(typed) === Number(stored);
  return typed === stored;
}

export function CorrectionModal({ line, correction, onClose, onDone }: Props) {
  const v = correction.values;
  const [draft, setDraft] = useState<Draft>({ weeklyHours: v.weeklyHours, startsOn: v.startsOn, endsOn: v.endsOn, aidRatePercent: v.aidRatePercent, nir: '' });
  const [done, setDone] = useState<Done | null>(null);
  const submit = useSubmit();
  const shows = (f: CorrectableField) => correction.fields.includes(f);
  // A rejection about the NIR shows only the NIR: it must be typed. Beside other fields, empty keeps it.
  const nirRequired = correction.fields.length === 1 && correction.fields[0] === 'nir';
  // A value on record cannot be erased, only corrected.
  const held = (f: Exclude<CorrectableField, 'nir'>) => v[f] !== null;
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values: Record<string, unknown> = {};
    const missing: Record<string, string> = {};
    for (const f of correction.fields) {
      if (f === 'nir') {
        if (draft.nir.trim() !== '') values.nir = draft.nir;
        else if (nirRequired) missing.nir = 'Saisissez le NIR du salarié.';
        continue;
      }
      const value = draft[f];
      if (value === null || value === '') {
        if (held(f)) missing[f] = 'Saisissez la valeur corrigée.';
      } else if (!same(f, value, v[f])) values[f] = value;
    }
    if (Object.keys(missing).length > 0) return submit.refuse(missing);
    if (Object.keys(values).length === 0) {
      const only = correction.fields.length === 1 ? correction.fields[0]! : null;
      return only ? submit.refuse({ [only]: 'Aucune valeur ne change : saisissez la valeur corrigée.' }) : submit.refuse({}, 'Aucune valeur ne change : modifiez au moins une valeur.');
    }
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

  // The sentence agrees with the record: la convention… signée, l’avenant… signé.
  const what =
    correction.avenantIndex === 0
      ? 'la convention telle qu’elle a été signée : la correction ne crée pas d’avenant'
      : `l’avenant n° ${correction.avenantIndex} tel qu’il a été signé : la correction ne crée pas de nouvel avenant`;
  const nirHint = nirRequired
    ? v.nirMasked
      ? `Enregistré aujourd’hui : ${v.nirMasked}. 15 caractères, clé comprise.`
      : 'Aucun NIR enregistré. 15 caractères, clé comprise (carte Vitale).'
    : v.nirMasked
      ? `Laissez vide pour garder le NIR enregistré (${v.nirMasked}). 15 caractères, clé comprise.`
      : 'Aucun NIR enregistré : laissez vide, ou saisissez-le (15 caractères, clé comprise, carte Vitale).';
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
              Vous corrigez {what}. Les règles vérifient la convention corrigée avant d’enregistrer.
              {correction.fields.length > 1 ? ' Seules les valeurs que vous modifiez sont enregistrées.' : ''}
            </Text>
            {shows('weeklyHours') ? (
              <FrHoursInput
                label={CORRECTABLE_FIELD_LABELS.weeklyHours}
                description="En heures par semaine, par exemple 20 ou 17,5."
                value={draft.weeklyHours}
                onChange={set('weeklyHours')}
                error={submit.fields.weeklyHours}
                required={held('weeklyHours')}
              />
            ) : null}
            {shows('startsOn') ? (
              <FrDateInput label={CORRECTABLE_FIELD_LABELS.startsOn} value={draft.startsOn} onChange={set('startsOn')} error={submit.fields.startsOn} required={held('startsOn')} />
            ) : null}
            {shows('endsOn') ? (
              <FrDateInput label={CORRECTABLE_FIELD_LABELS.endsOn} value={draft.endsOn} onChange={set('endsOn')} error={submit.fields.endsOn} required={held('endsOn')} />
            ) : null}
            {shows('aidRatePercent') ? (
              <FrPercentInput
                label={CORRECTABLE_FIELD_LABELS.aidRatePercent}
                description="En % du SMIC horaire brut, par exemple 90 ou 87,5."
                value={draft.aidRatePercent}
                onChange={set('aidRatePercent')}
                error={submit.fields.aidRatePercent}
                required={held('aidRatePercent')}
              />
            ) : null}
            {shows('nir') ? (
              <PasswordInput
                label={CORRECTABLE_FIELD_LABELS.nir}
                description={nirHint}
                value={draft.nir}
                onChange={(e) => set('nir')(e.currentTarget.value)}
                error={submit.fields.nir}
                autoComplete="off"
                required={nirRequired}
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
