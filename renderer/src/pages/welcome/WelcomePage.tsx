import { Box, Container, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import type { WorkspaceRole } from '../../../../shared/domain/enums';
import { usePageTitle } from '../../components/usePageTitle';
import { RoleChoice } from './RoleChoice';
import { WorkspaceForm } from './WorkspaceForm';

/** First start: the user chooses the role of the workspace, then creates it or opens the demo. */
export function WelcomePage() {
  usePageTitle('Bienvenue');
  const [role, setRole] = useState<WorkspaceRole | null>(null);
  return (
    <Box component="main" id="contenu" bg="gray.0" mih="100vh" py={48}>
      <Container size={880}>
        <Stack gap="xl">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={48} radius="md" aria-hidden>
              <IconFileCertificate size={28} />
            </ThemeIcon>
            <Stack gap={2}>
              <Title order={1}>Bienvenue</Title>
              <Text c="dimmed">Conventions CAE gère les conventions d'emploi aidé : contrat d'accompagnement dans l'emploi, contrat d'avenir et CAE-DOM.</Text>
            </Stack>
          </Group>
          <RoleChoice value={role} onChange={setRole} />
          {role ? <WorkspaceForm key={role} role={role} /> : null}
        </Stack>
      </Container>
    </Box>
  );
}
