/**
 * « Marquer comme fait »: the day it was done (the workspace's day by
 * default), who did it and a note, both optional. The service refuses a day
 * after the workspace's, in French, and records nothing.
 */
import { Stack, Text, TextInput } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { useState, type FormEvent } from 'react';
import type { ObligationItem, ObligationList } from '../../../../shared/api/obligations-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { call } from '../../api/transport';
import { DateField, FormButtons, RefusalAlert } from '../convention/actions/FormParts';
import { useSubmit } from '../convention/actions/useSubmit';
import { dateError, parseDateFr } from '../convention/dates';

interface Props {
  item: ObligationItem;
  /** The workspace's day (`YYYY-MM-DD`), the date proposed. */
  today: string;
  onClose: () => void;
  onDone: (list: ObligationList) => void;
}

export function MarkDoneModal({ item, today, onClose, onDone }: Props) {
  const [date, setDate] = useState(formatDateFr(today));
  const [by, setBy] = useState('');
  const [note, setNote] = useState('');
  const submit = useSubmit();

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const doneOn = parseDateFr(date);
    if (!doneOn) return submit.refuse({ doneOn: dateError('Date à laquelle c’est fait') });
    const list = await submit.run(() =>
      call('obligations.markDone', { key: item.key, doneOn, ...(by.trim() ? { by: by.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) }),
    );
    if (list) onDone(list);
  }

  return (
    <AppModal opened onClose={onClose} title="Marquer comme fait" size="lg">
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {item.label}
          </Text>
          {item.person ? <Text size="sm" c="dimmed">{`${item.person} · convention ${item.conventionNumber ?? ''}`}</Text> : null}
          <DateField label="Date à laquelle c’est fait" value={date} onChange={setDate} error={submit.fields.doneOn} />
          <TextInput
            label="Fait par (facultatif)"
            description="Sinon, le nom de l’espace de travail"
            value={by}
            onChange={(e) => setBy(e.currentTarget.value)}
            error={submit.fields.by}
            maxLength={80}
          />
          <TextInput
            label="Note (facultatif)"
            description="Par exemple : envoyé par courrier recommandé"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={submit.fields.note}
            maxLength={200}
          />
          <RefusalAlert message={submit.error} title="Rien n’a été enregistré" />
          <FormButtons submit="Marquer comme fait" pending={submit.pending} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
