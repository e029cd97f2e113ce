/**
 * « Modifier la durée hebdomadaire »: an HOURS_CHANGE avenant. An increase is
 * made only once the agency accepts that the aid follows the new hours; a
 * decrease states the new aid (form CAE-0515, conditions générales).
 */
import { Checkbox, NumberInput, Stack, Text } from '@mantine/core';
import { AppModal } from '../../../components/AppModal';
import { useState, type FormEvent } from 'react';
import { formatDateFr } from '../../../../../shared/format/date';
import { WEEKLY_HOURS, weeklyHoursOn } from '../../../../../shared/rules/index';
import { call } from '../../../api/transport';
import { dateError, parseDateFr, todayIso } from '../dates';
import { currentVersion, type AvenantOutcome, type Convention } from '../model';
import { DateField, FormButtons, RefusalAlert } from './FormParts';
import { useSubmit } from './useSubmit';

interface Props {
  convention: Convention;
  onClose: () => void;
  onDone: (result: AvenantOutcome) => void;
}

export function HoursChangeModal({ convention, onClose, onDone }: Props) {
  // The hours of the current version, as the service reads them: in force on its first day.
  const version = currentVersion(convention);
  const current = (version && weeklyHoursOn(version.document, version.startsOn)) ?? null;
  const [hours, setHours] = useState<number | string>(current ?? '');
  const [on, setOn] = useState('');
  const [signedOn, setSignedOn] = useState(formatDateFr(todayIso()));
  const [accepted, setAccepted] = useState(false);
  const submit = useSubmit();
  const increase = typeof hours === 'number' && current !== null && hours > current;

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dates = { on: parseDateFr(on), signedOn: parseDateFr(signedOn) };
    const local: Record<string, string> = {};
    if (typeof hours !== 'number') local.weeklyHours = 'Indiquez la nouvelle durée hebdomadaire, en heures.';
    if (!dates.on) local.on = dateError('Date d’effet');
    if (!dates.signedOn) local.signedOn = dateError('Signature de l’avenant');
    if (typeof hours !== 'number' || !dates.on || !dates.signedOn) return submit.refuse(local);
    const input = { id: convention.id, kind: 'HOURS_CHANGE' as const, on: dates.on, signedOn: dates.signedOn, weeklyHours: hours };
    const done = await submit.run(() => call('conventions.addAvenant', increase ? { ...input, agencyAcceptedNewAidBasis: accepted } : input));
    if (done) onDone(done);
  }

  return (
    <AppModal opened onClose={onClose} title="Modifier la durée hebdomadaire de travail" size="lg">
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">Durée actuelle : {current === null ? '—' : `${String(current).replace('.', ',')} h par semaine`}.</Text>
          <NumberInput
            label="Nouvelle durée hebdomadaire (heures)"
            required
            min={WEEKLY_HOURS.min}
            max={WEEKLY_HOURS.max}
            step={0.5}
            decimalSeparator=","
            value={hours}
            onChange={setHours}
            error={submit.fields.weeklyHours}
          />
          <DateField label="Date d’effet" value={on} onChange={setOn} error={submit.fields.on} />
          <DateField label="Signature de l’avenant" value={signedOn} onChange={setSignedOn} error={submit.fields.signedOn} />
          {increase ? (
            <Checkbox
              label="L’agence accepte que l’aide soit accordée sur la base de la nouvelle durée"
              checked={accepted}
              onChange={(e) => setAccepted(e.currentTarget.checked)}
            />
          ) : null}
          <RefusalAlert message={submit.error} title="L’avenant est refusé" />
          <FormButtons submit="Enregistrer l’avenant" pending={submit.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
