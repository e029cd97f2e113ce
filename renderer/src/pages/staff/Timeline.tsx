/**
 * A person's timeline as an ordered list: each entry its date (JJ/MM/AAAA),
 * what happened, whether it is done or planned (in words, the colour only
 * repeats it), the convention it belongs to, and its details; a fact to
 * report has its « Déclaration (PDF) ».
 */
import { Badge, Group, List, Text } from '@mantine/core';
import type { ChannelOutput } from '../../../../shared/api/contract';
import { formatDateFr } from '../../../../shared/format/date';
import { DeclarationButton } from '../convention/panels/DeclarationButton';
import classes from './Timeline.module.css';

type Entry = ChannelOutput<'staff.get'>['timeline'][number];

export function Timeline({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Rien à montrer pour l’instant.
      </Text>
    );
  }
  return (
    <ol className={classes.timeline} aria-label="Chronologie">
      {entries.map((e, i) => (
        <li key={`${e.conventionNumber}-${e.kind}-${e.on}-${i}`} className={classes.entry} data-done={e.done} data-kind={e.kind}>
          <Group gap="xs" wrap="wrap" align="baseline">
            <Text component="time" dateTime={e.on} fw={700} size="sm" className={classes.date}>
              {formatDateFr(e.on)}
            </Text>
            <Text component="h3" fw={600} size="sm" m={0}>
              {e.title}
            </Text>
            <Badge size="sm" variant={e.done ? 'light' : 'outline'} color={e.done ? 'gray' : 'indigo'} tt="none" radius="sm">
              {e.done ? 'Fait' : 'Prévu'}
            </Badge>
            <Text size="xs" c="dimmed">
              Convention {e.conventionNumber}
            </Text>
            {e.declaration ? (
              <DeclarationButton
                conventionId={e.declaration.conventionId}
                index={e.declaration.index}
                what={`${e.title.toLowerCase()} du ${formatDateFr(e.on)}`}
              />
            ) : null}
          </Group>
          {e.details.length > 0 ? (
            <List size="sm" mt={4} spacing={2}>
              {e.details.map((d, j) => (
                <List.Item key={j}>{d}</List.Item>
              ))}
            </List>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
