import { Group, Radio, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingBank, IconBuildingStore } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { WORKSPACE_ROLES, WORKSPACE_ROLE_LABELS, type WorkspaceRole } from '../../../../shared/domain/enums';
import classes from './RoleChoice.module.css';

const DESCRIPTIONS: Record<WorkspaceRole, string> = {
  agence: "Vous instruisez et signez les conventions, suivez les échéances et échangez avec l'organisme payeur.",
  employeur: "Vous suivez vos salariés en contrat aidé, les renouvellements, les justificatifs trimestriels et l'aide versée.",
};

const ICONS: Record<WorkspaceRole, ReactNode> = {
  agence: <IconBuildingBank size={22} />,
  employeur: <IconBuildingStore size={22} />,
};

interface RoleChoiceProps {
  value: WorkspaceRole | null;
  onChange: (role: WorkspaceRole) => void;
}

function isRole(value: string): value is WorkspaceRole {
  return (WORKSPACE_ROLES as readonly string[]).includes(value);
}

export function RoleChoice({ value, onChange }: RoleChoiceProps) {
  return (
    <Radio.Group
      value={value}
      onChange={(next) => {
        if (isRole(next)) onChange(next);
      }}
      label="Qui utilise cet espace de travail ?"
      description="Le rôle est choisi une fois pour toutes : il détermine les écrans et les données de l'espace."
      name="workspace-role"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="sm">
        {WORKSPACE_ROLES.map((role) => (
          <Radio.Card
            key={role}
            value={role}
            radius="md"
            p="lg"
            className={classes.card}
            aria-label={WORKSPACE_ROLE_LABELS[role]}
            aria-describedby={`role-description-${role}`}
          >
            <Group wrap="nowrap" align="flex-start" gap="md">
              <Radio.Indicator mt={4} />
              <Stack gap={6}>
                <Group gap="xs" wrap="nowrap">
                  <ThemeIcon variant="light" size="lg" radius="md" aria-hidden>
                    {ICONS[role]}
                  </ThemeIcon>
                  <Text fw={600} size="lg">
                    {WORKSPACE_ROLE_LABELS[role]}
                  </Text>
                </Group>
                <Text size="sm" c="dimmed" id={`role-description-${role}`}>
                  {DESCRIPTIONS[role]}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
