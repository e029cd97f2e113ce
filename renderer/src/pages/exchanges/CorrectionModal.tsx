/**
 * « Corriger »: the fields of a rejected convention or avenant that the
 * rejection concerns, pre-filled, typed the French way. The schema's and the
 * rules' messages show inline; once saved, the corrected line leaves with
 * the next lot (it is the same signed version, corrected, not an avenant).
 * What is sent, and when, is decided in correction.ts.
 */
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../../shared/api/contract';
import type { LineRow } from '../../../../shared/api/exchanges-contract';
import { CORRECTABLE_FIELD_LABELS, type CorrectableField } from '../../../../shared/domain/rejections';
import { call } from '../../api/transport';
import { FrDateInput } from '../../components/inputs/FrDateInput';
import { FrHoursInput } from '../../components/inputs/FrHoursInput';
import { FrPercentInput } from '../../components/inputs/FrPercentInput';
import { FormButtons, RefusalAlert } from '../convention/actions/FormParts';
import { useSubmit } from '../convention/actions/useSubmit';
import { checkCorrection, correctedRecord, heldOnRecord, initialDraft, nirHint, nirRequired, type Correction, type CorrectionDraft } from './correction';
import { SecretInput } from '../../components/inputs/SecretInput';

type Done = ChannelOutput<'exchanges.correct'>;

interface Props {
  line: LineRow;
  correction: Correction;
  onClose: () => void;
  onDone: () => void;
}

export function CorrectionModal({ line, correction, onClose, onDone }: Props) {
  const [draft, setDraft] = useState<CorrectionDraft>(() => initialDraft(correction));
  const [done, setDone] = useState<Done | null>(null);
  const submit = useSubmit();

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkCorrection(correction, draft);
    if (!checked.ok) return submit.refuse(checked.fields, checked.message);
    const result = await submit.run(() => call('exchanges.correct', checked.input));
    if (result) {
      setDone(result);
      onDone();
    }
  }

  return (
    <AppModal opened onClose={onClose} title={`Corriger la ligne ${line.lineNo} — ${line.conventionNumber ?? ''}`} size="lg">
      {done ? (
        <CorrectionDone done={done} onClose={onClose} />
      ) : (
        <form onSubmit={(e) => void send(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">
              Vous corrigez {correctedRecord(correction.avenantIndex)}. Les règles vérifient la convention corrigée avant d’enregistrer.
              {correction.fields.length > 1 ? ' Seules les valeurs que vous modifiez sont enregistrées.' : ''}
            </Text>
            <CorrectionFields correction={correction} draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} errors={submit.fields} />
            <RefusalAlert message={submit.error} title="Correction refusée" />
            <FormButtons submit="Enregistrer la correction" pending={submit.pending} onCancel={onClose} />
          </Stack>
        </form>
      )}
    </AppModal>
  );
}

/** The saved correction, value by value. */
function CorrectionDone({ done, onClose }: { done: Done; onClose: () => void }) {
  return (
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
  );
}

interface FieldsProps {
  correction: Correction;
  draft: CorrectionDraft;
  onChange: (patch: Partial<CorrectionDraft>) => void;
  errors: Record<string, string>;
}

/** The inputs of the fields the rejection concerns, in the form's order. */
function CorrectionFields({ correction, draft, onChange, errors }: FieldsProps) {
  const shows = (f: CorrectableField) => correction.fields.includes(f);
  /** What the input of a field on record gets: its label, value, message, and required when the record holds a value. */
  const onRecord = <F extends Exclude<CorrectableField, 'nir'>>(f: F) => ({
    label: CORRECTABLE_FIELD_LABELS[f],
    value: draft[f],
    onChange: (value: CorrectionDraft[F]) => onChange({ [f]: value }),
    error: errors[f],
    required: heldOnRecord(correction, f),
  });
  return (
    <>
      {shows('weeklyHours') ? <FrHoursInput {...onRecord('weeklyHours')} description="En heures par semaine, par exemple 20 ou 17,5." /> : null}
      {shows('startsOn') ? <FrDateInput {...onRecord('startsOn')} /> : null}
      {shows('endsOn') ? <FrDateInput {...onRecord('endsOn')} /> : null}
      {shows('aidRatePercent') ? <FrPercentInput {...onRecord('aidRatePercent')} description="En % du SMIC horaire brut, par exemple 90 ou 87,5." /> : null}
      {shows('nir') ? (
        <SecretInput
          label={CORRECTABLE_FIELD_LABELS.nir}
          description={nirHint(correction)}
          value={draft.nir}
          onChange={(e) => onChange({ nir: e.currentTarget.value })}
          error={errors.nir}
          autoComplete="off"
          required={nirRequired(correction)}
          visibilityToggleButtonProps={{ 'aria-label': 'Afficher ou masquer le NIR' }}
        />
      ) : null}
    </>
  );
}
