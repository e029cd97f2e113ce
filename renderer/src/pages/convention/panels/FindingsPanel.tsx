/** « Constats »: the findings of the current version, by severity, with the stored justification of each warning. */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { EmptyMessage } from '../../../components/EmptyMessage';
import { SEVERITY } from '../labels';
import { currentVersion, type Convention } from '../model';
import { readableLegalRef } from '../../../../../shared/rules/parameters/sources';

export function FindingsPanel({ convention }: { convention: Convention }) {
  const justifications = currentVersion(convention)?.justifications ?? [];
  if (convention.findings.length === 0) {
    return <EmptyMessage title="Aucun constat" description="Les règles ne relèvent ni erreur ni avertissement sur la version en vigueur." />;
  }
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Constats">
      {convention.findings.map((f, i) => {
        const severity = SEVERITY[f.severity];
        const justification = f.severity === 'warning' ? justifications.find((j) => j.code === f.code) : undefined;
        return (
          <Paper
            key={`${f.code}-${i}`}
            component="li"
            withBorder
            radius="sm"
            p="sm"
            style={{ borderLeft: `4px solid var(--mantine-color-${severity.color}-6)` }}
          >
            <Group gap="xs" mb={4}>
              <Badge color={severity.color} variant="light" tt="none">
                {severity.label}
              </Badge>
              <Text size="xs" c="dimmed">
                {f.code}
              </Text>
            </Group>
            <Text size="sm">{f.message}</Text>
            <Text size="xs" c="dimmed" mt={4}>
              Référence : {readableLegalRef(f.legalRef)}
            </Text>
            {f.severity === 'warning' ? (
              <Text size="sm" mt={6}>
                <Text span fw={600}>
                  Justification :{' '}
                </Text>
                {justification
                  ? `${justification.text} (${justification.by}, ${justification.at.slice(0, 10).split('-').reverse().join('/')})`
                  : 'non justifié pour l’instant'}
              </Text>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
