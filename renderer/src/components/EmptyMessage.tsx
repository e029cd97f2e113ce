import { EmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface EmptyMessageProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  children?: ReactNode;
}

/** What a list or a page shows when there is nothing to show yet. */
export function EmptyMessage({ title, description, icon, children }: EmptyMessageProps) {
  return (
    <EmptyState variant="light" py="xl" icon={icon ?? <IconInbox aria-hidden />} title={title} description={description} role="status">
      {children ? <EmptyState.Actions>{children}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
