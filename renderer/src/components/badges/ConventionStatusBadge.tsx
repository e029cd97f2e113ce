import { Badge, type MantineColor } from '@mantine/core';
import { CONVENTION_STATUS_LABELS, type ConventionStatus } from '../../../../shared/domain/enums';

const COLORS: Record<ConventionStatus, MantineColor> = {
  brouillon: 'gray',
  a_signer: 'yellow',
  signee: 'cyan',
  en_cours: 'green',
  terminee: 'blue',
  resiliee: 'red',
  denoncee: 'orange',
};

export function ConventionStatusBadge({ status }: { status: ConventionStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" radius="sm" miw="max-content">
      {CONVENTION_STATUS_LABELS[status]}
    </Badge>
  );
}
