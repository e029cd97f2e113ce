import { Alert, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { LeaveDemoButton } from '../../components/LeaveDemoButton';
import { useWorkspaceStore } from '../../store/workspace';
import classes from './DemoBanner.module.css';

/** Always visible in a demo workspace, so fictitious data is never taken for real data. */
export function DemoBanner() {
  const leaveError = useWorkspaceStore((s) => s.leaveDemoError);
  return (
    <div className={classes.banner} role="region" aria-label="Démonstration">
      <Group justify="space-between" wrap="nowrap" gap="sm" h="100%" px="md">
        <Group gap="xs" wrap="nowrap">
          <IconFlask size={18} aria-hidden />
          <Text fw={600} size="sm">
            Espace de démonstration — données fictives
          </Text>
        </Group>
        <LeaveDemoButton size="compact-sm" variant="white" color="dark" />
      </Group>
      {leaveError ? (
        <Alert color="red" variant="filled" radius={0} py={6} role="alert">
          {leaveError}
        </Alert>
      ) : null}
    </div>
  );
}
