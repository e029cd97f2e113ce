import { Badge, type MantineColor } from '@mantine/core';
import { LOT_STATUS_LABELS, type LotStatus } from '../../../../shared/domain/enums';

const COLORS: Record<LotStatus, MantineColor> = {
  prepared: 'gray',
  ready: 'blue',
  sent: 'indigo',
  accepted: 'green',
  partly_rejected: 'orange',
  rejected: 'red',
  resent: 'violet',
};

export function LotStatusBadge({ status }: { status: LotStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" radius="sm" miw="max-content">
      {LOT_STATUS_LABELS[status]}
    </Badge>
  );
}
