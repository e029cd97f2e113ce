/** The state of one period's aid: colour, icon and word, never the colour alone. */
import { Badge, type MantineColor } from '@mantine/core';
import { IconAlertOctagon, IconAlertTriangle, IconCalendarTime, IconCircleCheck, IconClockPause, type Icon } from '@tabler/icons-react';
import { RECONCILIATION_STATUS_LABELS } from '../../../../shared/domain/aids';
import type { ReconciliationStatus } from '../../../../shared/rules/index';

const LOOK: Record<ReconciliationStatus, { color: MantineColor; icon: Icon }> = {
  conforme: { color: 'green', icon: IconCircleCheck },
  ecart: { color: 'orange', icon: IconAlertTriangle },
  non_recu: { color: 'gray', icon: IconClockPause },
  a_venir: { color: 'gray', icon: IconCalendarTime },
  non_prevu: { color: 'red', icon: IconAlertOctagon },
};

export function AidStatusBadge({ status }: { status: ReconciliationStatus }) {
  const { color, icon: StatusIcon } = LOOK[status];
  return (
    <Badge
      color={color}
      variant={status === 'ecart' || status === 'non_prevu' ? 'filled' : 'light'}
      tt="none"
      radius="sm"
      miw="max-content"
      leftSection={<StatusIcon size={14} aria-hidden />}
    >
      {RECONCILIATION_STATUS_LABELS[status]}
    </Badge>
  );
}
