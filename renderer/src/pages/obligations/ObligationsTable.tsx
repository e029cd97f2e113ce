/**
 * The obligations, due dates first: state in words, due date (and the legal
 * limit when the item is shown due earlier), what to do with its legal
 * reference, the person and their convention, the button that does it, and
 * « Marquer comme fait » or, for an item marked by hand, « Annuler ».
 */
import { Anchor, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ObligationItem } from '../../../../shared/api/obligations-contract';
import { readableLegalRef } from '../../../../shared/rules/parameters/sources';
import { ObligationActionButton } from './ObligationActionButton';
import { ObligationStateBadge } from './ObligationStateBadge';
import { doneText, dueTexts } from './model';

interface Props {
  items: ObligationItem[];
  onMark: (item: ObligationItem) => void;
  onUnmark: (item: ObligationItem) => void;
  /** The key of the item being unmarked. */
  unmarking: string | null;
}

function DueCell({ item }: { item: ObligationItem }) {
  const { due, legal } = dueTexts(item);
  return (
    <>
      <Text size="sm" fw={item.state === 'en_retard' ? 700 : 400} style={{ whiteSpace: 'nowrap' }}>
        {due}
      </Text>
      {legal ? (
        <Text size="xs" c="dimmed">
          {legal}
        </Text>
      ) : null}
    </>
  );
}

function WhatCell({ item }: { item: ObligationItem }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {item.label}
      </Text>
      {item.detail ? <Text size="sm">{item.detail}</Text> : null}
      <Text size="xs" c="dimmed">
        {`Référence : ${readableLegalRef(item.legalRef)}`}
      </Text>
    </Stack>
  );
}

function WhoCell({ item }: { item: ObligationItem }) {
  if (item.conventionId === null) return <Text size="sm">Tout l’organisme</Text>;
  return (
    <Stack gap={2}>
      {item.person ? <Text size="sm">{item.person}</Text> : null}
      <Anchor component={Link} to={`/conventions/${item.conventionId}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
        {item.conventionNumber ?? `Convention ${item.conventionId}`}
      </Anchor>
    </Stack>
  );
}

function ActionsCell({ item, onMark, onUnmark, unmarking }: Omit<Props, 'items'> & { item: ObligationItem }) {
  return (
    <Stack gap={6} align="flex-start">
      <ObligationActionButton item={item} />
      {item.done ? (
        <Text size="sm" c="green.9" style={{ overflowWrap: 'anywhere' }}>
          {doneText(item.done)}
        </Text>
      ) : null}
      {item.done?.how === 'marque' ? (
        <Button size="xs" variant="subtle" color="gray" loading={unmarking === item.key} onClick={() => onUnmark(item)} aria-label={`Annuler : ${item.label}`}>
          Annuler
        </Button>
      ) : null}
      {!item.done && item.markable ? (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconCheck size={14} aria-hidden />}
          onClick={() => onMark(item)}
          aria-label={`Marquer comme fait : ${item.label}`}
        >
          Marquer comme fait
        </Button>
      ) : null}
    </Stack>
  );
}

export function ObligationsTable({ items, ...actions }: Props) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={960} type="native">
        <Table verticalSpacing="sm" aria-label="Liste des obligations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">État</Table.Th>
              <Table.Th scope="col">Échéance</Table.Th>
              <Table.Th scope="col">À faire</Table.Th>
              <Table.Th scope="col">Salarié et convention</Table.Th>
              <Table.Th scope="col" w={260}>
                Action
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.key} data-state={item.state} bg={item.state === 'en_retard' ? 'red.0' : undefined} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <ObligationStateBadge state={item.state} />
                </Table.Td>
                <Table.Td>
                  <DueCell item={item} />
                </Table.Td>
                <Table.Td maw={520}>
                  <WhatCell item={item} />
                </Table.Td>
                <Table.Td>
                  <WhoCell item={item} />
                </Table.Td>
                <Table.Td>
                  <ActionsCell item={item} {...actions} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
