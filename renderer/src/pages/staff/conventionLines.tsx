/** A person's conventions in the roster and on their page: number, measure, status, dates, hours, establishment. */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { StaffPerson } from '../../../../shared/api/employer-contract';
import { formatDateFr } from '../../../../shared/format/date';
import { formatFrHours } from '../../../../shared/format/input';
import { MEASURE_SHORT_LABELS } from '../../../../shared/domain/enums';
import { ConventionStatusBadge } from '../../components/badges/ConventionStatusBadge';

type StaffConvention = StaffPerson['conventions'][number];

const periodText = (c: StaffConvention) => (c.endsOn ? `du ${formatDateFr(c.startsOn)} au ${formatDateFr(c.endsOn)}` : `depuis le ${formatDateFr(c.startsOn)}`);
const hoursText = (c: StaffConvention) => (c.weeklyHours === null ? 'durée non renseignée' : `${formatFrHours(c.weeklyHours)} h par semaine`);

export function ConventionLines({ conventions }: { conventions: StaffConvention[] }) {
  return (
    <Stack gap={4}>
      {conventions.map((c) => (
        <Group key={c.id} gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/conventions/${c.id}`} size="sm" fw={500} aria-label={`Convention ${c.number}`}>
            {c.number}
          </Anchor>
          <Text size="sm">{MEASURE_SHORT_LABELS[c.measure]}</Text>
          <ConventionStatusBadge status={c.status} />
          <Text size="sm" c="dimmed">
            {periodText(c)} · {hoursText(c)} · {c.establishment}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
