import { Badge, type MantineColor } from '@mantine/core';
import { lineStatusLabel, type LineStatus } from '../../../../shared/domain/exchange-lines';

const COLORS: Record<LineStatus, MantineColor> = {
  prepared: 'gray',
  sent: 'indigo',
  accepted: 'green',
  rejected: 'red',
  resent: 'violet',
};

/** The status of one line of a lot, in French (« appliquée » for a line of a convention package received). */
export function LineStatusBadge({ status, packageLine = false }: { status: LineStatus; packageLine?: boolean }) {
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" radius="sm" miw="max-content">
      {lineStatusLabel(status, packageLine)}
    </Badge>
  );
}
