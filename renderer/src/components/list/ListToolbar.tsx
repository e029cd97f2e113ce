import { Group } from '@mantine/core';
import type { ReactNode } from 'react';

/** The row of search field and filters above a list. */
export function ListToolbar({ children }: { children: ReactNode }) {
  return (
    <Group align="flex-end" gap="md" mb="md" wrap="wrap">
      {children}
    </Group>
  );
}
