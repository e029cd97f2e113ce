import { Badge, type MantineColor } from '@mantine/core';
import { STAFF_STATE_HINTS, STAFF_STATE_LABELS, type StaffState } from '../../../../shared/domain/staff';

const COLORS: Record<StaffState, MantineColor> = {
  a_renouveler: 'orange',
  suspendu: 'yellow',
  en_contrat: 'green',
  a_venir: 'cyan',
  en_saisie: 'gray',
  termine: 'blue',
};

/** A person's state in words (the colour only repeats it), its meaning in the title. */
export function StaffStateBadge({ state }: { state: StaffState }) {
  return (
    <Badge color={COLORS[state]} variant="light" tt="none" radius="sm" miw="max-content" title={STAFF_STATE_HINTS[state]}>
      {STAFF_STATE_LABELS[state]}
    </Badge>
  );
}
