/** « Pourquoi ce montant ? » : a figure's inputs, its dated parameters with their article, and the formula, folded under the figure. */
import { List, Stack, Text } from '@mantine/core';
import type { ConventionAid } from '../../../../shared/api/aids-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';
import classes from './aids.module.css';

type Trace = NonNullable<ConventionAid['lines'][number]['trace']>;

function TraceBody({ trace }: { trace: Omit<Trace, 'steps'> }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {trace.label} : {trace.result}
      </Text>
      <Text size="sm">{trace.formula}</Text>
      <List size="sm" spacing={2}>
        {Object.entries(trace.inputs).map(([name, value]) => (
          <List.Item key={name}>
            {name} : {/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateFr(value) : value}
          </List.Item>
        ))}
        {trace.parameters.map((p) => (
          <List.Item key={`${p.name}-${p.from}`}>
            {p.name} : {p.value}
            {p.from ? ` (depuis le ${formatDateFr(p.from)})` : ''}{' '}
            <Text span size="xs" c="dimmed">
              — {readableLegalRef(p.legalRef)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function TraceDetails({ trace, summary = 'Pourquoi ce montant ?' }: { trace: Trace; summary?: string }) {
  return (
    <details className={classes.trace}>
      <summary>{summary}</summary>
      <Stack gap="xs" mt={4}>
        <TraceBody trace={trace} />
        {(trace.steps ?? []).map((step) => (
          <TraceBody key={step.label} trace={step} />
        ))}
      </Stack>
    </details>
  );
}
