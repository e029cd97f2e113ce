import { Alert, Button, Divider, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconFlask, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { channels, type ChannelInput } from '../../../../shared/api/contract';
import { WORKSPACE_ROLE_LABELS, type WorkspaceRole } from '../../../../shared/domain/enums';
import { errorMessage } from '../../api/errors';
import { ApiCallError } from '../../api/transport';
import { useWorkspaceStore } from '../../store/workspace';
import { issuesToFieldErrors, type FieldErrors } from './fieldErrors';

const FIELDS = ['name', 'department', 'agencyCode'] as const;
type Field = (typeof FIELDS)[number];

type Pending = 'create' | 'demo' | null;

export function WorkspaceForm({ role }: { role: WorkspaceRole }) {
  const initialize = useWorkspaceStore((s) => s.initialize);
  const openDemo = useWorkspaceStore((s) => s.openDemo);
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const [agencyCode, setAgencyCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [pending, setPending] = useState<Pending>(null);
  const isAgency = role === 'agence';

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: ChannelInput<'workspace.initialize'> = { role, name: name.trim() };
    if (isAgency) {
      if (department.trim()) input.department = department.trim().toUpperCase();
      if (agencyCode.trim()) input.agencyCode = agencyCode.trim().toUpperCase();
    }
    // The contract's own schema, checked before sending: the same French messages as the service.
    const checked = channels['workspace.initialize'].input.safeParse(input);
    if (!checked.success) {
      setErrors(issuesToFieldErrors(checked.error.issues, FIELDS));
      return;
    }
    setErrors({});
    setPending('create');
    try {
      await initialize(input);
    } catch (error) {
      setErrors(
        error instanceof ApiCallError && Object.keys(error.fields).length
          ? issuesToFieldErrors(Object.entries(error.fields).map(([path, message]) => ({ path: path.split('.'), message })), FIELDS)
          : { general: errorMessage(error) },
      );
      setPending(null);
    }
  }

  async function demo() {
    setErrors({});
    setPending('demo');
    try {
      await openDemo(role);
    } catch (error) {
      setErrors({ general: errorMessage(error) });
      setPending(null);
    }
  }

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
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            maxLength={120}
            autoComplete="organization"
          />
          {isAgency ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Code agence ou prescripteur"
                description="5 caractères, chiffres ou lettres majuscules"
                required
                value={agencyCode}
                onChange={(event) => setAgencyCode(event.currentTarget.value)}
                error={errors.agencyCode}
                maxLength={5}
                autoComplete="off"
              />
              <TextInput
                label="Département"
                description="01 à 95, 2A, 2B ou 971 à 976"
                required
                value={department}
                onChange={(event) => setDepartment(event.currentTarget.value)}
                error={errors.department}
                maxLength={3}
                autoComplete="off"
              />
            </SimpleGrid>
          ) : null}
          <Group>
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={pending === 'create'} disabled={pending === 'demo'}>
              Créer l'espace de travail
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider my="lg" label="ou" labelPosition="center" />
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed" maw={520}>
          Découvrez l'application avec des données fictives de {isAgency ? 'une agence' : 'un employeur'}, sans toucher à votre espace.
        </Text>
        <Button
          variant="light"
          leftSection={<IconFlask size={16} aria-hidden />}
          onClick={() => void demo()}
          loading={pending === 'demo'}
          disabled={pending === 'create'}
        >
          Ouvrir la démonstration
        </Button>
      </Group>
    </Paper>
  );
}
