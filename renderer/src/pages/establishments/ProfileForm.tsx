/**
 * « Profil de l’organisme »: its name and status, its collector (the name of
 * the body when « Autre »), its bank account (shown masked; typed again only
 * to replace it) and the person who signs its documents with their quality.
 */
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { useState, type FormEvent } from 'react';
import type { ProfileView } from '../../../../shared/api/employer-contract';
import { call } from '../../api/transport';
import { useSubmit } from '../convention/actions/useSubmit';
import { COLLECTOR_OPTIONS, EMPLOYER_STATUS_OPTIONS } from '../instruct/labels';
import { checkProfile, type ProfileField, type ProfileTyped } from './formInput';

type Profile = NonNullable<ProfileView['profile']>;

function typedFrom(p: Profile | null): ProfileTyped {
  return {
    name: p?.name ?? '',
    status: p?.status ?? '',
    collector: p?.collector ?? 'URSSAF',
    collectorName: p?.collectorName ?? '',
    iban: '',
    signatoryName: p?.signatoryName ?? '',
    signatoryQuality: p?.signatoryQuality ?? '',
  };
}

const options = (list: readonly (readonly [string, string])[], placeholder?: string) => [
  ...(placeholder ? [{ value: '', label: placeholder, disabled: true }] : []),
  ...list.map(([value, label]) => ({ value, label })),
];

interface Props {
  profile: Profile | null;
  onClose: () => void;
  onSaved: (view: ProfileView) => void;
}

export function ProfileForm({ profile, onClose, onSaved }: Props) {
  const [typed, setTyped] = useState<ProfileTyped>(() => typedFrom(profile));
  const submit = useSubmit();
  const set = (field: ProfileField) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setTyped((t) => ({ ...t, [field]: value }));
  };
  const error = (field: ProfileField) => submit.fields[field];

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkProfile(typed);
    if (!checked.ok) return submit.refuse(checked.errors as Record<string, string>, checked.errors.general);
    const saved = await submit.run(() => call('profile.save', checked.input));
    if (saved) onSaved(saved);
  }

  return (
    <AppModal opened onClose={onClose} title="Profil de l’organisme" size="lg">
      <form onSubmit={(e) => void send(e)} noValidate aria-label="Profil de l’organisme">
        <Stack gap="sm">
          <TextInput label="Nom de l’organisme" required value={typed.name} onChange={set('name')} error={error('name')} maxLength={120} />
          <NativeSelect
            label="Statut de l’employeur (tableau 1)"
            required
            data={options(EMPLOYER_STATUS_OPTIONS, 'Choisir le statut')}
            value={typed.status}
            onChange={set('status')}
            error={error('status')}
          />
          <CollectorFields typed={typed} set={set} error={error} />
          <TextInput
            label="IBAN (compte sur lequel l’aide est versée)"
            description={
              profile?.ibanMasked
                ? `Enregistré : ${profile.ibanMasked}. Laissez vide pour le garder, saisissez-en un autre pour le remplacer.`
                : 'Recopié depuis le RIB, avec ou sans espaces'
            }
            value={typed.iban}
            onChange={set('iban')}
            error={error('iban')}
            maxLength={42}
            autoComplete="off"
            spellCheck={false}
          />
          <Group grow align="flex-start">
            <TextInput label="Nom du signataire" required value={typed.signatoryName} onChange={set('signatoryName')} error={error('signatoryName')} />
            <TextInput
              label="Qualité du signataire"
              description="Ex. présidente, directeur, maire"
              required
              value={typed.signatoryQuality}
              onChange={set('signatoryQuality')}
              error={error('signatoryQuality')}
            />
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
              Enregistrer le profil
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

type Setter = (field: ProfileField) => (e: { currentTarget: { value: string } }) => void;

/** The collector, and its name when it is neither the URSSAF nor the MSA. */
function CollectorFields({ typed, set, error }: { typed: ProfileTyped; set: Setter; error: (field: ProfileField) => string | undefined }) {
  return (
    <Group grow align="flex-start">
      <NativeSelect
        label="Organisme de recouvrement des cotisations"
        required
        data={options(COLLECTOR_OPTIONS)}
        value={typed.collector}
        onChange={set('collector')}
        error={error('collector')}
      />
      {typed.collector === 'AUTRE' ? (
        <TextInput
          label="Nom de l’organisme de recouvrement"
          required
          value={typed.collectorName}
          onChange={set('collectorName')}
          error={error('collectorName')}
        />
      ) : null}
    </Group>
  );
}
