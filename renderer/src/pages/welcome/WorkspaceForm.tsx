import { Alert, Button, Divider, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconFlask, IconPlus } from '@tabler/icons-react';
import { WORKSPACE_ROLE_LABELS, type WorkspaceRole } from '../../../../shared/domain/enums';
import { useWorkspaceForm } from './useWorkspaceForm';
import { LiveStatus } from '../../components/LiveStatus';

type Field = ReturnType<typeof useWorkspaceForm>['field'];

export function WorkspaceForm({ role }: { role: WorkspaceRole }) {
  const { field, errors, pending, create, demo } = useWorkspaceForm(role);
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
