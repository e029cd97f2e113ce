import { Button, type ButtonProps } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useWorkspaceStore } from '../store/workspace';

/**
 * Closes the demo: back to the user's own workspace (the gate opens its
 * dashboard) or to the welcome screen when none was created yet. A failure
 * shows in the banner.
 */
export function LeaveDemoButton(props: Omit<ButtonProps, 'onClick' | 'loading'>) {
  const leaving = useWorkspaceStore((s) => s.leavingDemo);
  const leaveDemo = useWorkspaceStore((s) => s.leaveDemo);
  return (
    <Button leftSection={<IconLogout size={16} aria-hidden />} loading={leaving} onClick={() => void leaveDemo()} {...props}>
      Quitter la démonstration
    </Button>
  );
}
