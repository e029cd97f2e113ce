/** « Dénoncer »: the notice of intent, with the breaches found; the employer then has seven days for observations. */
import { Stack, Text, Textarea } from '@mantine/core';
import { AppModal } from '../../../components/AppModal';
import { useState, type FormEvent } from 'react';
import { call } from '../../../api/transport';
import { dateError, parseDateFr, todayFr } from '../dates';
import type { Convention } from '../model';
import { DateField, FormButtons, RefusalAlert } from './FormParts';
import { useSubmit } from './useSubmit';

interface Props {
  convention: Convention;
  onClose: () => void;
  onDone: (convention: Convention) => void;
}

export function DenounceModal({ convention, onClose, onDone }: Props) {
  const [date, setDate] = useState(todayFr());
  const [grounds, setGrounds] = useState('');
  const submit = useSubmit();

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const iso = parseDateFr(date);
    const local: Record<string, string> = {};
    if (!iso) local.date = dateError('Date de la notification');
    if (grounds.trim().length < 5) local.grounds = 'Manquement constaté : 5 caractères au moins.';
    if (!iso || Object.keys(local).length > 0) return submit.refuse(local);
    const done = await submit.run(() => call('conventions.denunciation', { id: convention.id, step: 'NOTICE', date: iso, grounds: grounds.trim() }));
    if (done) onDone(done.convention);
  }

  return (
    <AppModal opened onClose={onClose} title="Notifier l’intention de dénoncer la convention" size="lg">
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">L’employeur dispose de sept jours à compter de la notification pour présenter ses observations.</Text>
          <DateField label="Date de la notification" value={date} onChange={setDate} error={submit.fields.date} />
          <Textarea
            label="Manquements constatés"
            description="Un manquement par ligne : ils figurent dans la lettre."
            required
            autosize
            minRows={3}
            value={grounds}
            onChange={(e) => setGrounds(e.currentTarget.value)}
            error={submit.fields.grounds}
          />
          <RefusalAlert message={submit.error} />
          <FormButtons submit="Notifier l’intention" pending={submit.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
