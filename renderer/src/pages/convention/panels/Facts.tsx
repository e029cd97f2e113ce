/** A description list of label/value pairs, the way the detail page shows facts. */
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
  /** Test and assistive hook: `data-fact` on the value. */
  id?: string;
}

export function Facts({ facts, cols = 3 }: { facts: Fact[]; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(2, cols), md: cols }} spacing="sm" component="dl" m={0}>
      {facts.map((f) => (
        <Stack key={f.label} gap={0}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {f.label}
          </Text>
          <Text component="dd" m={0} size="sm" data-fact={f.id}>
            {f.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
