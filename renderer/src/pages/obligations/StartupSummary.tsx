/**
 * « Vos obligations », once per opening of an employer workspace (the app
 * started, the workspace created or the demo opened): what is overdue and due
 * within 30 days, the first items overdue, « Voir les obligations » or
 * « Plus tard ». Shown only when something is overdue or due within 30 days,
 * and not over the Obligations screen itself. Mounted by the shell, keyed on
 * the workspace: another opening shows it again.
 */
import { Button, Group, List, Stack, Text } from '@mantine/core';
import { AppModal } from '../../components/AppModal';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ObligationList } from '../../../../shared/api/obligations-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { call } from '../../api/transport';
import { firstOverdue, needsAttention, summarySentence } from './model';

const SHOWN_OVERDUE = 3;

function SummaryBody({ list }: { list: ObligationList }) {
  const overdue = firstOverdue(list.items, SHOWN_OVERDUE);
  const more = list.summary.overdue - overdue.length;
  return (
    <Stack gap="sm">
      <Text data-testid="obligations-summary">{`Au ${formatDateFr(list.today)} : ${summarySentence(list.summary)}.`}</Text>
      {overdue.length ? (
        <>
          <Text size="sm" fw={600}>
            {overdue.length === 1 ? 'En retard :' : 'Les plus anciennes en retard :'}
          </Text>
          <List size="sm" spacing={6} aria-label="Obligations en retard">
            {overdue.map((i) => (
              <List.Item key={i.key}>{`${i.label}${i.person ? ` — ${i.person}` : ''} (échéance le ${formatDateFr(i.due)})`}</List.Item>
            ))}
          </List>
          {more > 0 ? <Text size="sm" c="dimmed">{`et ${more} autre${more > 1 ? 's' : ''} en retard.`}</Text> : null}
        </>
      ) : null}
    </Stack>
  );
}

export function StartupSummary() {
  const [list, setList] = useState<ObligationList | null>(null);
  const [closed, setClosed] = useState(false);
  const navigate = useNavigate();
  // Opened on the Obligations screen itself: nothing to sum up.
  const { pathname } = useLocation();
  const [startedOn] = useState(pathname);
  useEffect(() => {
    let live = true;
    // A convenience: if the list cannot be read, the Obligations screen says why.
    call('obligations.list', {}).then(
      (l) => live && setList(l),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const opened = !closed && list !== null && needsAttention(list.summary) && startedOn !== '/obligations';
  if (!list) return null;
  return (
    <AppModal opened={opened} onClose={() => setClosed(true)} title="Vos obligations" size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }}>
      <SummaryBody list={list} />
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => setClosed(true)}>
          Plus tard
        </Button>
        <Button
          data-autofocus
          onClick={() => {
            setClosed(true);
            void navigate('/obligations');
          }}
        >
          Voir les obligations
        </Button>
      </Group>
    </AppModal>
  );
}
