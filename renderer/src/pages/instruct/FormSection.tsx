import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One block of form CAE-0515, as a titled region. */
export function FormSection({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={note ? 2 : 'md'}>
        {title}
      </Title>
      {note ? (
        <Text size="sm" c="dimmed" mb="md">
          {note}
        </Text>
      ) : null}
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

export function Row({ children, cols = 2 }: { children: ReactNode; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="md">
      {children}
    </SimpleGrid>
  );
}
