/**
 * Deleting a draft (`conventions.deleteDraft`, refused for any other status):
 * its versions go with it, its number is never given again, the audit log
 * keeps the deletion. Asks for confirmation; the page then returns to the list.
 */
import { Stack, Text } from '@mantine/core';
import { AppModal } from '../../../components/AppModal';
import type { FormEvent } from 'react';
import { call } from '../../../api/transport';
import type { Convention } from '../model';
import { FormButtons, RefusalAlert } from './FormParts';
import { useSubmit } from './useSubmit';

interface Props {
  convention: Convention;
  onClose: () => void;
  onDeleted: (number: string) => void;
}

export function DeleteDraftModal({ convention, onClose, onDeleted }: Props) {
  const submit = useSubmit();
  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await submit.run(() => call('conventions.deleteDraft', { id: convention.id }));
    if (done) onDeleted(done.number);
  }
  return (
    <AppModal opened onClose={onClose} title="Supprimer le brouillon">
      <form onSubmit={(e) => void send(e)} noValidate>
        <Stack gap="sm">
          <Text>
            Le brouillon {convention.number} sera supprimé définitivement, avec ses versions. Son numéro ne sera pas réattribué ; le salarié et l’employeur
            restent enregistrés.
          </Text>
          <RefusalAlert message={submit.error} title="Le brouillon n’a pas été supprimé" />
          <FormButtons submit="Supprimer définitivement" pending={submit.pending} onCancel={onClose} color="red" />
        </Stack>
      </form>
    </AppModal>
  );
}
