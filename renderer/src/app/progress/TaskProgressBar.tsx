/**
 * Long work under way (an export, an import, checking every convention):
 * how far it is, pushed by the services (`task.progress`), at the bottom of
 * every screen, so the user sees the app working and can go on meanwhile.
 * Screen readers hear when it starts and when it ends, not every step.
 */
import { Paper, Progress, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../../../shared/api/contract';
import { api } from '../../api/transport';
import { LiveStatus } from '../../components/LiveStatus';
import { taskProgressText, taskTitle } from '../../../../shared/format/progress';

type TaskProgress = EventPayload<'task.progress'>;

export function TaskProgressBar() {
  const [current, setCurrent] = useState<TaskProgress | null>(null);
  const [announce, setAnnounce] = useState<string | null>(null);
  const running = useRef(false);
  useEffect(
    () =>
      api.on('task.progress', (p) => {
        const ended = p.done >= p.total;
        if (ended) setAnnounce(`${taskTitle(p)} terminé.`);
        else if (!running.current) setAnnounce(`${taskTitle(p)} en cours.`);
        running.current = !ended;
        setCurrent(ended ? null : p);
      }),
    [],
  );
  return (
    <>
      <LiveStatus text={announce} />
      {current ? (
        <Paper shadow="md" withBorder p="sm" pos="fixed" bottom={16} right={16} w={360} style={{ zIndex: 300 }} aria-label={taskTitle(current)} role="region">
          <Text size="sm" mb={6}>
            {taskProgressText(current)}
          </Text>
          <Progress value={current.total === 0 ? 100 : (current.done / current.total) * 100} aria-label={taskProgressText(current)} />
        </Paper>
      ) : null}
    </>
  );
}
