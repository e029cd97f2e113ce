import { Badge, Burger, Button, Group, Text, ThemeIcon } from '@mantine/core';
import { IconFileCertificate, IconLogout } from '@tabler/icons-react';
import type { WorkspaceSummary } from '../../../../shared/api/contract';
import { WORKSPACE_ROLE_LABELS } from '../../../../shared/domain/enums';
import { APP_NAME } from '../../components/usePageTitle';
import { useAccountsStore } from '../../store/accounts';

interface AppHeaderProps {
  workspace: WorkspaceSummary;
  navigationOpened: boolean;
  onToggleNavigation: () => void;
}

/** The signed-in account (accounts on) and « Se déconnecter ». */
function SignedIn() {
  const me = useAccountsStore((s) => s.status?.signedIn);
  const signOut = useAccountsStore((s) => s.signOut);
  if (!me) return null;
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconLogout size={16} aria-hidden />}
      onClick={() => void signOut()}
      title={`Connecté : ${me.displayName}`}
    >
      Se déconnecter
    </Button>
  );
}

export function AppHeader({ workspace, navigationOpened, onToggleNavigation }: AppHeaderProps) {
  return (
    <Group h={56} px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navigationOpened}
          onClick={onToggleNavigation}
          hiddenFrom="sm"
          size="sm"
          aria-label={navigationOpened ? 'Fermer le menu' : 'Ouvrir le menu'}
        />
        <ThemeIcon size={32} radius="md" aria-hidden>
          <IconFileCertificate size={20} />
        </ThemeIcon>
        <Text fw={700} size="lg" visibleFrom="sm">
          {APP_NAME}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Text fw={600} size="sm" truncate="end" title={workspace.name} data-testid="workspace-name">
          {workspace.name}
        </Text>
        <Badge variant="light" tt="none" radius="sm" size="lg" style={{ flexShrink: 0 }}>
          {WORKSPACE_ROLE_LABELS[workspace.role]}
        </Badge>
        <SignedIn />
      </Group>
    </Group>
  );
}
