/**
 * « Bénéficiaire déjà connu »: the conventions the registry already holds
 * for this person (picked from the registry, or found by the NIR typed).
 */
import { Alert, List, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { CONVENTION_STATUS_LABELS, MEASURE_LABELS } from '../../../../shared/domain/enums';
import { formatDateFr } from '../../../../shared/format/date';
import { useApiQuery } from '../../api/useApiQuery';

export function KnownConventions({ employeeId, currentId }: { employeeId: number; currentId: number | null }) {
  const result = useApiQuery('employees.get', { id: employeeId });
  const others = (result.data?.conventions ?? []).filter((c) => c.id !== currentId);
  if (others.length === 0) return null;
  return (
    <Alert color="blue" variant="light" icon={<IconUserCheck aria-hidden />} title="Bénéficiaire déjà connu" role="status" data-testid="known-beneficiary">
      <Text size="sm" mb={4}>
        {result.data?.lastName} {result.data?.firstNames} a déjà {others.length === 1 ? 'une convention' : `${others.length} conventions`} :
      </Text>
      <List size="sm">
        {others.map((c) => (
          <List.Item key={c.id}>
            {c.number} — {MEASURE_LABELS[c.measure]} — du {formatDateFr(c.startsOn)}
            {c.endsOn ? ` au ${formatDateFr(c.endsOn)}` : ''} ({CONVENTION_STATUS_LABELS[c.status]})
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Looks the NIR up in the registry; shows the person's conventions when it is known. */
export function KnownByNir({ nir, currentId }: { nir: string; currentId: number | null }) {
  const result = useApiQuery('employees.list', { search: nir, limit: 2 });
  const match = result.data?.items.length === 1 ? result.data.items[0] : undefined;
  return match && match.conventions > 0 ? <KnownConventions employeeId={match.id} currentId={currentId} /> : null;
}
