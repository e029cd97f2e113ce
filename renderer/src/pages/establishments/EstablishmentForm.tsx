/** Adds or edits an establishment: its SIRET (SIREN and SIRET keys checked), its name and address. */
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { useState, type FormEvent } from 'react';
import type { ProfileView } from '../../../../shared/api/employer-contract';
import { call } from '../../api/transport';
import { useSubmit } from '../convention/actions/useSubmit';
import { checkEstablishment, type EstablishmentField, type EstablishmentTyped } from './formInput';

type Establishment = ProfileView['establishments'][number];

interface Props {
  /** The establishment edited, or null for a new one. */
  establishment: Establishment | null;
  onClose: () => void;
  onSaved: (view: ProfileView) => void;
}

export function EstablishmentForm({ establishment: e, onClose, onSaved }: Props) {
  const [typed, setTyped] = useState<EstablishmentTyped>({
    siret: e?.siret ?? '',
    name: e?.name ?? '',
    address: e?.address ?? '',
    postalCode: e?.postalCode ?? '',
    city: e?.city ?? '',
  });
  const submit = useSubmit();
  const set = (field: EstablishmentField) => (ev: { currentTarget: { value: string } }) => {
    const value = ev.currentTarget.value;
    setTyped((t) => ({ ...t, [field]: value }));
  };
  const error = (field: EstablishmentField) => submit.fields[field];
  const locked = e !== null && e.conventions > 0;

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkEstablishment(typed, e?.id ?? null);
    if (!checked.ok) return submit.refuse(checked.errors as Record<string, string>, checked.errors.general);
    const saved = await submit.run(() => call('establishments.save', checked.input));
    if (saved) onSaved(saved);
  }

  return (
    <AppModal opened onClose={onClose} title={e ? `Modifier l’établissement ${e.name}` : 'Ajouter un établissement'} size="lg">
      <form onSubmit={(ev) => void send(ev)} noValidate aria-label={e ? 'Modifier l’établissement' : 'Nouvel établissement'}>
        <Stack gap="sm">
          <TextInput
            label="N° SIRET"
            description={locked ? 'Porté par les conventions de l’établissement : il ne change pas.' : '14 chiffres : le SIREN (9) puis le NIC (5)'}
            required
            value={typed.siret}
            onChange={set('siret')}
            error={error('siret')}
            maxLength={17}
            readOnly={locked}
            inputMode="numeric"
            autoComplete="off"
          />
          <TextInput label="Nom de l’établissement" required value={typed.name} onChange={set('name')} error={error('name')} maxLength={120} />
          <TextInput label="Adresse" value={typed.address} onChange={set('address')} error={error('address')} maxLength={200} />
          <Group grow align="flex-start">
            <TextInput
              label="Code postal"
              value={typed.postalCode}
              onChange={set('postalCode')}
              error={error('postalCode')}
              maxLength={5}
              inputMode="numeric"
            />
            <TextInput label="Commune" value={typed.city} onChange={set('city')} error={error('city')} maxLength={80} />
          </Group>
          {submit.error ? (
            <Alert color="red" role="alert">
              {submit.error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" loading={submit.pending}>
              {e ? 'Enregistrer' : 'Ajouter l’établissement'}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
