import type { ChangeEvent } from 'react';
import { Alert, Button, Checkbox, Divider, Fieldset, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconFlask, IconLock, IconPlus } from '@tabler/icons-react';
import { PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/passphrase';
import { WORKSPACE_ROLE_LABELS, type WorkspaceRole } from '../../../../shared/domain/enums';
import { useWorkspaceForm } from './useWorkspaceForm';
import { LiveStatus } from '../../components/LiveStatus';
import { SecretInput } from '../../components/inputs/SecretInput';

type Field = ReturnType<typeof useWorkspaceForm>['field'];

export function WorkspaceForm({ role }: { role: WorkspaceRole }) {
  const { field, encrypt, errors, pending, create, demo } = useWorkspaceForm(role);
  const isAgency = role === 'agence';
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="workspace-form-title">
      <Title order={2} size="h3" id="workspace-form-title">
        Créer votre espace de travail
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Rôle choisi : {WORKSPACE_ROLE_LABELS[role]}. Vos données restent sur cet ordinateur.
      </Text>
      {errors.general ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} mb="md" role="alert" title="L'espace n'a pas été créé">
          {errors.general}
        </Alert>
      ) : null}
      <form onSubmit={(event) => void create(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label="Nom de l'espace de travail"
            description={isAgency ? 'Par exemple : ALE de Lyon Part-Dieu' : 'Par exemple : Commune de Villeurbanne'}
            {...field('name')}
            maxLength={120}
            autoComplete="organization"
          />
          {isAgency ? <AgencyFields field={field} /> : null}
          <EncryptionFields field={field} encrypt={encrypt} />
          <Group>
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={pending === 'create'} disabled={pending === 'demo'}>
              Créer l'espace de travail
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider my="lg" label="ou" labelPosition="center" />
      <DemoOffer isAgency={isAgency} onOpen={() => void demo()} loading={pending === 'demo'} disabled={pending === 'create'} />
    </Paper>
  );
}

/** What only an agency gives: its code and its department. */
function AgencyFields({ field }: { field: Field }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label="Code agence ou prescripteur"
        description="5 caractères, chiffres ou lettres majuscules"
        {...field('agencyCode')}
        maxLength={5}
        autoComplete="off"
      />
      <TextInput label="Département" description="01 à 95, 2A, 2B ou 971 à 976" {...field('department')} maxLength={3} autoComplete="off" />
    </SimpleGrid>
  );
}

/** Encryption at rest (issue #15): on by default, with the passphrase typed twice. */
function EncryptionFields({ field, encrypt }: { field: Field; encrypt: { checked: boolean; onChange: (e: ChangeEvent<HTMLInputElement>) => void } }) {
  return (
    <Fieldset legend="Chiffrement de la base de données" variant="unstyled">
      <Stack gap="sm">
        <Checkbox
          label="Chiffrer la base sur cet ordinateur (recommandé)"
          description="Les NIR, coordonnées bancaires et données de santé sont illisibles sans la phrase secrète, y compris dans les sauvegardes."
          {...encrypt}
        />
        {encrypt.checked ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <SecretInput
                label="Phrase secrète"
                description={`${PASSPHRASE_MIN_LENGTH} caractères au moins, par exemple quatre mots`}
                {...field('passphrase')}
                autoComplete="new-password"
                leftSection={<IconLock size={16} aria-hidden />}
              />
              <SecretInput
                label="Confirmer la phrase secrète"
                description="La même, une seconde fois"
                {...field('passphraseConfirm')}
                autoComplete="new-password"
              />
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              Elle est demandée à chaque ouverture et ne peut pas être retrouvée : sans elle, les données et leurs sauvegardes sont perdues. Notez-la et
              gardez-la en lieu sûr (par exemple sous enveloppe chez le responsable de la structure).
            </Text>
          </>
        ) : (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Base non chiffrée">
            Toute personne qui copie le dossier de données pourra lire les NIR et les coordonnées bancaires. Ne décochez que si le disque de cet ordinateur est
            déjà chiffré (BitLocker, FileVault, LUKS).
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}

interface DemoOfferProps {
  isAgency: boolean;
  onOpen: () => void;
  loading: boolean;
  disabled: boolean;
}

/** The demonstration workspace, beside the user's own. */
function DemoOffer({ isAgency, onOpen, loading, disabled }: DemoOfferProps) {
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" c="dimmed" maw={520}>
        Découvrez l'application avec des données fictives de {isAgency ? 'une agence' : 'un employeur'}, sans toucher à votre espace.
      </Text>
      <Button variant="light" leftSection={<IconFlask size={16} aria-hidden />} onClick={onOpen} loading={loading} disabled={disabled}>
        Ouvrir la démonstration
      </Button>
      <LiveStatus text={loading ? 'Préparation de la démonstration en cours…' : null} />
    </Group>
  );
}
