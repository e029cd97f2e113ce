/** The rules' findings on the whole convention, errors first, each with a link to its field. */
import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Finding } from '../../../../shared/rules/index';
import { fieldId } from './model';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';

function focusField(path: string): void {
  const el = document.getElementById(fieldId(path));
  const target = el && (el.matches('input, select, textarea') ? el : el.querySelector<HTMLElement>('input, select, textarea'));
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }
}

const TITLES = { error: 'Erreurs (bloquent l’envoi à la signature)', warning: 'Avertissements (à justifier à la signature)', info: 'À noter' } as const;
const COLORS = { error: 'red', warning: 'orange', info: 'gray' } as const;

export function FindingsSummary({ findings, pending }: { findings: Finding[]; pending: boolean }) {
  const groups = (['error', 'warning', 'info'] as const).map((severity) => [severity, findings.filter((f) => f.severity === severity)] as const);
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="findings-title" data-testid="findings-summary">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id="findings-title">
          Contrôles de la convention
        </Title>
        {pending ? (
          <Text size="xs" c="dimmed">
            vérification…
          </Text>
        ) : null}
      </Group>
      <Group gap="xs" mb="sm" aria-live="polite">
        <Badge color="red" variant="light">
          {count('error')} erreur(s)
        </Badge>
        <Badge color="orange" variant="light">
          {count('warning')} avertissement(s)
        </Badge>
      </Group>
      {findings.length === 0 ? <Text size="sm">Aucun constat : la convention peut être envoyée à la signature.</Text> : null}
      <Stack gap="sm">
        {groups.map(([severity, list]) =>
          list.length === 0 ? null : (
            <div key={severity}>
              <Text size="sm" fw={600} c={COLORS[severity]}>
                {TITLES[severity]}
              </Text>
              <List size="sm" spacing={4}>
                {list.map((f, i) => (
                  <List.Item key={`${f.code}-${f.field}-${i}`} data-code={f.code}>
                    <Anchor component="button" type="button" size="sm" ta="left" onClick={() => focusField(f.field)}>
                      {f.message}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      {readableLegalRef(f.legalRef)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </div>
          ),
        )}
      </Stack>
    </Paper>
  );
}
