/**
 * A rejected line, explained: the organisation's code and label (or, for a
 * line of the agency's package this workspace could not apply, the reason
 * the import gave), what it means in plain French, how to fix it, the texts
 * that state the rule, one click to the record, and « Corriger » when the
 * version can be corrected in place.
 */
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconExternalLink, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { LineRow } from '../../../../shared/api/exchanges-contract';
import { RECORD_KIND_LABELS, type RecordKind } from '../../../../shared/domain/exchange-lines';
import { PACKAGE_LINE_NOT_APPLIED } from '../../../../shared/domain/rejections';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';
import { LineStatusBadge } from '../../components/badges/LineStatusBadge';
import { recordLink } from './links';

export const recordLabel = (kind: string) => RECORD_KIND_LABELS[kind as RecordKind] ?? kind;

export function RejectionCard({ line, onCorrect }: { line: LineRow; onCorrect: () => void }) {
  const titleId = `rejet-ligne-${line.lineNo}`;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="md" p="md" style={{ borderLeft: '4px solid var(--mantine-color-red-6)' }}>
      <Stack gap="sm">
        <RejectionHeader line={line} titleId={titleId} />
        {line.label ? (
          <Text size="sm">
            <Text span fw={600}>
              {line.code === PACKAGE_LINE_NOT_APPLIED ? 'Raison donnée à l’import du dossier :' : 'Motif de l’organisme payeur :'}{' '}
            </Text>
            « {line.label} »
          </Text>
        ) : null}
        {line.explanation ? <RejectionExplanation explanation={line.explanation} /> : null}
        {line.correctedPending ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} p="xs" role="status">
            Corrigée : la ligne corrigée partira dans le prochain lot (« Préparer l’envoi »).
          </Alert>
        ) : null}
        {line.correctionBlocked ? (
          <Text size="sm" c="orange.9">
            {line.correctionBlocked}
          </Text>
        ) : null}
        <Group gap="sm">
          {line.target ? (
            <Button component={Link} to={recordLink(line.target)} variant="default" size="xs" leftSection={<IconExternalLink size={14} aria-hidden />}>
              Ouvrir la convention
            </Button>
          ) : null}
          {line.correction ? (
            <Button size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={onCorrect}>
              Corriger
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The line's number, record and convention (the card's title), its status and the organisation's code. */
function RejectionHeader({ line, titleId }: { line: LineRow; titleId: string }) {
  return (
    <Group justify="space-between" align="flex-start" gap="xs">
      <Stack gap={2}>
        <Title order={3} size="h5" id={titleId}>
          Ligne {line.lineNo} : {recordLabel(line.recordKind)} {line.conventionNumber ?? ''}
        </Title>
        {line.target ? (
          <Text size="xs" c="dimmed">
            Enregistrement : {line.target.description}
          </Text>
        ) : null}
      </Stack>
      <Group gap={6}>
        <LineStatusBadge status={line.status} packageLine={line.recordKind === 'CONVENTION_FILE'} />
        {line.code ? (
          <Badge variant="outline" color="gray" tt="none" ff="monospace">
            {line.code}
          </Badge>
        ) : null}
      </Group>
    </Group>
  );
}

/** What the rejection means in plain French, how to fix it, and the texts that state the rule. */
function RejectionExplanation({ explanation: e }: { explanation: NonNullable<LineRow['explanation']> }) {
  return (
    <>
      <div>
        <Text size="sm" fw={600}>
          Ce que cela veut dire
        </Text>
        <Text size="sm">{e.meaning}</Text>
      </div>
      <div>
        <Text size="sm" fw={600}>
          Comment corriger
        </Text>
        <List type="ordered" size="sm" spacing={2}>
          {e.fix.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      </div>
      {e.legalRefs.length ? (
        <div>
          <Text size="xs" fw={600} c="dimmed">
            Références
          </Text>
          <List size="xs" c="dimmed" spacing={0}>
            {e.legalRefs.map((ref) => (
              <List.Item key={ref}>{readableLegalRef(ref)}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
    </>
  );
}
