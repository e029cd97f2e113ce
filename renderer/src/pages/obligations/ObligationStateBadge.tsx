import { Badge } from '@mantine/core';
import type { ObligationState } from '../../../../shared/api/obligations-contract';
import { STATE_COLORS, STATE_HINTS, STATE_LABELS } from './model';

/** An item's state in words (the colour only repeats it), its meaning in the title. */
export function ObligationStateBadge({ state }: { state: ObligationState }) {
  return (
    <Badge color={STATE_COLORS[state]} variant="light" tt="none" radius="sm" miw="max-content" title={STATE_HINTS[state]}>
      {STATE_LABELS[state]}
    </Badge>
  );
}
