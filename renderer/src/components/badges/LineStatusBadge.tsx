import { Badge, type MantineColor } from '@mantine/core';
import { LINE_STATUS_LABELS, type LineStatus } from '../../../../shared/domain/exchange-lines';

const COLORS: Record<LineStatus, MantineColor> = {
  prepared: 'gray',
  sent: 'indigo',
  accepted: 'green',
  rejected: 'red',
  resent: 'violet',
};

/** The status of one line of a lot, in French. */
export function LineStatusBadge({ status }: { status: LineStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" radius="sm" miw="max-content">
      {LINE_STATUS_LABELS[status]}
    </Badge>
  );
}
