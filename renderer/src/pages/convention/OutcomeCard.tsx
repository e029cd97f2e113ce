/**
 * What the last action left to do or to know: the 7-jours-francs reporting
 * deadline, the documents the texts require, the effect on the aid and any
 * repayment with its date.
 */
import { Alert, CloseButton, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { formatDateFr } from '../../../../shared/format/date';
import { formatCents } from '../../../../shared/format/money';
import { REPAYMENT_KIND_LABELS } from './labels';
import type { Outcome } from './model';
import { Facts, type Fact } from './panels/Facts';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';

function Checklist({ items }: { items: { document: string; legalRef: string }[] }) {
  if (items.length === 0) return <Text size="sm">Aucun document à joindre selon les textes.</Text>;
  return (
    <List size="sm" spacing={4} aria-label="Documents à recueillir">
      {items.map((item) => (
        <List.Item key={item.document}>
          {item.document}
          <Text size="xs" c="dimmed">
            {readableLegalRef(item.legalRef)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

export function OutcomeCard({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  const facts: Fact[] = [];
  let checklist: { document: string; legalRef: string }[] | null = null;
  if (outcome.kind === 'event') {
    const { reportingDeadline, aid } = outcome.result;
    facts.push(
      { label: 'À déclarer au plus tard le (7 jours francs)', value: reportingDeadline ? formatDateFr(reportingDeadline.due) : '—', id: 'reporting-deadline' },
      { label: 'Aide totale avant', value: formatCents(aid.totalBeforeCents), id: 'aid-before' },
      { label: 'Aide totale après', value: formatCents(aid.totalAfterCents), id: 'aid-after' },
    );
    if (aid.repaymentDue) {
      facts.push(
        { label: REPAYMENT_KIND_LABELS[aid.repaymentDue.kind], value: formatCents(aid.repaymentDue.amountCents), id: 'repayment-amount' },
        { label: 'Reversement exigible le', value: formatDateFr(aid.repaymentDue.due) || '—', id: 'repayment-due' },
      );
    } else facts.push({ label: 'Reversement', value: 'aucun reversement dû', id: 'repayment-amount' });
    checklist = outcome.result.checklist;
  } else if (outcome.kind === 'avenant') {
    if (outcome.result.newMonthlyAidCents !== null) facts.push({ label: 'Nouvelle aide mensuelle', value: formatCents(outcome.result.newMonthlyAidCents) });
    checklist = outcome.result.checklist;
  }
  const legalRef = outcome.kind === 'event' ? outcome.result.reportingDeadline?.legalRef : undefined;
  return (
    <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} mb="lg" role="status" aria-label={outcome.title}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{outcome.title}</Text>
          <CloseButton aria-label="Fermer ce message" onClick={onDismiss} />
        </Group>
        {facts.length ? <Facts facts={facts} /> : null}
        {legalRef ? (
          <Text size="xs" c="dimmed">
            Délai : {readableLegalRef(legalRef)}
          </Text>
        ) : null}
        {checklist ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Documents à recueillir
            </Text>
            <Checklist items={checklist} />
          </Stack>
        ) : null}
      </Stack>
    </Alert>
  );
}
